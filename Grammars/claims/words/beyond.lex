# Words comparing a figure with another party's: 超过对…的26.6% is of the kind of the figure
# before it.
超过
超出
高于
低于
快于
慢于
好于
