# A bare figure (no unit: 56.15亿, 5209万) after a metric whose name ends with a count's unit
# word (numbers/units.lex, class=count) is counted in that unit: 出游人次达56.15亿, 观影人次
# 5209万, 城镇新增就业人数为1256万. What may stand between the unit word and the figure, by
# role (one of each, in this order):
#   tail   ends the metric after its unit word (人数, 人次总量)
#   verb   links the metric to its figure (达, 为)
# A qualifier right before the figure (约, 超过) is stepped over first.
# (flag counted: a tail that names a count by itself — after any name, a bare figure with a
# magnitude is so many of it: 投资者数量达22,703.82万, 企业总数超过5000万; not: 指数为3200 —
# no magnitude, no such tail)
数      role=tail
数量    role=tail  counted
总数    role=tail  counted
总量    role=tail
规模    role=tail
为      role=verb
达      role=verb
达到    role=verb
是      role=verb
共      role=verb
合计    role=verb
共计    role=verb
