# Currencies a release may declare for its bare 元: 4,129亿元（港元，下同）. A release in
# Traditional characters that names one of these and never renminbi (code=CNY) uses it for
# 元 too; a figure that names renminbi itself keeps CNY. The release's own place or agency
# names its currency the same way, as Hong Kong's, Macau's and Taiwan's releases seldom say
# 港元 beside 億元: 本港, 政府統計處 (Hong Kong), 本澳, 統計暨普查局 (Macau), 主計總處 (Taiwan).
# (not: 香港, 澳門 — a partner or a destination in another place's release)
人民币      code=CNY
港元        code=HKD
港币        code=HKD
新台币      code=TWD
澳门元      code=MOP
澳门币      code=MOP
本港        code=HKD
政府统计处  code=HKD
本澳        code=MOP
统计暨普查局 code=MOP
主计总处    code=TWD
# Taiwan's ministries by names the mainland's government does not use: 經濟部 (its 商务部 and
# 发展改革委 are the mainland's), 行政院.
经济部      code=TWD
行政院      code=TWD
