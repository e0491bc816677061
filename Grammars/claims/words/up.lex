# Verbs of growth and rise: 增长3.8%, 上涨0.2%, 按年上升5.6%.
增长
增
上涨
上升
升
涨
提高
提升
回升
攀升
增加
加快
扩大
年增
增速为
增幅为
增幅
同比增长
成长
上调
# A forecast revised: 较上次预测上修0.3个百分点.
上修
# Above the normal (climate: 较常年偏多9.0%, 偏高1.03℃).
偏高
偏多
# A currency's value against another: 欧元对美元升值0.6% (贬值 in down.lex).
升值
