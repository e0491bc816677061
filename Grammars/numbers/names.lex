# Names that contain numerals: plans, meetings, holidays, products.
# A listed word is a name; a number followed by a word marked suffix is a name too
# (二十届, 四中全会).
十四五
十五五
十三五
十二五
五年规划
两会
二十大
十九大
双十一
双11
一号店
3D
5G
4G
6G
届          suffix
中全会      suffix
次全会      suffix
次会议      suffix
次代表大会  suffix
号文件      suffix
号令        suffix
