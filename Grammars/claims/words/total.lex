# Words that add up the figures before them: 合计超过90% is of the kind they are.
合计
共计
合共
总计
加起来
