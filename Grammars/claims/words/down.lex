# Verbs of decline: 下降2.1%, 减少, 回落0.4个百分点.
下降
下跌
下滑
减少
降低
回落
跌
降
减
萎缩
缩小
放缓
负增长
年减
下调
净减少
净减
# Revenue short of the period compared with: 契税减收28.6亿元.
减收
# A forecast revised: 较上次预测下修0.12个百分点 (上修 in up.lex).
下修
# A currency's value falling against another: 日元对美元贬值1.3%.
贬值
# Below the normal (climate: 较常年偏少18.7小时, 偏低0.5℃).
偏低
偏少
# 降水量697.7毫米: precipitation, rain and snow fall — 降 of the weather, no decline.
降水        not
降雨        not
降雪        not
# 起降491,037架次: take-offs and landings (flight movements), no decline.
起降        not
# 新增减税降费及退税缓费22284.2亿元, 减免税费1.2万亿元: the amount of tax relief, no decline.
减税        not
降费        not
减免        not
