# Taiwan's official calendar counts years from 1912 (民國): 114年 is 2025. A number of 100–199
# before 年 is such a year, read as its Gregorian year, when one of these words stands right
# before it (position=before) or right after its 年 (position=after), or when 年度, 年底, 年末
# or 年初 follows it. Other such numbers stay durations.
#   114年10月, 114年第3季, 較113年的33,437美元, 民國113年, 113年全年, 預測114年經濟成長率,
#   （113年為1,684萬人次） are years
#   (not:   建党100年, 近100年来, 连续100年 — durations, no word of these around them)
民国    position=before
较      position=before
比      position=before
与      position=before
和      position=before
至      position=both
到      position=both
自      position=before
预测    position=before
预估    position=before
展望    position=before
第      position=after
上半年  position=after
下半年  position=after
全年    position=after
同期    position=after
同月    position=after
同季    position=after
前      position=after
1       position=after
2       position=after
3       position=after
4       position=after
5       position=after
6       position=after
7       position=after
8       position=after
9       position=after
一      position=after
二      position=after
三      position=after
四      position=after
五      position=after
六      position=after
七      position=after
八      position=after
九      position=after
十      position=after
# （113年為1,684萬人次）: the figure of that year right after 為 (not: 建党100年 — nothing after).
为      position=after
