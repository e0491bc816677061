# Words before a bare rank: 升至第二, 位居全球第一, 位列档期第一, 居全球首位. Entries flagged
# `not` hold one of these words but state no position.
升至
升到
居
居于
位居
位列
名列
排名
排在
列
跃居
稳居
保持
居民        not
居住        not
