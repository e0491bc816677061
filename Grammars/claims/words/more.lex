# Words before an absolute increase: 增加2.09万亿元, 多了6个.
增加
增加了
增长
新增
增产
多
扩大
提高
加快
上升
上涨
回升
净增
净增加
扩增
