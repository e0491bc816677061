# Words after a number that say what kind of figure it is.
# form=percent   6.1% (the value is the percent)
# form=points    percentage points: 5.3个百分点
# form=multiple  1.8倍
# form=tenths    两成 = 20% (after a Chinese numeral, or Arabic digits up to 10: 9成, 7.2成;
#                a half or one digit after it is the next place: 一成半 15%, 九成五 95%;
#                not before a character of not-before: 成 also starts 成为, 成本, 成交 …)
# form=permille  ‰
# form=fraction  N分之M is M/N: 六分之一, 百分之五, 千分之三
# form=doubling  翻一番 (+100%), 翻两番 (+300%)
# form=half      半 after 成 or a unit (not a count's): and a half of it, 一成半 = 15%, 一吨半 =
#                1.5 t, 三天半; not before a character of not-before (半导体, 半数)
%           form=percent
个百分点    form=points
百分点      form=points
倍          form=multiple
成          form=tenths not-before=为立本交果功绩效熟员长都品型套批就分年人了
‰          form=permille
分之        form=fraction
番          form=doubling
半          form=half not-before=导数岛径价年
