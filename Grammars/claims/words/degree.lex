# Survey measures given as the share of those asked who answer so: 满意度达到94% is the share
# of visitors satisfied (a share, not a rate).
满意度
推荐度
认可度
知晓度
