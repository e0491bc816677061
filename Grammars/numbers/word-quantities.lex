# Words that are quantities by themselves.
# value=   the figure (percent for form=percent, growth in percent for form=doubling)
# place=   the step its wording rounds to (一半 is about half: 50 ± place/2)
# qualifier=  when the word itself bounds the figure (过半 is over half)
一半        value=50 place=10 form=percent
半数        value=50 place=10 form=percent
过半        value=50 place=1 form=percent qualifier=over
大半        value=50 place=1 form=percent qualifier=over
翻番        value=100 place=20 form=doubling
