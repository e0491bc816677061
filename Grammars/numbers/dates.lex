# Words after a number that make it a date or a period, not a claim.
# kind=year     only for a number that looks like a year (1900–2100, or 二〇二五); other
#               numbers before 年 are durations (连续9年)
# kind=month, day, quarter, half, week
年      kind=year
年度    kind=year
年底    kind=year
年末    kind=year
年初    kind=year
月份    kind=month
月      kind=month
月末    kind=month
月底    kind=month
日      kind=day
号      kind=day
季度    kind=quarter
季      kind=quarter
