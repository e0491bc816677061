# Letters of pinyin glosses that reposting sites put after characters: 進(jìn)出口,
# 貿(mào)易. A gloss is ( letters [space] ) right after a Chinese character; it is removed
# from the working text and reported as a noise-removed diagnostic.
letters     chars=abcdefghijklmnopqrstuvwxyzāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ
