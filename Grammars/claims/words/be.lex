# Copulas before a figure that restates the one before it: 则是3.81个百分点.
是
则是
为
则为
