# The 的 that ties a figure to what is said of it (比上年的5.3%, 5.3%的增速), and 之, its form in
# Taiwan's and Hong Kong's releases (較上年同月之49.7%, 占外銷訂單總額之33.5%).
的
之
# (not: 在1.2%至8.7%之间 — 之间 is "between", tying nothing)
之间    not
