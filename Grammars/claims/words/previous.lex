# A period compared with, said as the subject of its own figure: 上年同期为8965亿元, 去年同期为
# 801.7亿件, 上月为49.8% — the figure is the earlier level the change is measured against.
# (not: 上年末 — the end of last year is a period figures are stated for: 上年末是66.16%, its
# own claim of that period)
上年同期
去年同期
上年同月
去年同月
上月
上期
上一期
