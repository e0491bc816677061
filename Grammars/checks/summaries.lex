# Words of the summaries that restate a release's figures: a headline (the lines before the
# first line with a full stop), and the turns of a host or a reporter in a briefing
# transcript against the answers. role=
#   asker   in a speaker's label (the words before ：at a paragraph's start), makes the turn
#           a host's or a reporter's, whose figures restate the release's or an answer's:
#               主持人：前8个月，货运量超过380亿吨 — against 货运量一共完成380.6亿吨 of the
#               spokesman's turn (a bound, checked)
#           (not: 交通运输部发言人：…, 海关总署负责人：… — an answer, the figures restated;
#            not: 主题：, 时间： — a label with no asker word opens no asker turn)
#   verb    at the end of the words before a summary's figure, not part of its name:
#               快递超过1300亿件 is named 快递, matched in 快递业务量是1282亿件
#           (not: 总量 — a name: 总量超20亿人次 is named 总量)
#   lead    the label of a lead paragraph (导语：10月末，广义货币（M2）余额同比增长8.2%…): the
#           paragraph restates figures of the body after it
#           (not: 主题：… — a label with no lead word makes no summary)
#   section-number, section-end
#           a short line without a full stop that opens with section numerals and the mark
#           after them is a section heading: 一、广义货币增长8.2%，狭义货币增长6.2% restates
#           figures of its section, up to the next heading (not: 1.5亿 — no mark after)
# Only a text with no host's or reporter's turns reads leads and headings.
# Entries are matched in the working text (Simplified), so Traditional forms match too.
主持人  role=asker
主持    role=asker
记者    role=asker
问      role=asker
提问    role=asker
超过    role=verb
超      role=verb
突破    role=verb
首破    role=verb
首次    role=verb
首度    role=verb
站上    role=verb
站稳    role=verb
达到    role=verb
达      role=verb
逾      role=verb
近      role=verb
接近    role=verb
约      role=verb
为      role=verb
是      role=verb
升至    role=verb
降至    role=verb
增长    role=verb
同比    role=verb
双双    role=verb
已      role=verb
有      role=verb
导语    role=lead
一      role=section-number
二      role=section-number
三      role=section-number
四      role=section-number
五      role=section-number
六      role=section-number
七      role=section-number
八      role=section-number
九      role=section-number
十      role=section-number
、      role=section-end
