# Words that end a name the lexicons lack: what a figure is of, read from its own clause
# when claims/metrics.lex knows no metric there (中央一般公共预算收入50,011亿元 is of 中央一般公共
# 预算收入; 上半年全国一般公共预算收入为115,913亿元 of 全国一般公共预算收入, the period dropped).
# The name runs from the clause's start (after periods and the words of entity-stop.lex) to
# the first of these words or to the figure.
#   not: 增长5.8% — a clause of its verb alone names nothing: the figure is of the one before
#        it in the sentence
# opens: a verb of doing that a name may follow when nothing but a period stands before it:
#        全年完成货邮运输量898.2万吨 is of 货邮运输量 (国内航线完成591.7万吨 still of 国内航线);
#        a name before it and one after it name the figure together: 全国铁路完成旅客发送量
#        42.86亿人次 is of 铁路旅客发送量
#   not: 比上年增长22.1% — 比 opens nothing: 上年 is no name
# follows: the figure after it is of the name that follows it: 5G基站占移动基站总数1256.6万个
#        is of 移动基站总数 (the whole a share is of), not of 5G基站
# not:   holds one of these words but ends nothing: 占地面积5000平方米 is of 占地面积
为
达
达到
是
有
# 7798元/人·年，折合每人每月约650元: the same figure in another unit, of the name before it
# (not: 折合率 — a name of its own, in metrics where a release uses one).
折合
实现    opens
完成    opens
# 国有企业累计实现营业总收入613290.5亿元: 累计 before a verb of doing is part of that verb.
累计实现  opens
累计完成  opens
# 全国共开立银行卡101.49亿张, 全国银行共办理非现金支付业务1685.08亿笔: what was opened or handled.
共开立    opens
共办理    opens
共投入  opens
# 法律援助署共接獲法律援助申請14,826宗, 全年共受理投诉12,345件, 共批出证书8,152宗: what was received,
# handled or granted, after 共 (not: 新批出贷款宗数, 法院受理案件 — without 共 the verb is part
# of the name).
共接获    opens
共受理    opens
共收到    opens
共批出    opens
共接待    opens
发生    opens
# 全国共有民办学校16.4万所 is of 民办学校: what one has, counted (not: 有 alone — 有36个行业
# names the count's own noun after it).
共有    opens
拥有    opens
现有    opens
共
一共
总共
共计
合共
合计
累计
约
超过
突破
逾
近
比
较
同比
环比
# 存款總額按月上升0.7%: Hong Kong's and Macau's words of basis end a name as 同比 does (not:
# 按季內平均人口 — 按季 is no basis, and no entry; 按年末全国人口140828万人计算 — 按 a date).
按年
按月
按年末    not
按年底    not
按年度    not
按月末    not
按月底    not
增长
增加
下降
减少
上升
回落
分别
占          follows
# 就业人数由3 676 000人下降至…: the level it moved from follows the name (not: 由于 — a cause,
# 自由贸易试验区, 从业人员 — words that hold them).
由
从
由于        not
# 按可比口径同比增长5.9%: 比 inside 可比 compares nothing.
可比        not
# 電力、燃氣及水的升幅由8月的5.8%回落至4.6%, 民間消費實質成長率由1.21%提高到1.83%: the rate's own
# word before 由 is no part of the name (the figures are of 電力、燃氣及水, as the one moved from is).
增速由
增幅由
涨幅由
升幅由
降幅由
增长由
增长率由
成长率由
增速从
增幅从
涨幅从
降幅从
增长从
增长率从
自由        not
理由        not
经由        not
从业        not
从事        not
占地        not
占用        not
已经
# 产能已恢复到…, 旅客量已达…: 已 before the verb is no part of the name (not: 已婚人口 — a name).
已
已婚        not
# 不過夜旅客則有2,419,825人次: 则 (then, as for) before the verb ends the name (not: 规则, 原则,
# 细则, 准则 — names that hold it).
则
规则        not
原则        not
细则        not
准则        not
法则        not
# 港珠澳大桥香港口岸录得612,580人次: Hong Kong's verb of a figure recorded ends the name.
录得
# 零售业总销货价值的临时估计为304亿元: how the figure was reached, not what it is of.
的临时估计
的估计
有关        not
# 国有企业, 所有者权益, 私营和公有: 有 inside a name ends nothing (not: 全国共有民办学校 — 共有
# opens the name after it).
国有        not
所有        not
私有        not
公有        not
# 自然增加为负74,406人: the births less the deaths, a name of population statistics.
自然增加    not
自然减少    not
自然增长    not
# 一般公共预算支出: 共 inside 公共 ends nothing.
公共        not
