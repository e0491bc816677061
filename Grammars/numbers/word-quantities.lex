# Words that are quantities by themselves.
# value=   the figure (percent for form=percent, growth in percent for form=doubling, the
#          position for form=ordinal: 首位 is first, 次高 second)
# place=   the step its wording rounds to (一半 is about half: 50 ± place/2)
# qualifier=  when the word itself bounds the figure (过半 is over half)
一半        value=50 place=10 form=percent
半数        value=50 place=10 form=percent
过半        value=50 place=1 form=percent qualifier=over
大半        value=50 place=1 form=percent qualifier=over
翻番        value=100 place=20 form=doubling
翻倍        value=100 place=20 form=doubling
首位        value=1 place=1 form=ordinal
榜首        value=1 place=1 form=ordinal
次高        value=2 place=1 form=ordinal
# 居首 and 居次 after a figure of a list rank it first and second (食品佔24.3%居首，醫療佔16.3%居次;
# not: 居次要地位 — no position, see not-numbers.lex)
居首        value=1 place=1 form=ordinal
居次        value=2 place=1 form=ordinal
# 次之 after the figure of the one named second (日本583,100人次最多，韓國179,600人次次之;
# not: 其次 — a word of order, no position of a figure)
次之        value=2 place=1 form=ordinal
次低        value=2 place=1 form=ordinal
