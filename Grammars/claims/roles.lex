# Words of several characters whose role the extractor and resolver read. role=
#   breakdown    what follows are parts of the level before it, and keep what that level
#                belongs to: 跨境电商进出口约1.32万亿元。其中，出口约1.03万亿元
#   same-below   after a currency, declares it for the rest of the release: 4,129亿元（港元，下同）
#   compared-close  right after a figure, closes a clause that sets it against this period's:
#                the figure is of the period compared with (與上月修正值14,493億元相比，增加2.3% —
#                14,493 is last month's); not: 与上月相比，销售值增加2.3% — no figure before it
其中    role=breakdown
这里面  role=breakdown
这其中  role=breakdown
下同    role=same-below
相比    role=compared-close
比较    role=compared-close
相较    role=compared-close
