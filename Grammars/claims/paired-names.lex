# Two measures said as one word before two figures: each figure is of its half, the words
# before the pair taken with it. 乘用车产销分别完成314.6万辆和304.7万辆 → 乘用车产量 314.6万辆,
# 乘用车销量 304.7万辆 (not: 产销率为98.5% — one figure, a rate of the pair).
#   first=, second=   the names of the halves, in the order the figures follow
产销    first=产量  second=销量
收支    first=收入  second=支出
购销    first=购进  second=销售
存贷款  first=存款  second=贷款
