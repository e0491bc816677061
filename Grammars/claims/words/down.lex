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
# A forecast revised: 较上次预测下修0.12个百分点 (上修 in up.lex).
下修
