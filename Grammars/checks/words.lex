# Words the checker reads in the text around figures. role=
#   breakdown   between a level and a later figure, makes the later a part of it:
#               汽车322.7万辆…其中，新能源汽车158.0万辆
#   among       with `among-part` last before the part: 在41个工业大类行业中，有36个行业
#   among-part  the last character before such a part (有)
#   threshold   before a list of scale words, makes them thresholds: 超过万亿元、千亿元和百亿元
#               (the scale words are the unit and magnitude characters of numbers/numerals.lex)
#   vague-tail  inside a figure, left out of the unit words its messages repeat:
#               万亿元 of 6000多亿元. Read in the original text, so Traditional forms are
#               listed too (they would otherwise be made Simplified like every entry)
#   noun-end    ends the noun counted after a count (249个国家和地区的…, …、…)
#   per-day     before an average a day (日均187.1万人次): the figure is a total over the
#               days of its period, or of the days stated in its paragraph, divided by them
#               (not:   人均 is per person: 人均可支配收入 has no divisor in days)
#   calendar-day  in a per-day average's or its total's clause, names a flow that runs every
#               day (发电, 起降, 吞吐量, 客运量): the calendar days of the total's stated period
#               are its divisor, a strong link (not: 日均成交额 — markets average over trading
#               days, offices over working days: those stay unverifiable when they miss)
#   valuation   in a growth rate's clause, says it is a currency's value against another,
#               which moves the other way from the exchange rate quoted in it: 與去年底之32.781元
#               相比，累計升值7.6% is 32.781 / 30.471 − 1, no growth of the quoted levels (not:
#               匯率上升1.2% — the quoted rate itself)
#   partner-open  opening the name of the whole a share is of, names a partner: 占对共建国家
#               出口总值的51.0% is of the exports to those countries, no share of all exports
#               over a strong link (not: 占出口总值的 — no partner); the words of toward (对)
#               serve so too
#   per-month   before an average a month (平均每月新设5300家): the figure is a total over the
#               months of the total's period (前10个月: 10)
#   split-open  opening a clause that names a change, closed by 中 (among), the changes in
#               points after it split (在0.2%的同比变动中，翘尾影响约为…，新影响约为…)
#   day         after a count of days (假期8天): the days a per-day average divides by
#   faster      before the subject a rate is compared with, its gap in points after:
#               装备制造业增加值增长7.7%，快于规模以上工业1.9个百分点
#               (not:   比上月上升0.3个百分点 — a period compared, not a subject)
#   slower      the same, the rate below the one compared with: 低于全部投资2.1个百分点
#               (an `above` or `below` word of two characters with no 比 before it in the clause
#               serves so too: 高出全部企业平均水平2.1个百分点)
#   dimension-open, dimension-close
#               a clause of the first, up to six characters and the second turns to a
#               breakdown of the figure before it: 按季节分，夏粮…；早稻…；秋粮…
#               分地区看，东部…，中部… (not: 分别 — the second is not within six characters
#               before a comma); dimension-both is either (分)
#   intensive   in a level's clause, makes it an average or a ratio that does not add up:
#               城镇居民人均可支配收入28844元 and 农村居民… are no parts of the national figure
#               (not: 人数 — a count of people adds up)
#   compared-period  in brackets beside a change in points, before the rate there, names
#               the period compared with: the bracket holds that period's rate:
#               毛入园率92.1%，比上年提高1.0个百分点（上年为91.1%）; also right before such a
#               bracket: 病床使用率77.2%，比上年（79.5%）降低2.3个百分点
#               (not:   （其中农村为88.6%）— a part's rate of the same period)
#   year-suffix after the digits of a year, which names a period compared with the same way:
#               降幅比上年收窄4.2个百分点（2024年为下降12.9%）
#   compare     before the other subject of a gap said as 比…高/低: 名义增速比城镇居民高2.0个百分点
#               (not:   比上年高0.5个百分点 — a period compared, see compared-period)
#   above       right before the gap, after 比 and the other subject: the rate is above it
#               (城镇居民出游人次增速比农村高出6.4个百分点)
#   below       the same, the rate below the other's (比全部投资低2.1个百分点)
#               (not:   比上月下降0.3个百分点 — a change of one rate, no other subject)
#   multiple-of before the other subject of a multiple, with 的 (the noun-end) right before
#               the figure: 注册护士数是执业（助理）医师的1.19倍 — the first figure over the
#               other's, both said before it in the paragraph
#               (not:   是全国平均水平的2.3倍 — no figure of the other is said; nothing checked)
#   pull        in a pull's clause, between the part's name and the whole's: 工资性收入增长拉动
#               全体居民收入增长3.2个百分点 (the names read when no subject read finds the levels)
#               (not:   快于规模以上工业1.9个百分点 — a gap between two rates, no pull)
#   pull-end    ends the whole's name before the figure, and is cut from the end of the part's
#               name (增长, 增速: 全体居民收入增长 → 全体居民收入; 工资性收入增长 → 工资性收入)
#   contribution  a contribution rate right after a pull in its sentence whose clause holds
#               nothing before this word but `toward` and the whole's name is of the pull's
#               part: ，对收入增长的贡献约为六成 (not: ，其中消费贡献率为50% — a part of its own)
#   toward      opens such a clause before the whole's name (对)
#   total       after parts named together, joined as in checks/partitions.rules: the figure
#               after it is of them all (工业与服务业合计超过90%: a sum of their figures;
#               资通视听与电子零组件合计年增65.5%: the growth of their levels together)
#               (not:   医疗保健以及其他用品及服务合计3320元 — a level: read as one part of a
#               list, its names not resolved to figures)
#   respectively  pairs names listed before it with the figures after it, in order:
#               同城、异地、国际/港澳台快递业务量分别占全部快递业务量的6.7%、91.4%和1.9% (the names'
#               levels said before over the whole's named after 占)
#               (not:   同城快递业务量占全部快递业务量的6.7% — no list of names)
#   loose       right before a share's verb, makes the share approximate though its figure
#               reads exact: 约占全部机场的四分之一 is about 25% (a tenth either way is not called
#               an error) (not: 占比约25% — the qualifier stands before the figure itself)
#   net         names a balance of flows in a figure's clause: a part of it may be larger
#               than it (经常账户顺差3006亿美元，其中，货物贸易顺差4566亿美元: the other items are
#               deficits), so no part-within-whole order is checked; and a whole a share names
#               with it (占服务贸易逆差的89.2%) is a figure named with it too, not 服务贸易收入
#               (not:   汽车322.7万辆…其中，新能源汽车158.0万辆 — counts of one thing nest)
#   rest        in the last item of a listed breakdown, names what the other items leave: the
#               list closes, its items make the whole (煤炭22.58亿吨、金属矿石5.12亿吨、钢铁及有色金属
#               3.06亿吨、其他货物10.52亿吨), and a sum that fails is an error
#               (not: 分行业看，制造业…，服务业…，高技术产业… — no item of the rest: members may be
#               left out or overlap, and a failing sum proves nothing)
#   offset      after a numeral of checks/totals.lex (两者): the figure of the clause is the
#               difference of the two levels before it in its sentence (对外投资收益1268亿美元…；
#               外资在华投资收益1898亿美元…，两者相抵形成投资收益逆差630亿美元)
#               (not: 两者合计 — a total, their sum)
#   gap-noun    the rate just said, named by its size before a word of comparing and the
#               rate compared with: 漲幅較9月之1.15%擴大0.19個百分點 ties the change to that rate and
#               the one said before it in its sentence (not: 比9月份增长… — no gap noun: the rate
#               compared may be any of the sentence's)
#   restated-base  in a growth rate's clause before it, says its base is the earlier
#               figure restated to this period's scope: 较2024年国庆节假日7天增加1.23亿人次，
#               按可比口径同比增长6.2% is no ratio of the levels (not: 比上年增长6.2% — the
#               base is the earlier level itself)
#   rate-of     before 是/为 … 的 and a multiple, makes it a multiple of the two subjects'
#               growth rates: 国际航线货邮运输量增速约为国内航线的4.7倍 (not: 注册护士数是执业
#               （助理）医师的1.19倍 — a multiple of the levels); a word of another role
#               serves so too when it has rate=yes
# among, among-part, split-open, vague-tail, noun-end, day, year-suffix, compare and dimension entries are one character each.
其中    role=breakdown
这里面  role=breakdown
这其中  role=breakdown
中      role=among
在      role=split-open
有      role=among-part
超过    role=threshold
以上    role=threshold
多      role=vague-tail
余      role=vague-tail
餘      role=vague-tail
的      role=noun-end
、      role=noun-end
日均    role=per-day
平均每日  role=per-day
平均每天  role=per-day
每日平均  role=per-day
# 占向…出口总值的: a whole of a partner's (对, of the role toward, serves so too).
向        role=partner-open
# A currency's value against another (新臺幣對美元升值7.6%).
升值      role=valuation
贬值      role=valuation
# Flows of every calendar day: power, transport, ports, travellers, deliveries.
发电      role=calendar-day
起降      role=calendar-day
吞吐量    role=calendar-day
客运量    role=calendar-day
货运量    role=calendar-day
旅客      role=calendar-day
出入境    role=calendar-day
快递业务量  role=calendar-day
# Output of mines, wells and plants runs every day (原油产量１８０５万吨…；日均产量56.2万吨).
产量      role=calendar-day
# 前10个月平均每月新设…超过5300家: a total over the months of its period.
月均    role=per-month
平均每月  role=per-month
每月平均  role=per-month
天      role=day
快于    role=faster
慢于    role=slower
高于    role=faster
低于    role=slower
分      role=dimension-both
按      role=dimension-open
从      role=dimension-open
看      role=dimension-close
# 按失業原因觀察，: Taiwan's releases say 观察 where others say 看, and open it with 就 as well
# (就四大業別觀察：; not: 就业 — no clause of six characters ends with 看 or 察 after it).
察      role=dimension-close
就      role=dimension-open
人均    role=intensive
平均    role=intensive
单产    role=intensive
均价    role=intensive
每      role=intensive
上年    role=compared-period
去年    role=compared-period
上月    role=compared-period
上年末  role=compared-period
去年末  role=compared-period
上年同期  role=compared-period
去年同期  role=compared-period
上季度  role=compared-period
上一年  role=compared-period
前一年  role=compared-period
年      role=year-suffix
比      role=compare
较      role=compare
高      role=above
高出    role=above
快      role=above
快出    role=above
低      role=below
低出    role=below
慢      role=below
是      role=multiple-of
为      role=multiple-of
相当于  role=multiple-of
拉动    role=pull
带动    role=pull
拖累    role=pull
推动    role=pull
下拉    role=pull
增长    role=pull-end
增速    role=pull-end  rate=yes
贡献    role=contribution
对      role=toward
合计    role=total
合共    role=total
共计    role=total
总计    role=total
分别    role=respectively
约      role=loose
大约    role=loose
近      role=loose
接近    role=loose
将近    role=loose
顺差    role=net
逆差    role=net
差额    role=net
净      role=net
盈余    role=net
赤字    role=net
利润    role=net
# A fund's balance: 总收入…，总支出…；当期结存5133.74亿元 (当期结余 of social insurance funds).
结存    role=net
结余    role=net
其他    role=rest
其它    role=rest
其余    role=rest
相抵    role=offset
# compared-close  ends the clause naming the figure a rate is compared with, right before the
#               rate's clause: that figure is the base the text says the rate is of, so no
#               revised base explains a gap (與上一季的348.9萬個標準貨櫃單位比較，則上升1.2%)
#               (not: 与上年相比，增长5% — no figure in the clause; nothing to compute)
比较    role=compared-close
相比    role=compared-close
相较    role=compared-close
相比较  role=compared-close
轧差    role=offset
涨幅    role=gap-noun
增幅    role=gap-noun  rate=yes
升幅    role=gap-noun
降幅    role=gap-noun
跌幅    role=gap-noun
# 按可比口径同比增长6.2%, 同口径增长: the base restated to this period's scope.
可比口径    role=restated-base
同口径      role=restated-base
# A fund's accumulated balance (年末累计结余, 滚存结余), not the year's income less spending.
累计结余    role=stock
累计结存    role=stock
滚存结余    role=stock
历年结余    role=stock
# 增速约为国内航线的4.7倍: a multiple of growth rates (增速 and 增幅, of other roles, say so
# with rate=yes).
增长率      role=rate-of
增长速度    role=rate-of
