# Words of each one of a series (平均每5天): a figure after one is a step, not an average.
每
每隔
