# What a figure is measured in, beside its basis: a level at current prices and a growth rate
# at constant prices cannot be set against each other (GDP 296299亿元, 按不变价格计算增长5.3%),
# nor a nominal rate restated by a real one. Read in the claim's sentence before it, like a
# basis. measure=
#   current-prices   按现价计算, 现价
#   constant-prices  按不变价格计算, 按可比价格计算, 可比价
#   real             扣除价格因素, 剔除价格因素, 实际增长 (not 实际 alone: 实际使用外资 is a name)
#   nominal          名义增长
#   seasonally-adjusted  经季节调整 (a series of its own: 经季节调整后失业率3.35% is no
#                    restatement of 失业率3.33%)
# Flag `metric`: the word in a growth rate's metric gives its measure when the sentence states
# none: the growth of GDP and of value added is at constant prices by convention, so
# 国内生产总值1375120亿元，比上年增长5.2% is no ratio of the current-price levels
# (not: 社会消费品零售总额 — its growth is nominal).
按现价计算      measure=current-prices
现价            measure=current-prices
当年价格        measure=current-prices
按不变价格计算  measure=constant-prices
按不变价格      measure=constant-prices
不变价          measure=constant-prices
按可比价格计算  measure=constant-prices
可比价格        measure=constant-prices
可比价          measure=constant-prices
扣除价格因素    measure=real
剔除价格因素    measure=real
实际增长        measure=real
实际下降        measure=real
名义增长        measure=nominal
名义下降        measure=nominal
# Hong Kong and Macau releases say 实质 (實質) for real and 上升/下跌 for the direction.
名义上升        measure=nominal
名义下跌        measure=nominal
实际上升        measure=real
实质增长        measure=real
实质上升        measure=real
实质下降        measure=real
实质下跌        measure=real
生产总值        measure=constant-prices metric
GDP             measure=constant-prices metric
增加值          measure=constant-prices metric
# Seasonally adjusted: another series than the figure said without it.
经季节调整          measure=seasonally-adjusted
季节调整后          measure=seasonally-adjusted
经季调              measure=seasonally-adjusted
经季节性调整        measure=seasonally-adjusted
季节性调整后        measure=seasonally-adjusted
# Said without the adjustment: the series a figure with no measure word is of.
未经季节调整        measure=unadjusted
未经季节性调整      measure=unadjusted
