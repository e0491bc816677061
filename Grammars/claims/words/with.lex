# Words before a figure compared with, when a word of comparing (compared.lex) follows it:
# 與113年同月的412.6億美元相較, 和上月的565.0億美元比較, 同上年的…相比.
与
和
同
跟
