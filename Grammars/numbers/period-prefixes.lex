# Words before a number that, with a duration after it, make a period: 前10个月, 前三季度,
# 近5年 is not one (it is a stretch of time a claim may be about, but not a date).
前      period
头      period
后      period
# 首3季, 首10個月 (Hong Kong and Macau releases): the first so many quarters or months
# (not: 首批3个 — a word stands between 首 and the number)
首      period
