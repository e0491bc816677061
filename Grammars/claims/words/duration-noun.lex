# Nouns of a length of time (平均逗留时间则保持在2.3日): the figure after is the duration.
时间
时长
天数
日数
晚数
