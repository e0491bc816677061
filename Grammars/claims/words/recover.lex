# Verbs of a level returning towards an earlier one: 恢复至2019年同期的92% is a rate.
恢复
恢复到
恢复至
