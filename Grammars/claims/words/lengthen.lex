# Verbs that make a duration longer (逗留时间延长0.2日): a change.
延长
