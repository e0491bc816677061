# Spam that reposting sites inject into copied releases (gambling and betting adverts).
# A match is removed together with Latin letters and digits glued to it (bet365体育在线,
# 游戏app), and reported as a noise-removed diagnostic.
庄闲和游戏
庄闲
体育在线
体育投注
在线投注
在线娱乐
娱乐城
真人视讯
百家乐
博彩
葡京
威尼斯人
线上赌场
棋牌游戏
彩票网
足球投注
注册送
开户送
体育app
游戏app
皇冠体育
