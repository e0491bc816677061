# Words before a bare rank: 升至第二.
升至
升到
居
位居
排名
排在
列
跃居
稳居
保持
