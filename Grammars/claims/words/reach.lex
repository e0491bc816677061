# Verbs of a level reached or lost, with no change of their own: 站上53% is of the kind of the
# figure before it (a rate after a PMI).
站上
站稳
跌破
重回
