# Words around a number that bound it, as the contract's qualifier.
# qualifier=  over (超过 逾 多), under (不到 以下), nearly (近), about (约 左右), exact
# position=   before or after the number
# bounded     多 and 余 say "and a bit" below the next step: 130多 is 131–139
超过        qualifier=over position=before
超          qualifier=over position=before
逾          qualifier=over position=before
突破        qualifier=over position=before
首破        qualifier=over position=before
站上        qualifier=over position=before
站稳        qualifier=over position=before
迈上        qualifier=over position=before
跨过        qualifier=over position=before
越过        qualifier=over position=before
多达        qualifier=exact position=before
高达        qualifier=exact position=before
达到        qualifier=exact position=before
近          qualifier=nearly position=before
将近        qualifier=nearly position=before
接近        qualifier=nearly position=before
约          qualifier=about position=before
约占        qualifier=about position=before
约为        qualifier=about position=before
约合        qualifier=about position=before
最近        qualifier=exact position=before
# 出超479億美元 (a trade surplus), 入超 (a deficit): the 超 of a name, no bound.
出超        qualifier=exact position=before
入超        qualifier=exact position=before
大约        qualifier=about position=before
大概        qualifier=about position=before
不到        qualifier=under position=before
不足        qualifier=under position=before
低于        qualifier=under position=before
少于        qualifier=under position=before
未超过      qualifier=under position=before
多          qualifier=over position=after bounded
余          qualifier=over position=after bounded
以上        qualifier=over position=after
之上        qualifier=over position=after
还多        qualifier=over position=after
之多        qualifier=exact position=after
左右        qualifier=about position=after
上下        qualifier=about position=after
以下        qualifier=under position=after
以内        qualifier=under position=after
