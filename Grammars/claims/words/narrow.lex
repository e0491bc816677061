# A gap between rates narrowing or widening.
收窄
缩小
