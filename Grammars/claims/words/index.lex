# The head noun of an index whose level is points of its base, 100 (国房景气指数为92.43,
# 售價指數為286.5): a bare figure said of one with 为 is a rate. Entries flagged `not` are
# stock-market indices, quoted in points that are no percentage (上证综合指数为3200).
指数
综合指数    not
成份指数    not
成分指数    not
股价指数    not
