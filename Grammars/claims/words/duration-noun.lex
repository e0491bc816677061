# Nouns of a length of time (平均逗留时间则保持在2.3日): the figure after is the duration.
时间
时长
天数
日数
晚数
# Hours worked and hours of use (平均工時為169.2小時, 加班工時8.1小時, 平均利用小时3442小时).
工时
利用小时
# A time limit (审评时限由60个工作日…; not: 时限内 — no figure after it).
时限
