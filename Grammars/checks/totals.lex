# Numerals that open a total said of the figures before it, read by Relations/CountedTotals.swift:
# the clause opens with one, then up to three characters naming the parts, then a total word
# (checks/words.lex `total`), then the figure. count= is how many figures it sums: the last so
# many levels of its unit before it in its sentence.
#   两者合计358亿元 after 洪涝…238.6亿元 and 风雹灾害损失119.4亿元 is their sum;
#   三省市合计12770.0亿元 after 广东、江苏和北京分别投入…、…和… is the sum of the three
#   (not:   合计12770.0亿元 with no numeral: how many figures it sums is not said;
#    not:   三季度合计 — a period, the clause holds no total word right after three characters)
两  count=2
二  count=2
三  count=3
四  count=4
五  count=5
六  count=6
