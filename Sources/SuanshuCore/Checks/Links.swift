/// How the finders say why claims belong together: the words of a frame, a named partition,
/// the fields the claims share. The strength rules are here, one place for every relation.
extension Checker.Context {
    /// The fields equal in every claim of `used` (metric, entity, partner, period, basis),
    /// and whether each of them was stated in every claim's own sentence.
    func fields(_ used: [Claim]) -> (evidence: Link.Evidence, allStated: Bool) {
        let all = used.map { facts(of: $0) }
        // The lists as bits, in the order of `fieldNames` (a document has checks by the ten
        // thousand: their lists are shared arrays, not three new ones each).
        var equal = 0, stated = 0, carried = 0
        func consider(_ bit: Int, _ value: (Facts) -> Int32, _ flag: StatedFields) {
            guard let first = all.first, value(first) >= 0, all.allSatisfy({ value($0) == value(first) }) else { return }
            equal |= 1 << bit
            let inAll = used.allSatisfy { $0.stated.contains(flag) }
            if inAll { stated |= 1 << bit } else { carried |= 1 << bit }
        }
        consider(0, { $0.metric }, .subject)
        consider(1, { $0.entity }, .subject)
        consider(2, { $0.partner }, .subject)
        consider(3, { $0.from }, .period)
        consider(4, { $0.basis }, .basis)
        // Stated and equal: a metric, a period; every other field either equal or absent in all.
        let sameOrAbsent = { (value: (Facts) -> Int32) in all.allSatisfy { value($0) == value(all[0]) } }
        let metricAndPeriod = 1 << 0 | 1 << 3
        let allStated = stated & metricAndPeriod == metricAndPeriod && carried == 0
            && sameOrAbsent { $0.entity } && sameOrAbsent { $0.partner } && sameOrAbsent { $0.to }
        let lists = Self.fieldLists
        return (.fields(equal: lists[equal], stated: lists[stated], carried: lists[carried]), allStated)
    }

    /// The names of the fields compared, in the order a link lists them.
    static let fieldNames = ["metric", "entity", "partner", "period", "basis"]
    /// Every list of them, by its bits (bit k for `fieldNames[k]`).
    static let fieldLists: [[String]] = (0..<(1 << fieldNames.count)).map { bits in
        fieldNames.indices.filter { bits & (1 << $0) != 0 }.map { fieldNames[$0] }
    }

    /// Words of the text that tie claims, from a working range (capped: a frame is a few words).
    func frame(_ name: String, _ range: Range<Int>) -> Link.Evidence {
        let capped = range.lowerBound..<min(range.upperBound, range.lowerBound + 40)
        return .frame(name: name, words: text.originalString(capped), span: text.originalSpan(capped))
    }

    /// The words between two claims of one sentence (比上年增加…，增长): the frame that ties them.
    func between(_ a: Claim, _ b: Claim) -> Range<Int> {
        let (first, second) = a.range.lowerBound <= b.range.lowerBound ? (a, b) : (b, a)
        return first.range.upperBound..<max(first.range.upperBound, second.range.lowerBound)
    }

    /// Words that name a rate's subject, without the rate's own word after them (checks/
    /// words.lex pull-end: 快递业务收入增速 → 快递业务收入, 出游人次增速 → 出游人次).
    func withoutRateWord(_ named: Range<Int>) -> Range<Int> {
        let units = text.utf16
        guard let word = words.pullEnd.first(where: { named.count > $0.count + 1 && units[(named.upperBound - $0.count)..<named.upperBound].elementsEqual($0) })
        else { return named }
        return named.lowerBound..<(named.upperBound - word.count)
    }

    /// A word of comparing (比, 较: checks/words.lex compare) in a clause after a prior
    /// figure's own and before a change or rate: the change is measured against what that
    /// word names (較9月的8,634人增加473人，惟較上年同月減少423人 — 423 is no change from
    /// 8,634). Not the word that closes the prior's own clause (與…的412.6億美元相較，年增49.8%),
    /// nor 同比 or 环比, which name the basis, not another figure.
    func comparedAgain(after figure: some ClaimFacts, before c: Claim) -> Bool {
        let prior = claims[Int(figure.number)]
        guard prior.range.upperBound < c.range.lowerBound else { return false }
        let units = text.utf16
        let range = between(prior, c)
        guard let clauseEnd = range.first(where: { [0xFF0C, 0x2C, 0xFF1B, 0x3B].contains(units[$0]) }) else { return false }
        // (上年同期为1964亿元，比上年同期增长13.1%: compared again with the year the figure is of,
        // the same base.)
        let ofYearBefore = prior.period.map { p in c.period.map { $0.to.year - 1 == p.to.year } ?? false } ?? false
        return ((clauseEnd + 1)..<range.upperBound).contains { p in
            words.compare.contains(units[p]) && !(p > 0 && [0x540C, 0x73AF].contains(units[p - 1]))
                && !(ofYearBefore && p + 2 < units.count && [0x4E0A, 0x53BB].contains(units[p + 1]) && units[p + 2] == 0x5E74)
        }
    }

    /// Whether the figure `prior` ends a clause closed by a word of comparing (checks/words.lex
    /// compared-close) and `rate` stands in the clause right after it (與上一季的348.9萬個標準貨櫃
    /// 單位比較，則上升1.2%): the text names `prior` as the base of `rate`.
    func comparedRightBefore(_ prior: Claim, _ rate: Claim) -> Bool {
        guard prior.range.upperBound < rate.range.lowerBound, rate.number == prior.number + 1 else { return false }
        let units = text.utf16
        let range = between(prior, rate)
        guard let clauseEnd = range.first(where: { [0xFF0C, 0x2C].contains(units[$0]) }),
              clauseStart(before: rate.range.lowerBound) == clauseEnd + 1 else { return false }
        return words.comparedClose.contains { word in
            clauseEnd - range.lowerBound >= word.count && units[(clauseEnd - word.count)..<clauseEnd].elementsEqual(word)
        }
    }

    /// 與去年同期之9,653人相比: a figure a word of comparing follows right after closes the
    /// clause that sets it against another: the figure compared with, not the one reported on.
    func closesComparison(_ c: Claim) -> Bool {
        let units = text.utf16
        let end = c.range.upperBound
        return words.comparedClose.contains { word in end + word.count <= units.count && units[end..<(end + word.count)].elementsEqual(word) }
    }

    /// The nearest level before `c` in its sentence, of `c`'s subject when `ofSubject`: the
    /// figure a rate or a share said after it is most likely of.
    func levelBefore(_ c: Claim, ofSubject: Bool) -> Claim? {
        claims(inSentence: c.sentence).last { $0.number < c.number && isLevel($0) && (!ofSubject || sameSubject($0, c)) }
    }

    /// Two rates each said right after a level of its subject in its sentence that is another
    /// figure (another unit, or more than 10% apart): rates of two figures, not one restated,
    /// however alike their subjects were read (进口原油4638万吨，同比增长8.2% and 进口铁矿砂11,031万吨，
    /// 同比增长7.8%).
    func ofOtherLevels(_ a: Claim, _ b: Claim) -> Bool {
        guard let x = levelBefore(a, ofSubject: true), let y = levelBefore(b, ofSubject: true) else { return false }
        guard sameUnit(x, y) else { return true }
        let (u, v) = (x.value.doubleValue, y.value.doubleValue)
        return abs(u - v) > 0.1 * max(abs(u), abs(v))
    }

    /// Two shares each said after a level of its sentence in another unit: shares of two
    /// measures (票房549.15亿元 国产影片占比超过八成 and 23部，国产影片占68.5%).
    func ofOtherMeasures(_ a: Claim, _ b: Claim) -> Bool {
        guard let x = levelBefore(a, ofSubject: false), let y = levelBefore(b, ofSubject: false) else { return false }
        return !sameUnit(x, y)
    }

    /// A link from the fields alone: strong only when every field is stated and equal.
    func fieldLink(_ used: [Claim]) -> Link {
        let (evidence, allStated) = fields(used)
        return Link(strength: allStated ? .strong : .weak, evidence: [evidence])
    }

    /// A link from a frame of the text (and the fields the claims share): strong when the
    /// frame holds (`holds`), else as strong as the fields make it.
    func frameLink(_ name: String, _ range: Range<Int>, holds: Bool, _ used: [Claim], extra: [Link.Evidence] = []) -> Link {
        let (evidence, allStated) = fields(used)
        return Link(strength: holds || allStated ? .strong : .weak, evidence: [frame(name, range)] + extra + [evidence])
    }

    /// Where the clause holding `end` starts: after the last ，；。：or line break, at most
    /// 40 units back. A comma between digits separates thousands (較…同期的319,680百萬元下跌1.6%).
    func clauseStart(before end: Int) -> Int {
        // Read through a pointer, the stops in a switch: finders ask this of claim after claim.
        text.utf16.withUnsafeBufferPointer { units in
            precondition(end <= units.count)
            var start = end
            while start > 0, end - start < 40 {
                switch units[start - 1] {
                case 0x2C where start >= 2 && start < units.count && NumeralReader.isDigit(units[start - 2]) && NumeralReader.isDigit(units[start]):
                    start -= 1
                case 0x2C, 0xFF0C, 0x3B, 0x3002, 0x3A, 0x0A: return start
                default: start -= 1
                }
            }
            return start
        }
    }

    /// Where the sentence holding `end` starts: after the last 。 or line break, at most the
    /// 2,000 units a sentence may hold back (a text without full stops must not make each
    /// look-up long).
    func sentenceStart(before end: Int) -> Int {
        let units = text.utf16
        var start = end
        while start > 0, end - start < 2_000, units[start - 1] != 0x3002, units[start - 1] != 0x0A { start -= 1 }
        return start
    }

    /// A figure said right after the period it is compared with (較去年同期約３７６萬人次, 比上年
    /// 末3.2万人), or in a clause that opens with it (去年8月为39.6万辆): that period's level,
    /// though no 的 marked it so for the claims.
    func saidAsCompared(_ c: Claim) -> Bool {
        let units = text.utf16
        let clause = clauseStart(before: c.range.lowerBound)..<c.range.lowerBound
        // (A clause that opens with the period compared with, after this period's level in its
        // sentence: 8月乘用车出口47.5万辆，同比增长19.8%，去年8月为39.6万辆 — not 去年年末全国人口为
        // 140828万人 alone in a January briefing, where 去年 is the year reported on.)
        if words.comparedPeriod.contains(where: { units[clause].starts(with: $0) }),
           claims(inSentence: c.sentence).contains(where: { $0.number < c.number && isLevel($0) && sameUnit($0, c) }) { return true }
        guard let compare = clause.last(where: { p in words.compare.contains(units[p]) && !(p > 0 && [0x540C, 0x73AF].contains(units[p - 1])) }),
              clause.upperBound - compare <= 8 else { return false }
        return words.comparedPeriod.contains { units[(compare + 1)..<clause.upperBound].starts(with: $0) }
    }

    /// 约 or 近 right before the share's verb (约占…的四分之一).
    func isLooseShare(_ share: Claim) -> Bool {
        let units = text.utf16
        let start = share.contextStart
        return words.loose.contains { w in start >= w.count && units[(start - w.count)..<start].elementsEqual(w) }
    }

    /// The balance words (checks/words.lex net: 顺差, 逆差, 净) in a stretch of the text.
    func netWords(in range: Range<Int>) -> [[UInt16]] {
        let stretch = text.utf16[range]
        return words.net.filter { stretch.contains(word: $0) }
    }

    /// A figure named in its clause as a balance of flows (货物贸易顺差4566亿美元).
    func namesNet(_ c: Claim) -> Bool {
        !netWords(in: clauseStart(before: c.range.lowerBound)..<c.range.lowerBound).isEmpty
    }

    /// Each balance word the words `named` give a whole (占服务贸易逆差的) stands in the whole's
    /// own clause too (服务贸易逆差1059亿美元, not 服务贸易收入2016亿美元).
    func netAgrees(named: Range<Int>, whole: Claim) -> Bool {
        let clause = text.utf16[clauseStart(before: whole.range.lowerBound)..<whole.range.lowerBound]
        return netWords(in: named).allSatisfy { clause.contains(word: $0) }
    }

    /// The same measure word ends both figures (人次 and 人次, not 人次 and 列): counts of
    /// one unit may count different things.
    func sameMeasureWord(_ a: Claim, _ b: Claim) -> Bool {
        let (x, y) = (text.utf16[a.range.upperBound - 1], text.utf16[b.range.upperBound - 1])
        // 144 300名 and 34 200人: both of people (checks/averages.lex person).
        return x == y || words.person.contains(x) && words.person.contains(y)
    }

    /// No line break between the two claims: one paragraph.
    func sameParagraph(_ a: Claim, _ b: Claim) -> Bool {
        let (first, second) = a.range.lowerBound <= b.range.lowerBound ? (a, b) : (b, a)
        return !text.utf16[first.range.upperBound..<max(first.range.upperBound, second.range.lowerBound)].contains(0x0A)
    }

    /// The noun a figure is of when it stands after it, up to the clause's end (共有34,928,650人次
    /// 旅客入境 → 旅客入境): at most 8 ideographs, none when anything else stands there.
    func nounAfter(_ c: Claim) -> ArraySlice<UInt16> {
        let units = text.utf16
        var end = c.range.upperBound
        while end < units.count, end - c.range.upperBound < 9, units[end] >= 0x3400, units[end] < 0xF900 { end += 1 }
        let stop = end < units.count ? units[end] : 0x3002
        guard end - c.range.upperBound >= 2, end - c.range.upperBound <= 8,
              [0x2C, 0xFF0C, 0x3002, 0x3B, 0xFF1B, 0x0A].contains(stop) else { return units[0..<0] }
        return units[c.range.upperBound..<end]
    }

    /// Every claim's subject read in its own sentence.
    func subjectsStated(_ used: [Claim]) -> Bool { used.allSatisfy { $0.namesSubject } }
}

extension Link {
    /// Why a weak link is doubtful, for the message of figures that disagree over it.
    var doubt: String {
        if let note { return note }
        for e in evidence {
            if case .fields(_, _, let carried) = e, !carried.isEmpty {
                return "the figures are tied only through fields carried from another clause or defaulted ("
                    + carried.joined(separator: ", ") + "), so they may not be the same figure"
            }
        }
        return "no words of the text tie these figures, and not every field of their subjects is stated, so they may not be the same figure"
    }
}

extension Claim {
    /// Its own sentence names what it is of: a metric the lexicons know, or a name read from
    /// its clause's words. (Restatements across sentences want the first: see `fields`.)
    var namesSubject: Bool { !stated.isDisjoint(with: [.subject, .subjectOpen]) }
}
