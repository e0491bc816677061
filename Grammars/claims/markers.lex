# Single characters whose role around a subject or period the resolver reads. Flags:
#   compare    a year or period after it is the one compared with (比2023年, 较上年,
#              与2023年相比, 同去年), not the one reported on
#   partner    a partner name after it is the claim's partner (对美国, 自东盟, 向欧盟出口,
#              从东盟进口, 与欧盟, 中美)
#   list       it separates the entities of a list (城镇、乡村; 出口和进口)
#   year-part  after a year, it names a part of the year, not the whole (2024年底)
#   span       it joins two dates into a span (1—9月份, 2021年到2025年); a year after it
#              ends the span, not the year reported on
# Each is one character; words of several characters belong in the other lists.
比      compare
较      compare
与      compare partner list
同      compare partner
对      partner
自      partner
向      partner
从      partner
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
