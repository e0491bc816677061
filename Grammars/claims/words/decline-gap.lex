# The size of a decline: its narrowing is a rise of the rate (降幅收窄1.5个百分点 is +1.5).
降幅
跌幅
减幅
