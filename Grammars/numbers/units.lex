# Units and measure words written after a number (and its magnitude: 万吨 is 万 + 吨, 千公顷
# 千 + 公顷, 亿斤 亿 + 斤). The longest match wins, so 亿千瓦时 is read as 亿 + 千瓦时, and a unit
# word that starts with a magnitude character (千瓦, 千克, 兆瓦, 兆字节) is the unit, not 千 or 兆.
#
# code=        the contract's unit: ISO 4217 for money, else a short name (t, kWh, count…)
# dimension=   what it measures: money mass energy power volume area length yield work
#              container data count duration age (kinds.rules names the dimensions)
# class=       what a figure in it is, the same for every unit of a dimension:
#                count    things counted one by one: a count, exact when whole (249个 is
#                         [249, 249]; 130多个 131–139)
#                amount   a measured level: an amount, rounded like any figure
#                time     a duration or an age: a claim only where a rule reads one (连续9年
#                         is a streak); 假期8天 and 16—59岁 are no claims by themselves
# factor=      base units in one of this unit: 打 (a dozen) is 12 things
# not-before=  characters after which the word is no unit: 票房, 台湾, 打开
# of=          a smaller unit of money, read only after a figure in the unit it is part of
#              (五元三毛, 50元6角3分, 两美元又三美分), worth factor= of it; alone (95分, 三角)
#              it is no unit
#
# Words are matched in the working text (Simplified), so a Traditional spelling of the same
# characters (噸, 澳門元, 萬標箱) needs no line of its own; the lines marked Traditional are
# words only Taiwan, Hong Kong or Macau use.

## Money
元          code=CNY dimension=money class=amount
人民币      code=CNY dimension=money class=amount
人民币元    code=CNY dimension=money class=amount
美元        code=USD dimension=money class=amount
美金        code=USD dimension=money class=amount
港元        code=HKD dimension=money class=amount
港币        code=HKD dimension=money class=amount
欧元        code=EUR dimension=money class=amount
日元        code=JPY dimension=money class=amount
日圆        code=JPY dimension=money class=amount
英镑        code=GBP dimension=money class=amount
新台币      code=TWD dimension=money class=amount
台币        code=TWD dimension=money class=amount
澳门元      code=MOP dimension=money class=amount
澳门币      code=MOP dimension=money class=amount
澳元        code=AUD dimension=money class=amount
澳币        code=AUD dimension=money class=amount
加元        code=CAD dimension=money class=amount
加币        code=CAD dimension=money class=amount
加拿大元    code=CAD dimension=money class=amount
新加坡元    code=SGD dimension=money class=amount
新加坡币    code=SGD dimension=money class=amount
新西兰元    code=NZD dimension=money class=amount
纽元        code=NZD dimension=money class=amount
瑞士法郎    code=CHF dimension=money class=amount
瑞郎        code=CHF dimension=money class=amount
韩元        code=KRW dimension=money class=amount
卢布        code=RUB dimension=money class=amount
奈拉        code=NGN dimension=money class=amount
泰铢        code=THB dimension=money class=amount
卢比        code=INR dimension=money class=amount
印尼盾      code=IDR dimension=money class=amount
越南盾      code=VND dimension=money class=amount
林吉特      code=MYR dimension=money class=amount
菲律宾比索  code=PHP dimension=money class=amount
墨西哥比索  code=MXN dimension=money class=amount
雷亚尔      code=BRL dimension=money class=amount
兰特        code=ZAR dimension=money class=amount
里拉        code=TRY dimension=money class=amount
迪拉姆      code=AED dimension=money class=amount
沙特里亚尔  code=SAR dimension=money class=amount
瑞典克朗    code=SEK dimension=money class=amount
挪威克朗    code=NOK dimension=money class=amount
丹麦克朗    code=DKK dimension=money class=amount
# Smaller units of money, only after a figure in their larger unit.
角          of=元 factor=0.1
毛          of=元 factor=0.1
分          of=元 factor=0.01
毫          of=元 factor=0.1        # Hong Kong and Macau: 五元三毫
仙          of=元 factor=0.01       # Hong Kong: 五元三毫五仙
美分        of=美元 factor=0.01

## Mass
吨          code=t dimension=mass class=amount
公吨        code=t dimension=mass class=amount      # Traditional
公斤        code=kg dimension=mass class=amount
千克        code=kg dimension=mass class=amount
克          code=g dimension=mass class=amount
斤          code=jin dimension=mass class=amount
市斤        code=jin dimension=mass class=amount
# Gold reserves in (troy) ounces: 黄金储备7412万盎司 (not: 盎 alone — no unit).
盎司        code=oz dimension=mass class=amount

## Ships' tonnage (造船完工量3908万载重吨, 新接订单1486万修正总吨): a ship's capacity, not its
## mass (not: 3908万吨 — tonnes of mass).
载重吨      code=dwt dimension=deadweight class=amount
修正总吨    code=cgt dimension=tonnage class=amount
总吨        code=gt dimension=tonnage class=amount

## Yield per area
公斤/亩     code=kg/mu dimension=yield class=amount
千克/亩     code=kg/mu dimension=yield class=amount
公斤每亩    code=kg/mu dimension=yield class=amount
公斤/公顷   code=kg/ha dimension=yield class=amount
千克/公顷   code=kg/ha dimension=yield class=amount
斤/亩       code=jin/mu dimension=yield class=amount

## Concentration (air and water quality: PM2.5平均浓度为29.3微克/立方米)
微克/立方米  code=ug/m3 dimension=concentration class=amount
微克每立方米 code=ug/m3 dimension=concentration class=amount
毫克/立方米  code=mg/m3 dimension=concentration class=amount
毫克/升      code=mg/L dimension=concentration class=amount

## Energy and power
千瓦时      code=kWh dimension=energy class=amount
千瓦小时    code=kWh dimension=energy class=amount
度电        code=kWh dimension=energy class=amount
兆瓦时      code=MWh dimension=energy class=amount
吨标准煤    code=tce dimension=energy class=amount
吨标煤      code=tce dimension=energy class=amount
千瓦        code=kW dimension=power class=amount
瓩          code=kW dimension=power class=amount     # Traditional
兆瓦        code=MW dimension=power class=amount
吉瓦        code=GW dimension=power class=amount

## Weather: temperature and precipitation (全国平均气温10.92℃，较常年偏高1.03℃; 平均降水量697.7毫米)
℃          code=degC dimension=temperature class=amount
摄氏度      code=degC dimension=temperature class=amount

## Volume, area, length
立方米      code=m3 dimension=volume class=amount
立方公尺    code=m3 dimension=volume class=amount    # Traditional
桶          code=bbl dimension=volume class=amount
公升        code=L dimension=volume class=amount     # Traditional
平方米      code=m2 dimension=area class=amount
平方公尺    code=m2 dimension=area class=amount      # Traditional
平方公里    code=km2 dimension=area class=amount
平方千米    code=km2 dimension=area class=amount
公顷        code=ha dimension=area class=amount
亩          code=mu dimension=area class=amount
公里        code=km dimension=length class=amount
千米        code=km dimension=length class=amount
米          code=m dimension=length class=amount
毫米        code=mm dimension=length class=amount
厘米        code=cm dimension=length class=amount
公尺        code=m dimension=length class=amount     # Traditional

## Transport work, containers, data
人公里      code=passenger-km dimension=work class=amount
旅客人公里  code=passenger-km dimension=work class=amount
吨公里      code=t-km dimension=work class=amount
货物吨公里  code=t-km dimension=work class=amount
标箱        code=TEU dimension=container class=amount
标准箱      code=TEU dimension=container class=amount
个标准箱    code=TEU dimension=container class=amount
个标箱      code=TEU dimension=container class=amount
TEU         code=TEU dimension=container class=amount
标准货柜    code=TEU dimension=container class=amount  # Traditional
# Hong Kong's port figures name the unit in full (356.2萬個標準貨櫃單位; not: 貨櫃 alone, a count of boxes)
标准货柜单位    code=TEU dimension=container class=amount
个标准货柜单位  code=TEU dimension=container class=amount
个标准货柜      code=TEU dimension=container class=amount
兆字节      code=MB dimension=data class=amount

## Counts of people, cases, items, trips
人次        code=count dimension=count class=count
人          code=count dimension=count class=count
名          code=count dimension=count class=count not-before=单义列牌
位          code=count dimension=count class=count not-before=居列于次数
个          code=count dimension=count class=count
家          code=count dimension=count class=count not-before=庭电用具
户          code=count dimension=count class=count not-before=籍外口型
所          code=count dimension=count class=count not-before=得有在属以
项          code=count dimension=count class=count
起          code=count dimension=count class=count not-before=步飞点来诉草源
宗          code=count dimension=count class=count
例          code=count dimension=count class=count not-before=如外
件          code=count dimension=count class=count
批          code=count dimension=count class=count not-before=准发复
批次        code=count dimension=count class=count
票          code=count dimension=count class=count not-before=房价据务证
单          code=count dimension=count class=count not-before=位独一元
笔          code=count dimension=count class=count
份          code=count dimension=count class=count not-before=额
张          code=count dimension=count class=count
篇          code=count dimension=count class=count
部          code=count dimension=count class=count
款          code=count dimension=count class=count not-before=项
种          code=count dimension=count class=count not-before=植
类          code=count dimension=count class=count not-before=似
大类        code=count dimension=count class=count
套          code=count dimension=count class=count not-before=餐
条          code=count dimension=count class=count not-before=件例款
次          code=count dimension=count class=count not-before=日年数
场          code=count dimension=count class=count not-before=所景
册          code=count dimension=count class=count
本          code=count dimension=count class=count not-before=地土身
枚          code=count dimension=count class=count
颗          code=count dimension=count class=count
株          code=count dimension=count class=count
棵          code=count dimension=count class=count
剂          code=count dimension=count class=count
剂次        code=count dimension=count class=count
支          code=count dimension=count class=count not-before=出付持撑
打          code=count dimension=count class=count factor=12 not-before=开造击通破响赢算工球车电印卡折
# Vehicles, ships, aircraft, trains and their trips.
辆          code=count dimension=count class=count
台          code=count dimension=count class=count not-before=湾阶风
艘          code=count dimension=count class=count
艘次        code=count dimension=count class=count
架          code=count dimension=count class=count not-before=构
架次        code=count dimension=count class=count
列          code=count dimension=count class=count not-before=入为举出
列次        code=count dimension=count class=count
车次        code=count dimension=count class=count
班次        code=count dimension=count class=count
航班        code=count dimension=count class=count
趟          code=count dimension=count class=count
# Places, buildings, animals.
座          code=count dimension=count class=count not-before=谈
处          code=count dimension=count class=count not-before=理于在置
间          code=count dimension=count class=count
栋          code=count dimension=count class=count
头          code=count dimension=count class=count not-before=部
只          code=count dimension=count class=count not-before=有是能要
匹          code=count dimension=count class=count not-before=配
羽          code=count dimension=count class=count

## Durations and ages
年          code=year dimension=duration class=time not-before=级
个月        code=month dimension=duration class=time
个季度      code=quarter dimension=duration class=time
季度        code=quarter dimension=duration class=time
个星期      code=week dimension=duration class=time
星期        code=week dimension=duration class=time
周          code=week dimension=duration class=time not-before=年边期末
天          code=day dimension=duration class=time not-before=然气
日          code=day dimension=duration class=time not-before=均前内起后
# Working days, a time limit's unit (60个工作日; not: 工作日加班 — no number before it)
工作日      code=day dimension=duration class=time
个工作日    code=day dimension=duration class=time
晚          code=night dimension=duration class=time not-before=会上于间点
夜          code=night dimension=duration class=time
小时        code=hour dimension=duration class=time
个小时      code=hour dimension=duration class=time
分钟        code=minute dimension=duration class=time
秒          code=second dimension=duration class=time
岁          code=year dimension=age class=time
周岁        code=year dimension=age class=time
