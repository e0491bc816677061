# Verbs that make a duration shorter (逗留时间缩短0.1日): a change, negative.
缩短
压缩
