# Words that introduce the figure of an earlier period: 比8月份的5.3%, 较二零二三年的1,830.6亿.
比
较
比上年
由
# 环比 and 同比 name a basis, and hold 比 as no word of comparing (环比下降的63个城市 is no
# figure compared with; 比上月的64个 is).
环比        not
同比        not
