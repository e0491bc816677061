# Words before a number that, with a duration after it, make a period: 前10个月, 前三季度,
# 近5年 is not one (it is a stretch of time a claim may be about, but not a date).
前      period
头      period
后      period
