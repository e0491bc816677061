# Nouns of a bare ratio of two figures: 城乡居民收入比为2.34.
收入比
之比
生师比
师生比
比值
