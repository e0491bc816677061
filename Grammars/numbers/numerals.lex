# Chinese numeral characters, as the working text has them (Simplified, after NFKC).
# digit=N      a digit; units and magnitudes multiply it
# unit=N       十 百 千: multiplies the digit before it within a four-digit section
# magnitude=E  万 亿 …: multiplies everything before it by 10^E
# context=numeral   a magnitude read only inside a Chinese numeral (not after Arabic digits
#                   unless money follows): 兆 is also "mega" (兆瓦), 京 also Beijing; a
#                   digit or unit that alone beside another ideograph is a number only before
#                   a unit: the financial forms are words there (大陆, 陆续, 队伍, 放肆, 收拾),
#                   numbers in 陆拾, 伍万, 陆元
# vague        a placeholder digit (几, 数): 十几 is 11–19, 几十 20–90
# point        the decimal point inside a Chinese numeral (三点五)
# sign=-       a minus sign before a Chinese numeral (负三)
零      digit=0
〇      digit=0
○      digit=0
一      digit=1
壹      digit=1 context=numeral
幺      digit=1
二      digit=2
两      digit=2
贰      digit=2 context=numeral
三      digit=3
叁      digit=3 context=numeral
四      digit=4
肆      digit=4 context=numeral
五      digit=5
伍      digit=5 context=numeral
六      digit=6
陆      digit=6 context=numeral
七      digit=7
柒      digit=7 context=numeral
八      digit=8
捌      digit=8 context=numeral
九      digit=9
玖      digit=9 context=numeral
十      unit=10
拾      unit=10 context=numeral
百      unit=100
佰      unit=100 context=numeral
千      unit=1000
仟      unit=1000 context=numeral
万      magnitude=4
亿      magnitude=8
兆      magnitude=12 context=numeral
京      magnitude=16 context=numeral
几      vague
点      point
负      sign=-
