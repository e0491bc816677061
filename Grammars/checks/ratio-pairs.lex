# Names of a ratio of two groups' figures, for the `ratio` check: the word names the pair,
# before 比 or 之比 in the ratio's clause, and the ratio is the first group's figure over the
# second's, the two said before it in its paragraph of one metric, period and unit.
#   numerator=   the first group, as its figure's subject names it (城镇居民人均可支配收入)
#   denominator= the second group; several names separated by commas (农村, 乡村)
#   城镇居民人均可支配收入54188元…农村居民人均可支配收入23119元。城乡居民收入比为2.34
#     → 54188 / 23119 = 2.344
#   not: 城乡居民人均可支配收入41314元 — 城乡 with no 比 after it names all residents, no ratio
#   not: 城乡居民收入比2.34 against 城镇 and 农村 figures of different metrics (income and
#        spending) — the two groups' figures must share their metric
城乡    numerator=城镇 denominator=农村,乡村
