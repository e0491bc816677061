# Words that introduce the figure of an earlier period: 比8月份的5.3%, 较二零二三年的1,830.6亿.
比
较
比上年
由
