# Single characters just before a number that change how it is read. Flags:
#   ordinal      the number is an ordinal and takes the character in: 第三, 第一
#   doubling     may stand between a qualifier and a doubling (增长了近一番, 近翻了一番):
#                skipped when the qualifier before a doubling is looked for
#   money-part   may stand between a figure of money and its smaller part: 两美元又三美分
#   note         in brackets right before a number of one or two digits, closed right after
#                it, makes it a footnote's mark, no figure: 职位空缺率[註1]为1.9%, （注2）
#                (not: 增长（2%） — a unit, and no note word; [1] alone is a mark too)
第      ordinal
翻      doubling
了      doubling
又      money-part
注      note
