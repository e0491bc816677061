# Words that open an aside in brackets defining a short name for what comes before it: the
# aside is no part of the name (职工基本医疗保险（以下简称职工医保）参保人数37968万人 is of
# 职工基本医疗保险参保人数). Not: 广义货币(M2)余额 — a short name with no such word stays.
以下简称
以下称
下称
简称
