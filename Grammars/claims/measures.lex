# What a figure is measured in, beside its basis: a level at current prices and a growth rate
# at constant prices cannot be set against each other (GDP 296299亿元, 按不变价格计算增长5.3%),
# nor a nominal rate restated by a real one. Read in the claim's sentence before it, like a
# basis. measure=
#   current-prices   按现价计算, 现价
#   constant-prices  按不变价格计算, 按可比价格计算, 可比价
#   real             扣除价格因素, 剔除价格因素, 实际增长 (not 实际 alone: 实际使用外资 is a name)
#   nominal          名义增长
按现价计算      measure=current-prices
现价            measure=current-prices
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
