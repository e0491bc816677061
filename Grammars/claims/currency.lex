# Currencies a release may declare for its bare 元: 4,129亿元（港元，下同）. A release in
# Traditional characters that names one of these and never renminbi (code=CNY) uses it for
# 元 too; a figure that names renminbi itself keeps CNY.
人民币      code=CNY
港元        code=HKD
港币        code=HKD
新台币      code=TWD
澳门元      code=MOP
澳门币      code=MOP
