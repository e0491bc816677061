# Verbs that give the value a figure changed to (由上年的2.6:30.1:67.3调整为2.5:29.6:67.9):
# the figure after is of the kind of the one it changed from.
调整为
变为
转变为
