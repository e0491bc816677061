# What follows 第N in a rank: 第一大, 第三大, 第二高.
大
高
位
名
强
