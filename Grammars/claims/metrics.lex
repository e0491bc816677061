# Metrics, each with the one name it is reported under (metric=), across synonyms and
# scripts. The longest word wins: 进出口总值 before 出口.
进出口              metric=进出口
外贸进出口          metric=进出口
货物贸易进出口      metric=进出口
进出口总值          metric=进出口
进出口总额          metric=进出口
进出口规模          metric=进出口
进出口值            metric=进出口
外贸总值            metric=进出口
外贸规模            metric=进出口
货物贸易            metric=进出口
外贸                metric=进出口
贸易                metric=进出口
贸易额              metric=进出口
出口                metric=出口
出口总值            metric=出口
出口额              metric=出口
出口货值            metric=出口
整体出口货值        metric=出口
商品整体出口货值    metric=出口
# Re-exports are a part of exports, no name of them (再出口 of Macau, 转口 of Hong Kong,
# 复出口 of the mainland): 其中再出口为9.87亿元 is not 出口.
再出口              metric=再出口
转口                metric=转口
复出口              metric=复出口
进口                metric=进口
进口总值            metric=进口
进口额              metric=进口
进口货值            metric=进口
商品进口货值        metric=进口
贸易顺差            metric=贸易顺差
顺差                metric=贸易顺差
贸易逆差            metric=贸易逆差
逆差                metric=贸易逆差
出超                metric=贸易顺差
# (not bare 入超: it runs across 收入超过 far more often than it names a deficit)
贸易入超            metric=贸易逆差
有形贸易逆差        metric=贸易逆差
社会消费品零售总额  metric=社会消费品零售总额
社零总额            metric=社会消费品零售总额
网上零售额          metric=网上零售额
实物商品网上零售额  metric=实物商品网上零售额
规模以上工业增加值  metric=规模以上工业增加值
工业增加值          metric=规模以上工业增加值
居民消费价格        metric=CPI
居民消费价格指数    metric=CPI
CPI                 metric=CPI
核心CPI             metric=核心CPI
工业生产者出厂价格  metric=PPI
PPI                 metric=PPI
工业生产者购进价格  metric=工业生产者购进价格
# A price change split into what last year's changes carry over and what this year's add:
# each its own part (翘尾影响约为-0.5个百分点，新影响约为0.7个百分点), never the price itself.
翘尾影响            metric=翘尾影响
翘尾因素            metric=翘尾影响
新影响              metric=新涨价影响
新涨价影响          metric=新涨价影响
新涨价因素          metric=新涨价影响
国内生产总值        metric=GDP
# A province's or a city's GDP (not: 海洋生产总值 — marine output, a metric of its own)
地区生产总值        metric=GDP
GDP                 metric=GDP
经济增长            metric=GDP
# Taiwan's national accounts (主计总处): 經濟成長率, 國內生產毛額, 商品及服務輸出/輸入.
经济成长            metric=GDP
国内生产毛额        metric=GDP
商品及服务输出      metric=出口
商品及服务输入      metric=进口
# Bare 輸出/輸入 are exports and imports in Taiwan and Hong Kong releases only (flag hant: read
# in Traditional and mixed texts); in Simplified ones they are a verb (东部地区输出农民工).
输出                metric=出口  hant
输入                metric=进口  hant
全社会用电量        metric=全社会用电量
年度用电量          metric=全社会用电量
用电量              metric=用电量
发电量              metric=发电量
装机容量            metric=装机容量
发电装机容量        metric=装机容量
实际使用外资        metric=实际使用外资
实际使用外资金额    metric=实际使用外资
引资                metric=实际使用外资
引进外资            metric=实际使用外资
新设外商投资企业    metric=新设外商投资企业
城镇调查失业率      metric=城镇调查失业率
调查失业率          metric=城镇调查失业率
失业率              metric=城镇调查失业率
固定资产投资        metric=固定资产投资
服务进出口          metric=服务进出口
服务贸易            metric=服务进出口
# The balance of one kind of trade is a metric of its own, not the trade's (服务贸易逆差 is
# no 服务进出口, and no part of the goods-and-services 贸易逆差 said elsewhere).
服务贸易逆差        metric=服务贸易逆差
服务贸易顺差        metric=服务贸易顺差
货物贸易顺差        metric=货物贸易顺差
货物贸易逆差        metric=货物贸易逆差
服务出口            metric=服务出口
服务进口            metric=服务进口
增加值              metric=增加值
新增就业            metric=城镇新增就业
城镇新增就业        metric=城镇新增就业
零售额              metric=零售额
营业收入            metric=营业收入
利润                metric=利润
利润总额            metric=利润
价格                metric=价格
产量                metric=产量
销量                metric=销量
本地生产总值        metric=GDP
访澳旅客            metric=访澳旅客
入境旅客            metric=入境旅客
商品零售            metric=商品零售
餐饮收入            metric=餐饮收入
城镇消费品零售额    metric=城镇消费品零售额
乡村消费品零售额    metric=乡村消费品零售额
用电                metric=用电量
商品零售额          metric=商品零售
装机                metric=装机容量
装机规模            metric=装机容量
博彩毛收入          metric=博彩毛收入
# Gaming and lottery figures of official statistics: their names hold words that spam
# adverts use too, and being metrics keeps them from the noise filter (noise/spam.lex).
# (not: 博彩 alone — 不包括博彩 names no figure)
幸运博彩毛收入      metric=博彩毛收入
# Income taxes: Taiwan's 所得稅 is 營利事業所得稅 and 綜合所得稅 (checks/sums.rules); each name
# its own metric, the longest winning (not: 企业所得税 read as 企业 + 所得税).
所得税              metric=所得税
营利事业所得税      metric=营利事业所得税
综合所得税          metric=综合所得税
企业所得税          metric=企业所得税
个人所得税          metric=个人所得税
博彩税收入          metric=博彩税收入
博彩税              metric=博彩税收入
彩票销售额          metric=彩票销售额
销售彩票            metric=彩票销售额
福利彩票            metric=福利彩票销售额
体育彩票            metric=体育彩票销售额
足球投注额          metric=足球投注额
人均国内生产总值    metric=人均GDP
人均地区生产总值    metric=人均GDP
人均GDP             metric=人均GDP
平均每人GDP         metric=人均GDP
每人GDP             metric=人均GDP
平均每人国内生产毛额 metric=人均GDP
人均可支配收入      metric=人均可支配收入
# Purchasing managers' indices: PMI is the index's own abbreviation, so 制造业PMI and
# 制造业采购经理指数 are one figure (not: 非制造业商务活动指数, another index).
制造业采购经理指数  metric=制造业采购经理指数
制造业PMI           metric=制造业采购经理指数
# Population change: births less deaths, said as one figure that may be negative (自然增加
# 为负74,406人), and its rate; its 增加 is no verb of change (not: 死亡数减少1,618人 — the
# deaths' own change).
自然增加            metric=自然增加
自然减少            metric=自然增加
人口自然增长率      metric=人口自然增长率
自然增长率          metric=人口自然增长率
自然增加率          metric=人口自然增长率
# Ports: what a port handles, of goods or containers, whoever's trade it is (外贸货物吞吐量
# 46.27亿吨 is of 货物吞吐量, not of 外贸's 进出口; not: 外贸进出口 — the trade itself).
货物吞吐量          metric=货物吞吐量
集装箱吞吐量        metric=集装箱吞吐量
# Units counted by an economic census or a business register: a kind of unit is a metric
# of its own, the words before it an entity (企业法人单位: 企业 of 法人单位; 广东省法人单位),
# and the people working in them another (not: 法人单位从业人员 — 从业人员, not 法人单位).
法人单位            metric=法人单位
产业活动单位        metric=产业活动单位
个体经营户          metric=个体经营户
从业人员            metric=从业人员
