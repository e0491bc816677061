# The size of a rise: its narrowing is a fall of the rate.
涨幅
增幅
增速
升幅
