# Nouns of the members of a set, after a bare percentage that is a share of them:
# 实施100%税目零关税, 覆盖80%地区.
税目
企业
行业
地区
省份
城市
人口
家庭
受访者
用户
样本
