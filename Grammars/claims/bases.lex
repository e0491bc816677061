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
环比        basis=mom
比上月      basis=mom
较上月      basis=mom
按月        basis=mom
月增        basis=mom
