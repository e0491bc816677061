# Words before what is new, counted or summed: 新增银幕3,218块, 新增减税降费9402亿元, 年均新增
# 76.7万人 — a level of the new things (kinds.rules new-count, new-amount), unless a word of
# comparing stands before (比上年末新增12万户: a change of a stock).
新增
