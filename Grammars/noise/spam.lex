# Spam that reposting sites inject into copied releases (gambling and betting adverts).
# A word here is removed only where its shape shows it was injected, together with Latin
# letters and digits glued to it, and reported as a noise-removed diagnostic:
#   glued to Latin letters or digits      进出口bet365体育在线总值…   (removed: bet365体育在线)
#   glued in front of a figure            出口增长葡京app5.2%          (removed: 葡京app)
#   alone between sentences               …持平。皇冠体育在线　贸易顺差…
#   a 《》/【】 title glued to a figure      增长《幸运快三计划》3.7%       (title-cue words mark
#                                         such a title only: 快三, 彩)
# Never where a metric of claims/metrics.lex covers the word, nor inside a sentence's
# grammar: these keep every word —
#   not: 澳门幸运博彩毛收入2,263亿澳门元 (a metric)   not: 足球投注额达1340亿港元
#   not: 总消费（不包括博彩）为377.9亿元             not: 《彩票管理条例》第十条
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
快三        title-cue
彩          title-cue
娱乐        title-cue
