# Words of a share's clause, read to find the whole it names. role=
#   share-word     not part of the whole's name: what is left of 在消费支出中占 is the whole
#                  named (消费支出); 占比 names none
#   whole-generic  a whole named only as the total (占总数79.5%): the whole is the one the
#                  breakdown before it is of (从入境渠道看，…)
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
