# Nouns after a count that make it rhetoric rather than a figure: 三个方面, 一个中等国家.
方面
层面
特点
原则
环节
阶段
重点
问题
关口
中等国家
步骤
维度
指标
