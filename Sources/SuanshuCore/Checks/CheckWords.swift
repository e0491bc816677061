/// The words the checker reads around figures (checks/words.lex), and the scale words of
/// thresholds (万亿, 千亿, 百亿: the unit and magnitude characters of numbers/numerals.lex).
struct CheckWords: Sendable {
    /// 其中: between a level and a later figure, the later is a part of it.
    let breakdown: [[UInt16]]
    /// 中 … 有: 在41个工业大类行业中，有36个行业.
    let among: UnitSet
    let amongPart: UnitSet
    /// 超过, 以上: a list of scale words after one is a list of thresholds.
    let threshold: [[UInt16]]
    /// 多, 余, 餘: left out of the unit words a message repeats, which are the original's
    /// (each entry as written and as made Simplified).
    let vagueTail: UnitSet
    /// 的 、: end the noun counted after a count.
    let nounEnd: UnitSet
    /// 十 百 千 (powers 1–3) and 万 亿 (4, 8): a run of them is one scale word, its power the sum.
    /// 日均, 平均每日: before a per-day average.
    let perDay: [[UInt16]]
    /// 月均, 平均每月: before a per-month average.
    let perMonth: [[UInt16]]
    /// 在: opening a clause that names a change the parts after it split (在0.2%的同比变动中，).
    let splitOpen: UnitSet
    /// 天: after a count of days.
    let day: UnitSet
    /// 快于, 高于 (and 慢于, 低于): before the subject a rate is compared with.
    let faster: [[UInt16]]
    let slower: [[UInt16]]
    /// 分…看, 按…分: a clause turning to a breakdown.
    let dimensionOpen: UnitSet
    let dimensionClose: UnitSet
    /// 人均, 平均: a level that is an average, which does not add up.
    let intensive: [[UInt16]]
    /// Words of a share's clause that are not the whole's name (checks/share-words.lex), longest
    /// first, and the words that name the whole only as the total.
    let shareWords: [[UInt16]]
    let wholeGeneric: [[UInt16]]
    /// 全国, 全体: a name said of the whole, not of a part.
    let wholePrefix: [[UInt16]]
    /// 占, 在: the whole's name follows (tried in this order).
    let wholeOpeners: [UInt16]
    /// 中, 的: share words that end the whole's name.
    let nameEnds: UnitSet
    /// 平均数: the whole is the mean of the part's own group.
    let wholeMean: [[UInt16]]
    /// Words a figure's name may end with past the whole a share names (占食肆總收益的 →
    /// 食肆總收益價值; 占受僱員工的 → 受僱員工人數).
    let wholeEndings: [String]
    let scaleUnits: [UInt16: Int]
    let scaleMagnitudes: [UInt16: Int]
    /// 上年, 上月 (and the digits of a year before 年): in brackets beside a change in points,
    /// the period whose rate the bracket holds.
    let comparedPeriod: [[UInt16]]
    let yearSuffix: UnitSet
    /// 比 … 高/低 … 个百分点: a gap between the rate and another subject's.
    let compare: UnitSet
    /// 涨幅, 降幅: before a word of comparing and the rate compared with, the rate just said.
    let gapNoun: [[UInt16]]
    /// 按可比口径: in a growth rate's clause, its base is last period's figure restated to this
    /// one's scope, not the earlier level the text states.
    let restatedBase: [[UInt16]]
    /// 增速: before 是/为 … 的 and a multiple, makes it a multiple of growth rates.
    let rateOf: [[UInt16]]
    /// 累计结余: a balance built up over the years, not one period's flows less each other.
    let stock: [[UInt16]]
    /// 发电, 起降: measures averaged over every calendar day (no working or trading days).
    let calendarDay: [[UInt16]]
    /// 升值, 贬值: a currency's value, which moves against its exchange rate as quoted.
    let valuation: [[UInt16]]
    /// 对, 向: opening the name of a whole a share is of, a partner (占对共建国家出口总值的).
    let partnerOpen: [[UInt16]]
    let above: [[UInt16]]
    let below: [[UInt16]]
    /// 是 … 的 (a noun-end) before a multiple: the words between name the subject it is a multiple of.
    let multipleOf: [[UInt16]]
    /// 拉动, 拖累: a pull in points whose clause names its part before the word and its whole
    /// after it, up to a `pullEnd` word (增长) before the figure.
    let pull: [[UInt16]]
    let pullEnd: [[UInt16]]
    /// 贡献 after 对 (and the whole's name) or alone: a contribution rate that names no part
    /// of its own.
    let contribution: [[UInt16]]
    let toward: [[UInt16]]
    /// 合计: the figure after it is of the parts named before it (工业与服务业合计超过90%).
    let total: [[UInt16]]
    /// 分别: pairs the names listed before it with the figures after it, in order.
    let respectively: [[UInt16]]
    /// 约, 近 right before a share's verb (约占…的四分之一): the share is approximate.
    let loose: [[UInt16]]
    /// 顺差, 逆差, 净: a balance of flows, which a part of it may exceed (货物贸易顺差 within
    /// 经常账户顺差), and which a whole named with it must name too.
    let net: [[UInt16]]
    /// 其他, 其余: the item of a list that holds the rest, which closes the list.
    let rest: [[UInt16]]
    /// 相抵, 轧差: after 两者, the figure is the difference of the two before it.
    let offset: [[UInt16]]
    /// 比较, 相比: close the clause naming the figure a rate is compared with.
    let comparedClose: [[UInt16]]
    /// 人均: an average a person; 人 ends a count of people; 人口 names a population.
    let perPerson: [[UInt16]]
    let person: UnitSet
    let population: [[UInt16]]
    /// 两, 三 (checks/totals.lex): a total of so many figures before it (两者合计).
    let partsCounts: [UInt16: Int]

    init(_ files: GrammarFiles) throws {
        var breakdown: [[UInt16]] = [], threshold: [[UInt16]] = [], perDay: [[UInt16]] = [], perMonth: [[UInt16]] = [], faster: [[UInt16]] = [], slower: [[UInt16]] = [], intensive: [[UInt16]] = []
        var day = UnitSet(), dimensionOpen = UnitSet(), dimensionClose = UnitSet(), splitOpen = UnitSet()
        var comparedPeriod: [[UInt16]] = [], yearSuffix = UnitSet(), compare = UnitSet(), above: [[UInt16]] = [], below: [[UInt16]] = []
        var multipleOf: [[UInt16]] = []
        var pull: [[UInt16]] = [], pullEnd: [[UInt16]] = [], contribution: [[UInt16]] = [], toward: [[UInt16]] = [], total: [[UInt16]] = [], respectively: [[UInt16]] = [], loose: [[UInt16]] = [], net: [[UInt16]] = [], rest: [[UInt16]] = [], offset: [[UInt16]] = [], comparedClose: [[UInt16]] = [], gapNoun: [[UInt16]] = [], perPerson: [[UInt16]] = [], population: [[UInt16]] = []
        var restatedBase: [[UInt16]] = [], rateOf: [[UInt16]] = [], stock: [[UInt16]] = [], calendarDay: [[UInt16]] = [], valuation: [[UInt16]] = [], partnerOpen: [[UInt16]] = []
        var person = UnitSet()
        var among: UnitSet = UnitSet(), amongPart: UnitSet = UnitSet(), vagueTail: UnitSet = UnitSet(), nounEnd: UnitSet = UnitSet()
        enum Role { case breakdown, among, amongPart, threshold, vagueTail, nounEnd, perDay, perMonth, splitOpen, day, faster, slower, dimensionOpen, dimensionClose, dimensionBoth, intensive, comparedPeriod, yearSuffix, compare, above, below, multipleOf, pull, pullEnd, contribution, toward, total, respectively, loose, net, rest, offset, comparedClose, gapNoun, restatedBase, rateOf, stock, calendarDay, valuation, partnerOpen, perPerson, person, population }
        let roles: [String: Role] = ["breakdown": .breakdown, "among": .among, "among-part": .amongPart,
                                     "threshold": .threshold, "vague-tail": .vagueTail, "noun-end": .nounEnd,
                                     "per-day": .perDay, "per-month": .perMonth, "split-open": .splitOpen, "day": .day, "faster": .faster, "slower": .slower,
                                     "dimension-open": .dimensionOpen, "dimension-close": .dimensionClose, "dimension-both": .dimensionBoth, "intensive": .intensive,
                                     "compared-period": .comparedPeriod, "year-suffix": .yearSuffix,
                                     "compare": .compare, "above": .above, "below": .below,
                                     "multiple-of": .multipleOf, "pull": .pull, "pull-end": .pullEnd,
                                     "contribution": .contribution, "toward": .toward, "total": .total, "respectively": .respectively, "loose": .loose, "net": .net, "rest": .rest, "offset": .offset, "compared-close": .comparedClose, "gap-noun": .gapNoun, "restated-base": .restatedBase, "rate-of": .rateOf, "stock": .stock, "calendar-day": .calendarDay, "valuation": .valuation, "partner-open": .partnerOpen]
        for entry in try Lexicon(files, "checks/words.lex").entries {
            let word = try workingForm(entry.word)
            guard let role = try entry.choice("role", roles) else {
                throw entry.error(nil, "'\(entry.word)' needs role=\(roles.keys.sorted().joined(separator: "|"))")
            }
            if try entry.choice("rate", ["yes": true]) == true { rateOf.append(word) }
            func character() throws -> UInt16 {
                guard word.count == 1 else { throw entry.error("role", "'\(entry.word)' is not one character") }
                return word[0]
            }
            switch role {
            case .breakdown: breakdown.append(word)
            case .threshold: threshold.append(word)
            case .among: among.insert(try character())
            case .amongPart: amongPart.insert(try character())
            case .nounEnd: nounEnd.insert(try character())
            case .perDay: perDay.append(word)
            case .perMonth: perMonth.append(word)
            case .splitOpen: splitOpen.insert(word[0])
            case .faster: faster.append(word)
            case .slower: slower.append(word)
            case .dimensionOpen: dimensionOpen.insert(try character())
            case .dimensionClose: dimensionClose.insert(try character())
            case .intensive: intensive.append(word)
            case .dimensionBoth:
                dimensionOpen.insert(try character())
                dimensionClose.insert(try character())
            case .day: day.insert(try character())
            case .comparedPeriod: comparedPeriod.append(word)
            case .yearSuffix: yearSuffix.insert(try character())
            case .compare: compare.insert(try character())
            case .above: above.append(word)
            case .below: below.append(word)
            case .multipleOf: multipleOf.append(word)
            case .pull: pull.append(word)
            case .pullEnd: pullEnd.append(word)
            case .contribution: contribution.append(word)
            case .toward: toward.append(word)
            case .total: total.append(word)
            case .respectively: respectively.append(word)
            case .loose: loose.append(word)
            case .net: net.append(word)
            case .rest: rest.append(word)
            case .offset: offset.append(word)
            case .comparedClose: comparedClose.append(word)
            case .gapNoun: gapNoun.append(word)
            case .restatedBase: restatedBase.append(word)
            case .stock: stock.append(word)
            case .calendarDay: calendarDay.append(word)
            case .valuation: valuation.append(word)
            case .partnerOpen: partnerOpen.append(word)
            case .rateOf: rateOf.append(word)
            case .perPerson, .person, .population: break
            case .vagueTail:
                // Read in the original text: as written and as made Simplified.
                vagueTail.insert(try character())
                vagueTail.formUnion(entry.word.utf16)
            }
        }
        var shareWords: [[UInt16]] = [], wholeGeneric: [[UInt16]] = [], wholePrefix: [[UInt16]] = []
        var wholeOpeners: [UInt16] = []
        var nameEnds = UnitSet()
        var wholeMean: [[UInt16]] = []
        var wholeEndings: [String] = []
        let shareRoles = ["share-word": 0, "whole-generic": 1, "whole-prefix": 2, "whole-opener": 3, "whole-mean": 4, "name-end": 5, "whole-ending": 6]
        for entry in try Lexicon(files, "checks/share-words.lex").entries {
            guard let role = try entry.choice("role", shareRoles) else {
                throw entry.error(nil, "'\(entry.word)' needs role=share-word|whole-generic|whole-prefix|whole-opener|whole-mean|name-end|whole-ending")
            }
            let word = try workingForm(entry.word)
            switch role {
            case 3:
                // Also a share word: not part of the name.
                guard word.count == 1 else { throw entry.error("role", "'\(entry.word)' is not one character") }
                wholeOpeners.append(word[0])
                shareWords.append(word)
            case 5:
                guard word.count == 1 else { throw entry.error("role", "'\(entry.word)' is not one character") }
                nameEnds.insert(word[0])
                shareWords.append(word)
            case 0: shareWords.append(word)
            case 4: wholeMean.append(word)
            case 6: wholeEndings.append(String(decoding: word, as: UTF16.self))
            case 1: wholeGeneric.append(word)
            default: wholePrefix.append(word)
            }
        }
        self.wholePrefix = wholePrefix
        self.wholeOpeners = wholeOpeners
        self.nameEnds = nameEnds
        self.wholeMean = wholeMean
        self.wholeEndings = wholeEndings
        self.shareWords = shareWords.sorted { $0.count > $1.count }
        self.wholeGeneric = wholeGeneric
        var scaleUnits: [UInt16: Int] = [:], scaleMagnitudes: [UInt16: Int] = [:]
        for entry in try Lexicon(files, "numbers/numerals.lex").entries {
            let word = try workingForm(entry.word)
            guard word.count == 1 else { continue }
            if let unit = try entry.integer("unit"), let power = [10: 1, 100: 2, 1000: 3][unit] {
                scaleUnits[word[0]] = power
            } else if let power = try entry.integer("magnitude"), entry.attributes["context"] == nil {
                // 兆 and 京 are magnitudes only inside a numeral (京 is also Beijing).
                scaleMagnitudes[word[0]] = power
            }
        }
        (self.breakdown, self.threshold, self.among, self.amongPart, self.vagueTail) = (breakdown, threshold, among, amongPart, vagueTail)
        self.nounEnd = nounEnd
        (self.perDay, self.perMonth, self.day, self.faster, self.slower) = (perDay, perMonth, day, faster, slower)
        self.splitOpen = splitOpen
        (self.dimensionOpen, self.dimensionClose, self.intensive) = (dimensionOpen, dimensionClose, intensive)
        (self.scaleUnits, self.scaleMagnitudes) = (scaleUnits, scaleMagnitudes)
        (self.comparedPeriod, self.yearSuffix) = (comparedPeriod, yearSuffix)
        self.gapNoun = gapNoun
        self.restatedBase = restatedBase
        self.stock = stock
        self.calendarDay = calendarDay
        self.valuation = valuation
        self.partnerOpen = partnerOpen
        self.rateOf = rateOf
        // Longest first: 高出 before 高.
        (self.compare, self.above, self.below) = (compare, above.sorted { $0.count > $1.count }, below.sorted { $0.count > $1.count })
        self.multipleOf = multipleOf
        (self.pull, self.pullEnd, self.contribution, self.toward) = (pull, pullEnd, contribution, toward)
        self.total = total
        self.respectively = respectively
        self.loose = loose
        self.net = net
        self.rest = rest
        self.offset = offset
        self.comparedClose = comparedClose
        for entry in try Lexicon(files, "checks/averages.lex").entries {
            let word = try workingForm(entry.word)
            switch try entry.choice("role", ["per-person": Role.perPerson, "person": .person, "population": .population]) {
            case .perPerson?: perPerson.append(word)
            case .person?:
                guard word.count == 1 else { throw entry.error("role", "'\(entry.word)' is not one character") }
                person.insert(word[0])
            case .population?: population.append(word)
            default: throw entry.error(nil, "'\(entry.word)' needs role=per-person|person|population")
            }
        }
        self.perPerson = perPerson
        self.person = person
        self.population = population
        var partsCounts: [UInt16: Int] = [:]
        for entry in try Lexicon(files, "checks/totals.lex").entries {
            let word = try workingForm(entry.word)
            guard word.count == 1, let count = Int(try entry.required("count")), count >= 2 else {
                throw entry.error("count", "'\(entry.word)' needs to be one character with count= of 2 or more")
            }
            partsCounts[word[0]] = count
        }
        self.partsCounts = partsCounts
    }

    /// The powers of the scale words in `units`, in order: 超过万亿元、千亿元和百亿元 gives 12, 11, 10.
    func scales(in units: ArraySlice<UInt16>) -> [Int] {
        var found: [Int] = []
        var i = units.startIndex
        while i < units.endIndex {
            var j = i
            var power = 0
            if let unit = scaleUnits[units[j]] { power += unit; j += 1 }
            var magnitudes = 0
            while j < units.endIndex, let magnitude = scaleMagnitudes[units[j]] {
                power += magnitude
                magnitudes += 1
                j += 1
            }
            if magnitudes > 0 {
                found.append(power)
                i = j
            } else {
                i += 1
            }
        }
        return found
    }
}
