# Single characters whose role around a subject or period the resolver reads. Flags:
#   compare    a year or period after it is the one compared with (比2023年, 较上年,
#              与2023年相比, 同去年), not the one reported on
#   partner    a partner name after it is the claim's partner (对美国, 自东盟, 向欧盟出口,
#              从东盟进口, 与欧盟, 中美)
#   list       it separates the entities of a list (城镇、乡村; 出口和进口)
#   year-part  after a year, it names a part of the year, not the whole (2024年底)
#   span       it joins two dates into a span (1—9月份, 2021年到2025年); a year after it
#              ends the span, not the year reported on
#   year-compare  before a year (比2024年, 较2024年), makes a growth rate year on year
#   figure-of  last before a figure, ties it to the period compared with before it
#              (比8月份的5.3%; 七月份的14.3% within a sentence)
#   figure-is  first after a period, ties the figure after it to that period
#              (，9月份为下降0.3%)
#   figure-is-figure  after a date, the same when a figure follows it at once (，8月份是14.46元/公斤;
#              a word of a period with 是, 上年末是66.16%，今年是67.00%, is read as before)
#              (not: ，2025年是收官之年 — no figure after it: the year stays in scope)
#   whole-after  opening a clause, what follows names the whole a share is of
#              (在社会消费品零售总额中占25.0%)
#   partner-after  right after the metric, a partner name after it is the claim's partner
#              (出口往香港的货值)
#   turn-open, turn-close  a sentence that opens with the first and has the second soon
#              after, before a comma, turns to another breakdown (分产业看，分地区看，)
# Each is one character; words of several characters belong in the other lists.
比      compare year-compare
较      compare year-compare
与      compare partner list
同      compare partner
对      partner
自      partner
向      partner
从      partner
# 出口往香港的货值: the destination of exports, right after the metric (not: 往年 — no
# partner name after it).
往      partner-after
中      partner
、      list
和      list
及      list
底      year-part
末      year-part
初      year-part
到      span
至      span
-       span
—       span
–       span
~       span
的      figure-of
# 之 is the 的 of Taiwan's and Hong Kong's releases (較上年同月之49.7%)
之      figure-of
为      figure-is
是      figure-is-figure
在      whole-after
分      turn-open
看      turn-close
