# Nouns for a rate of growth after the figure: 实现3.8%的较快增长, 6.1%的同比增速, 0.1%的同比变动.
增长
增速
增幅
涨幅
升幅
成长
变动
变化
上涨
上升
目标
