# Before the figure a level moved from: 失业率由上月的5.3%下降至5.2%, 比重从58.1%提高到59.4%.
# (not: 由于 — a cause, 从业 — a noun: 从业人员)
由
从
由于        not
从业        not
