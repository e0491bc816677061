# Words the checker reads in the text around figures. role=
#   breakdown   between a level and a later figure, makes the later a part of it:
#               汽车322.7万辆…其中，新能源汽车158.0万辆
#   among       with `among-part` last before the part: 在41个工业大类行业中，有36个行业
#   among-part  the last character before such a part (有)
#   threshold   before a list of scale words, makes them thresholds: 超过万亿元、千亿元和百亿元
#               (the scale words are the unit and magnitude characters of numbers/numerals.lex)
#   vague-tail  inside a figure, left out of the unit words its messages repeat:
#               万亿元 of 6000多亿元. Read in the original text, so Traditional forms are
#               listed too (they would otherwise be made Simplified like every entry)
#   noun-end    ends the noun counted after a count (249个国家和地区的…, …、…)
# among, among-part, vague-tail and noun-end entries are one character each.
其中    role=breakdown
中      role=among
有      role=among-part
超过    role=threshold
以上    role=threshold
多      role=vague-tail
余      role=vague-tail
餘      role=vague-tail
的      role=noun-end
、      role=noun-end
