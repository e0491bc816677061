# Words of a share's clause, read to find the whole it names. role=
#   share-word     not part of the whole's name: what is left of 在消费支出中占 is the whole
#                  named (消费支出); 占比 names none, nor do the verbs and qualifiers of the
#                  share (占比接近八成, 比重升至30.9%, 占比达到40%): such a share is of the whole
#                  the share before it named, or of the level 其中 breaks down
#                  (not: 占出口总值的 — 出口总值 is left, the whole named)
#   whole-generic  a whole named only as the total (占总数79.5%): the whole is the one the
#                  breakdown before it is of (从入境渠道看，…); inside a name (受灾总面积) it is
#                  left out when one figure is named with the rest (农作物受灾面积)
#   whole-opener   a share word the whole's name follows: the name is read after the first
#                  one, in this file's order, with one after it (民营医院占医院总数的七成 → 医院
#                  总数; 新能源汽车在新车总销量中的占比 → 新车总销量; 在校生占全国的 → 全国),
#                  else from the clause's start (not: the 占 of 占比, a longer share word,
#                  opens no name). One character each
#   name-end       a share word that ends the whole's name (在消费支出中 → 消费支出, 占出口总值
#                  的 → 出口总值); other one-character share words are part of a name once it
#                  has begun (not: the 在 of 学历教育在校生). One character each
#   whole-mean     a whole named as the mean of the part's own group: 全国居民人均可支配收入的
#                  中位数为34707元，是平均数的84.0% → of 人均可支配收入41314元; 城镇居民中位数
#                  49302元，是平均数的91.0% → of 城镇居民人均可支配收入, not of the national one
#                  (not: 平均每人 — an average itself, no whole named)
#   whole-prefix   a name said of the whole (全国居民人均可支配收入), chosen when several figures
#                  end with the name a share's clause gives (在可支配收入中), the urban and the
#                  rural one too, read in the figure's subject or its clause (全国居民人均
#                  可支配收入为41314元); with none or several such, the share is linked to none.
#                  A whole named with it (占全国人口的) is the figure of that name said of the
#                  whole (全国人口为140828万人) (not: 城镇居民人均可支配收入 — a member, not the whole)
#   whole-ending   a word of the measure a share may leave off the whole it names: 占食肆總收益的
#                  36.9% is of 食肆總收益價值273.9億元, 占受僱員工的 of 受僱員工人數 — the name
#                  exactly, then the word (not: 外籍受僱員工人數 of 占全體受僱員工的 — a group);
#                  a 的 of the figure's name is left out (私營機構的職位空缺數目 of 佔私營機構職位空缺總數的;
#                  郵件處理量 of 佔郵件總量)
#                  a whole named with a word of whole-generic at its end (郵件總量) may stand for
#                  the name and a measure word (郵件處理量; not: 本地郵件 — a name that merely ends so)
占比    role=share-word
比重    role=share-word
比例    role=share-word
占      role=whole-opener
在      role=whole-opener
中      role=name-end
的      role=name-end
# 之 is the 的 of Taiwan's and Hong Kong's releases (占外銷訂單總額之33.5%)
之      role=name-end
为      role=share-word
是      role=share-word
约      role=share-word
达      role=share-word
达到    role=share-word
接近    role=share-word
将近    role=share-word
超过    role=share-word
大约    role=share-word
已经    role=share-word
升至    role=share-word
降至    role=share-word
平均数  role=whole-mean
平均值  role=whole-mean
均值    role=whole-mean
总数    role=whole-generic
总量    role=whole-generic
总额    role=whole-generic
总体    role=whole-generic
整体    role=whole-generic
全部    role=whole-generic
总      role=whole-generic
全国    role=whole-prefix
全体    role=whole-prefix
全省    role=whole-prefix
全市    role=whole-prefix
全区    role=whole-prefix
# 全行业: the whole of the industry a release is about (高出全行业平均水平0.3个百分点 is
# against the industry's own rate, not 全行业从业平均人数's: its words begin alike and name it not).
全行业  role=whole-prefix
# 全國各級各類學歷教育在校生: all levels and kinds of a whole, no group of it.
各级各类    role=whole-prefix
价值    role=whole-ending
人数    role=whole-ending
数量    role=whole-ending
数目    role=whole-ending
处理量  role=whole-ending
