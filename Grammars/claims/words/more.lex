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
# Revenue taken in above the period compared with: 比上年同期增收141.7亿元.
增收
扩增
# Above the normal (climate: 较常年偏高1.03℃, 偏多5.2天).
偏高
偏多
# Above the figure compared with, by an amount: 比正常保有量3900万头高出135万头.
高出
# Taiwan's releases: 年增37.4億美元或20.4% (the year's increase; 年減 is in down.lex).
年增
