# Words of a share's clause, read to find the whole it names. role=
#   share-word     not part of the whole's name: what is left of 在消费支出中占 is the whole
#                  named (消费支出); 占比 names none
#   whole-generic  a whole named only as the total (占总数79.5%): the whole is the one the
#                  breakdown before it is of (从入境渠道看，…)
#   whole-prefix   a name said of the whole (全国居民人均可支配收入), chosen when several figures
#                  end with the name a share's clause gives (在可支配收入中), the urban and the
#                  rural one too; with none or several such, the share is linked to none
占比    role=share-word
比重    role=share-word
比例    role=share-word
占      role=share-word
在      role=share-word
中      role=share-word
的      role=share-word
为      role=share-word
约      role=share-word
达      role=share-word
总数    role=whole-generic
总量    role=whole-generic
总额    role=whole-generic
总体    role=whole-generic
全部    role=whole-generic
全国    role=whole-prefix
全体    role=whole-prefix
全省    role=whole-prefix
全市    role=whole-prefix
全区    role=whole-prefix
