# Words left out of an entity: 其中装备制造业产品去年出口 → 装备制造业产品. An entry flagged `not`
# holds such a word but is kept whole (规模以上工业企业 keeps its 以).
其中
这里面
这其中
我国
全国
全社会
中国
国内
全省
全市
本港
同比
环比
的
了
据
统计
海关统计
全年
去年
今年
当月
单月
同期
已
已婚        not
则
也
都
均
分别
共
实现
# 完成全年目标任务的88.1%: the verb of a completion, no name of whose figure it is.
完成
达到
为
是
约
近
超过
合计
整体
累计
对
自
与
向
从
在
以
规模以上    not
# Words that open with a partner's marker (对, 自, 从, 以) and are no preposition before a name:
# 自然灾害造成直接经济损失, 对外直接投资, 从业人员, 自主品牌 (not: 对华出口, 自美国进口 — the marker
# before a partner).
自然        not
自主        not
自有        not
自营        not
自驾        not
自来水      not
自助        not
自由        not
自贸        not
对外        not
从业        not
以旧换新    not
# 在职职工, 在校生, 在建项目: 在 of a word, not the preposition before a name.
在职    not
在校    not
在建    not
在岗    not
在读    not
在园    not
在押    not
由
这一
这
该
此
按年
同月
录得
年增
按月
比上年
较上年
继续保持
继续
保持
保持在
稳定在
稳居
突破
站上
跨过
首次
首度
仍
仍然
年度
# Words of a clause's verb and adverbs, never an entity's: 将连续17年成为…, 增速进一步加快.
将
连续
进一步
成为
增速
增幅
涨幅
年末
上年末
年底
上年底
# Words of a rate's measure, never an entity's: 城镇居民人均可支配收入54188元，名义增长4.6% is 城镇居民's.
名义
实际
我们
我们的
# 按可比口径同比增长5.9%: the basis of the rate, no name (the rate is of the figure before it).
按可比口径
可比口径
# Adverbs of manner before a verb of change (逆势增长9.6%, 稳步增长): how it grew, not whose figure.
逆势
稳步
大幅
小幅
快速
较快
明显
# A figure's revision, no name of it: 與上月修正值14,493億元相比 is the sales figure's (not:
# 修正系数 — a name of its own, kept whole).
修正值
修订值
修正后
修订后
