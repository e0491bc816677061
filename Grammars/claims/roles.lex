# Words of several characters whose role the extractor and resolver read. role=
#   breakdown    what follows are parts of the level before it, and keep what that level
#                belongs to: 跨境电商进出口约1.32万亿元。其中，出口约1.03万亿元
#   same-below   after a currency, declares it for the rest of the release: 4,129亿元（港元，下同）
其中    role=breakdown
这里面  role=breakdown
这其中  role=breakdown
下同    role=same-below
