# Words after a figure that make it the one compared with (with.lex before it): 相較, 相比.
相较
相比
比较
相比较
