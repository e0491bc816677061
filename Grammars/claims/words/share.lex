# Words before a share of a whole: 占出口总值的59.4%, 比重提升到59.4%.
占
占比
比重
份额
占到
所占
相等于
相当于
增长面
亏损面
