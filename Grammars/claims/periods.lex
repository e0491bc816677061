# Words that name a period without a date. what= says which:
#   release-year   the year the release was issued (今年)
#   previous-year  the year before it (去年)
#   data-year      the year the release reports on (全年)
#   data-year-before  the year before the one in scope (上年末: the end of the year before
#                  the one reported on, whenever the release was issued)
#   half=1|2       上半年, 下半年 of the year in scope
#   year-of-date-before  the year before the one in scope, as the year of the month or
#                  quarter right after it (上年11月份 in a release on 2024: November 2023);
#                  else as data-year-before (，上年为334.49亿元; 上年这三项比重依次为…); after 比
#                  or 较 a basis only (比上年增长)
#   same-year-before  the stretch in scope a year before, opening a clause; else same
#   same           the period already in scope (当月, 单月)
#   previous-month the month before the one in scope (上月为…, 上月的…: a figure set against
#                  this month's)
#   same-stretch   the same, or right after a year the same stretch of that year, a period
#                  compared with (2019年同期的107.1%: not 2019 in scope for what follows;
#                  较2024年同季的958.1亿元: the third quarter of 2024 in a third quarter's release)
#                  (not: 12月份单月进出口 — a month with a word of the period in scope)
今年以来    what=same
# 为1961年以来第4多, 2020年以来累计…: the year a stretch starts from, no period of the figures
# around it (not: 今年以来 above — the stretch of the year in scope)
以来        what=since
# 去年同期, 上年同月: after 比 or 较, inside a clause or before its figure (，上年同期为8965亿元),
# the period in scope, as read so far; a clause of its own (去年同期，开支为4,974.6亿元，收入
# 为…), that stretch a year before, of every figure after it in the sentence
# (what=same-year-before).
去年同期    what=same-year-before
去年同月    what=same-year-before
上年同月    what=same-year-before
上年同期    what=same-year-before
同比        what=same
年内        what=same
# 今年价格变动的新影响 (NBS price reports): the price changes of the year reported on, even
# in a release issued in January of the next year.
今年价格变动  what=data-year
# 上年价格变动的翘尾影响: the carry-over of last year's changes into this period's rate, a
# figure of the period in scope (not: ，上年为334.49亿元 — the year before's own figure).
上年价格变动  what=same
今年        what=release-year
# 本年 in a statistical release is the year it reports on (（含本年新开工面积） in a bulletin
# issued the January after): not the year of issue as 今年 may be.
本年        what=data-year
去年        what=previous-year
去年全年    what=previous-year
上年全年    what=previous-year
全年        what=data-year
上年末      what=data-year-before
上年        what=year-of-date-before
上年底      what=data-year-before
上年年末    what=data-year-before
上年年底    what=data-year-before
上半年      what=half-1
下半年      what=half-2
前三季度    what=quarters-3
当月        what=same
# The month before the one in scope (，上月为下降0.3%: that month's figure; 比上月 is a basis).
上月        what=previous-month
上个月      what=previous-month
单月        what=same
同期        what=same-stretch
同月        what=same-stretch
同季        what=same-stretch
