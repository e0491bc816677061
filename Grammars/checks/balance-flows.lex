# Two flows a balance is the difference of, for the `difference` check: a level whose clause
# holds a balance word (checks/words.lex net: 顺差, 逆差, 差额, 净) after two levels of its
# unit and period whose clauses hold one word of a pair each (and no balance word, and not
# both words of the pair) is the larger flow less the smaller, said before it in its
# paragraph with no other balance between.
#   against=   the other flow
#   total=     names the two together: a level whose clause holds it (and no balance word)
#              after the flows is their sum, and its growth their levels' and rates' (收支总额
#              5091亿美元，增长6.0%)
#   银行代客结汇15298亿美元，售汇14967亿美元，结售汇顺差331亿美元 → 15298 − 14967 = 331
#   服务贸易收入2016亿美元…；支出3075亿美元…。收支相抵，服务贸易逆差1059亿美元 → 3075 − 2016
#   not: 出口2.5万亿元，进口1.8万亿元，进出口总值4.3万亿元 — no balance word: a sum, read elsewhere
#   not: 来华直接投资净流入393亿美元…，直接投资项下净流出338亿美元 — both are balances
收入    against=支出  total=收支
出口    against=进口  total=进出口
输出    against=输入
结汇    against=售汇  total=结售汇
流入    against=流出
