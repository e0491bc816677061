# Nouns for a rate of growth after the figure: 实现3.8%的较快增长, 6.1%的同比增速.
增长
增速
增幅
涨幅
升幅
成长
