# Currencies a release may declare for its bare 元: 4,129亿元（港元，下同）. A release in
# Traditional characters that names one of these and never renminbi (code=CNY) uses it for
# 元 too; a figure that names renminbi itself keeps CNY. The release's own place or agency
# names its currency the same way, as Hong Kong's, Macau's and Taiwan's releases seldom say
# 港元 beside 億元: 本港, 政府統計處 (Hong Kong), 本澳, 統計暨普查局 (Macau), 主計總處 (Taiwan).
# (not: 香港, 澳門 — a partner or a destination in another place's release)
# A Traditional release that names none of these but dates itself in Taiwan's calendar
# (114年10月, numbers/era-years.lex) is Taiwan's: its 元 is TWD (not: 2025年10月 — a year of
# four digits, any place's).
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
# Hong Kong's and Macau's departments by their own names: 土地註冊處, 差餉物業估價署, 庫務署,
# 入境事務處, 社會福利署, and each monetary authority by its place (金融管理局 alone is both's).
土地注册处  code=HKD
差饷物业估价署 code=HKD
库务署      code=HKD
入境事务处  code=HKD
社会福利署  code=HKD
香港金融管理局 code=HKD
澳门金融管理局 code=MOP
# Taiwan's ministries the mainland has none of by that name: 內政部, 金管會.
内政部      code=TWD
金管会      code=TWD
# Taxes by the names only one place gives them: 薪俸稅, 利得稅 (Hong Kong), 職業稅, 所得補充稅
# (Macau), 綜合所得稅, 營利事業所得稅 (Taiwan). (not: 个人所得税, 企业所得税 — the mainland's.)
薪俸税      code=HKD
利得税      code=HKD
职业税      code=MOP
所得补充税  code=MOP
综合所得税  code=TWD
营利事业所得税 code=TWD
