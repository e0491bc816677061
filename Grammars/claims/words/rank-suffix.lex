# What follows 第N in a rank (第一大, 第三大, 第二高, 史上第二长), and the only measure words
# a rank ends with (第二位, 第三名; 第一次 and 第二批 are no positions).
大
高
位
名
强
长
多
