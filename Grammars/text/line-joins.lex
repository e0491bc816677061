# Line breaks that web copies and PDFs put inside a sentence are read as nothing: a break is
# joined when the line before does not end a sentence, the next line is not blank or
# indented or a numbered item, the line before is no heading, and no Latin letter stands
# on either side (there a break is a space). Offsets stay those of the original.
#   joined:  机电产品出口16.03万亿元，占出口⏎总值的59.4%。    我国进出口总值25.45⏎万亿元
#   kept:    比上年增长5%。⏎进口…        (end: the line ends a sentence)
#   kept:    一、对外贸易⏎2024年，…      (a heading: a short line without pause marks, or
#                                        numbered, or the text's first line)
#   kept:    …增长5%，⏎⏎（二）进口        (a blank line; an item number)
# Roles (flags), one character each, in their working (NFKC, Simplified) form:
#   end          ends a sentence at a line's end
#   close        a closing quote or bracket, read through to the mark before it (。” ends)
#   pause        a line holding one is running text, not a heading (not a comma between
#                digits: 4,000)
#   item-number  a numeral that, followed by item-end or closed in brackets, starts an item
#   item-end     after an item number (一、 1.)
。  end pause
!  end pause
?  end pause
;  end pause
:  end pause
”  close
’  close
」  close
』  close
)  close
】  close
,  pause
、  pause item-end
.  item-end
一  item-number
二  item-number
三  item-number
四  item-number
五  item-number
六  item-number
七  item-number
八  item-number
九  item-number
十  item-number
0  item-number
1  item-number
2  item-number
3  item-number
4  item-number
5  item-number
6  item-number
7  item-number
8  item-number
9  item-number
