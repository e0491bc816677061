# Units a figure may be restated in, in brackets right after it: 119319千公顷（178979万亩）,
# 70650万吨（14130.0亿斤）. One line a unit: its contract name, the unit it converts to, and
# how many of those one makes (1 ha = 15 mu). Either direction is read.
#   not: 24万亿元（约3.3万亿美元）— no rate of exchange is fixed, so no line for money
ha      to=mu       factor=15
t       to=jin      factor=2000
kg/ha   to=kg/mu    factor=0.0666666666666667
