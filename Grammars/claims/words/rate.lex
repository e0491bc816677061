# The head nouns of levels that are themselves percentages (失业率, 采购经理指数, PMI, 研发
# 投入强度): a percentage said of one with no verb of change is a rate. Entries flagged `not`
# hold a head but name a change or a part, not a level (增长率 is a growth rate).
率
指数
PMI
强度
水平
之比
# a share of production made abroad, a level (海外生產比為47.6%; not: 比上年 — no 生产 before it)
生产比
比例
# 平均按揭成數為58.1%: a loan's share of the price, a level (not: 成数 of 两成 — a numeral before).
成数
# the dependents per hundred of working age, and the part of income spent, are levels (老年人口抚养比为
# 23.4%, 消费倾向73.7%; not: 抚养比 with 比上年末提高0.6个百分点 — a change in points, not a percentage)
抚养比
倾向
自然增长率
增长率      not
增率        not
成长率      not
变动率      not
变化率      not
贡献率      not
水平的      not
关税
