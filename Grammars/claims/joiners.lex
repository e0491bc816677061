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
