# Words of a structure of shares written with colons (三次产业结构为2.5:29.6:67.9): the
# figures after are shares of a whole.
结构
