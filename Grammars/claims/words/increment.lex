# Nouns for the increase of a whole: a percentage of it is a contribution (约95%的增量,
# 增量中六成来自…).
增量
新增量
增长量
