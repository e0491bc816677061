# Words for a contribution in percentage points: 拉动出口增长5.3个百分点.
拉动
带动
影响
下拉
推动
贡献
# 令綜合消費物價指數下跌0.27個百分點: a cause said with 令 (made it fall by).
令
