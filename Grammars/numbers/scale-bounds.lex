# A scale word with a unit right after a qualifier that bounds from below (突破千亿美元,
# 站上万亿元大关) is a bound: a quantity of one of that scale, over. Not when one of these
# characters follows its unit: a list of scale words, or one before 的, names thresholds of
# classes (超过万亿元、千亿元和百亿元的国家; checks/words.lex reads those). One character a line.
、
和
及
与
的
