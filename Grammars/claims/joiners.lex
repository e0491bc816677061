# Words that join the items of a list: 分别增长7.7%、2.9%和2%. A quantity joined to the
# one before it by these takes its kind, and a list shares its last item's unit
# (分别收窄1.4个、1.3个和0.7个百分点).
、
和
及
与
以及
或
,和
# Words that hold a list mark but join nothing (flag not): 互联网普及率为79.7% is of 互联网普及率,
# not of 率 (not: 出口和进口分别增长 — 和 there joins two names).
普及    not
涉及    not
惠及    not
波及    not
危及    not
遍及    not
触及    not
顾及    not
及时    not
总和    not
和平    not
和谐    not
参与    not
