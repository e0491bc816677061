# What a change is measured against: the contract's basis.
同比        basis=yoy
比上年      basis=yoy
比上年同期  basis=yoy
比去年同期  basis=yoy
较上年      basis=yoy
较去年同期  basis=yoy
与上年同期相比 basis=yoy
按年        basis=yoy
年增        basis=yoy
年减        basis=yoy
比上年度    basis=yoy
# 較一年前的4,254億元上升16.0% (Hong Kong): against the same period a year before.
较一年前    basis=yoy
与一年前    basis=yoy
环比        basis=mom
比上月      basis=mom
较上月      basis=mom
# 與上月修正值14,493億元相比，增加2.3%: against last month, the figure compared with named before
# the rate's clause (not: 与上年同期相比 — a year's).
与上月      basis=mom
按月        basis=mom
月增        basis=mom
以美元计价  basis=yoy-usd
以美元计    basis=yoy-usd
按美元计    basis=yoy-usd
按美元计价  basis=yoy-usd
以人民币计价 basis=yoy
# Taiwan's releases give the year's rate in US dollars, then in New Taiwan dollars: 以新臺幣計，
# 1至10月出口年增31.2% is no restatement of the US-dollar 33.8%. A yoy-… basis said before a
# plain 同比 or 年增 in the sentence holds for it.
以新台币计  basis=yoy-twd
以新台币计算 basis=yoy-twd
以新台币计价 basis=yoy-twd
按新台币计  basis=yoy-twd
# Against the long-term average (水资源总量比多年平均值偏多12.1%, 降水量比常年偏多): a basis of
# its own, set against no level of last year (not: 比上年增加5340.5亿立方米 — yoy).
比多年平均值 basis=long-term-average
比多年平均  basis=long-term-average
较多年平均值 basis=long-term-average
较多年平均  basis=long-term-average
比常年      basis=long-term-average
较常年      basis=long-term-average
