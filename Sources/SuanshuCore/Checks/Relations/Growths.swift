/// A level, its earlier level or its change, and its growth rate.
extension Checker {
    /// A rate said to be year on year (同比) against an earlier level of the same year: 较二季度末的
    /// 7.15亿张减少0.08亿张，环比下降1.12%，同比下降4.07% — the year-on-year rate has another base.
    static func yearOnYearOfSameYear(_ g: Claim, prior: Claim, now: Claim) -> Bool {
        guard g.stated.contains(.basis), g.basis == "yoy", prior.stated.contains(.period),
              let earlier = prior.period, let later = now.period else { return false }
        return earlier.to.year == later.to.year && earlier.to < later.to
    }

    /// 同比增长27.5%，比2024年底的20872万载重吨增长15.6%: an earlier level after the rate, a rate
    /// right after it, is that rate's; so with a share or a multiple right after it (按年上升13.6%，
    /// 相當於2019年同期（1,030.2萬人次）的101.7%).
    static func priorOfRateAfter(_ prior: Claim, _ g: Claim, _ context: Context) -> Bool {
        let next = prior.number + 1
        return prior.number > g.number && next < context.claims.count && context.claims[next].sentence == prior.sentence
            && [.growth, .share, .ratio].contains(context.claims[next].kind)
    }

    /// 較國際旅客（3,246元）少862元，是香港旅客（1,135元，下跌4.2%）的2.4倍: a rate in brackets opened
    /// after the earlier figure, with its level, is an aside on that level alone; its base is
    /// not said.
    static func asideOfLevel(after prior: Claim, _ now: Claim, _ g: Claim, _ units: [UInt16]) -> Bool {
        guard prior.range.upperBound <= g.range.lowerBound else { return false }
        var opens: [Int] = []
        for p in prior.range.upperBound..<g.range.lowerBound {
            switch units[p] {
            case 0x28, 0xFF08: opens.append(p)
            case 0x29, 0xFF09: _ = opens.popLast()
            default: break
            }
        }
        guard let open = opens.last else { return false }
        return now.range.lowerBound > open && now.range.upperBound <= g.range.lowerBound
    }

    /// A rate whose clause says its base was restated to this period's scope (按可比口径同比增长
    /// 6.2%): the earlier level the text states is not its base.
    /// Two figures of stretches from January (1—11月, 全年) span as many months; levels at a
    /// month's end (10月底 against 2024年底), or with no period, are not asked.
    static func sameStretchLength(_ a: Claim, _ b: Claim) -> Bool {
        guard let p = a.period, let q = b.period, p.isWholeMonths, q.isWholeMonths, p.from.month == 1, q.from.month == 1 else { return true }
        func months(_ x: Period) -> Int { (x.to.year - x.from.year) * 12 + x.to.month - x.from.month + 1 }
        return months(p) == months(q)
    }

    func onRestatedBase(_ g: Claim, _ context: Context) -> Bool {
        if context.noteRestatesBase(of: g) { return true }
        let clause = context.text.utf16[context.clauseStart(before: g.range.lowerBound)..<g.range.lowerBound]
        if words.restatedBase.contains(where: { clause.contains(word: $0) }) { return true }
        // (按可比口径计算，进出口增长4.6%: said in a clause of its own before the rate, no figure
        // between.)
        let units = context.text.utf16
        let sentence = context.sentenceStart(before: g.range.lowerBound)..<g.range.lowerBound
        guard let at = sentence.last(where: { p in words.restatedBase.contains { units[p...].starts(with: $0) } }) else { return false }
        return !context.claims(inSentence: g.sentence).contains { $0.range.lowerBound > at && $0.range.upperBound <= g.range.lowerBound }
    }

    /// The earlier level's period ends the day before the later one's begins (8月 and 9月,
    /// 二季度 and 三季度): a month-on-month or quarter-on-quarter pair.
    static func endsRightBefore(_ prior: Claim, _ now: Claim) -> Bool {
        guard let a = prior.period, let b = now.period else { return true }
        return CalendarDate.dayNumber(a.to) + 1 == CalendarDate.dayNumber(b.from)
    }

    /// A level, its earlier level or its change, and its growth rate agree.
    func growths(_ context: Context, _ found: inout CheckList) {
        // (A month-on-month rate only against the earlier level its own sentence states: 較9月的
        // 8,634人增加473人（月增5.48%）; the other ways to its base are a year's.)
        for g in context.claims(ofKind: .growth) where g.kind == .growth && !g.isPrior && g.unit == "%" && ["yoy", "mom"].contains(g.basis ?? "yoy") {
            // A rate at constant prices (or net of price changes) is not the ratio of levels
            // at current prices: only levels said in the same measure give it.
            let realRate = g.measure == "constant-prices" || g.measure == "real"
            let sameTerm = context.numbers(ofTermOf: g)
            // (升值7.6%: a currency's value, the other way from the rate quoted in it.)
            let clause = context.text.utf16[context.clauseStart(before: g.range.lowerBound)..<g.range.lowerBound]
            guard !words.valuation.contains(where: { clause.contains(word: $0) }) else { continue }
            guard context.facts(of: g).metric >= 0, !onRestatedBase(g, context),
                  // (Not one that closes a clause of comparing: 與去年同期之9,653人相比，…減少1,417人.)
                  let now = context.nearest(to: g, in: sameTerm, { context.isLevel($0) && context.sameSubject($0, g) && context.samePeriod($0, g)
                      && !context.closesComparison(context.claims[Int($0.number)]) }),
                  !realRate || now.measure == g.measure
            else { continue }
            let sentence = context.claims(inSentence: g.sentence)
            // A stated earlier level: 较二零二三年的1,830.6亿澳门元上升23.9%.
            if let prior = context.nearest(to: g, in: sameTerm, { c in
                (c.kind == .amount || c.kind == .count) && c.isPrior && context.sameUnit(c, now) && c.sentence == g.sentence
                    && context.sameSubject(c, g) && !context.comparedAgain(after: c, before: g)
                    && !Self.yearOnYearOfSameYear(g, prior: context.claims[Int(c.number)], now: now)
                    // (环比增长0.8%，上年末为42,743万头: a rate on the period before is of no level
                    // of another stretch.)
                    && (g.basis != "mom" || Self.endsRightBefore(context.claims[Int(c.number)], now))
                    // (1—11月…634.3万辆，已超过上年全年585.9万辆: a level of a stretch of another
                    // length is no base of the rate.)
                    && Self.sameStretchLength(context.claims[Int(c.number)], now)
                    && !Self.priorOfRateAfter(context.claims[Int(c.number)], g, context)
                    && !Self.asideOfLevel(after: context.claims[Int(c.number)], now, g, context.text.utf16)
                    // (年增率11.2%，高於第3季單季之8.6%: the rate right after the earlier level is
                    // its rate; a later one is another's.)
                    && !sentence.contains(where: { $0.kind == .growth && $0.unit == "%" && $0.number > Int(c.number) && $0.number < g.number })
            }), now.sentence == g.sentence || !context.isOfWhole(g) || (g.namesSubject && now.namesSubject && context.subjectsStated([now, g])) {
                // 較113年同期之5,943,870人次增加668,275人次，年增率11.2% after 1至9月's 6,612,145人次
                // and its parts: when the change said between does not lead from the earlier
                // level to the level found but does to another level of the subject said before,
                // that one is the level the rate is of.
                var now = now
                if let change = sentence.first(where: {
                       $0.kind == .change && $0.unit == now.unit && $0.range.lowerBound > prior.range.upperBound && $0.range.upperBound <= g.range.lowerBound }),
                   CornerRange(claims: [now, prior], { $0[0] - $0[1] })?.meets(change.interval) == false,
                   let other = context.claims[max(0, prior.number - 12)..<prior.number].last(where: { c in
                       c.number != now.number && context.isLevel(c) && !c.isPrior && context.sameUnit(c, now) && context.sameSubject(c, now)
                           && CornerRange(claims: [c, prior], { $0[0] - $0[1] })?.meets(change.interval) == true
                   }) {
                    now = other
                }
                let range = CornerRange(claims: [now, prior]) { ($0[0] / $0[1] - 1) * 100 }
                // 比上年末的4.41亿千瓦增长28.1%: the earlier level and the rate in one clause, and
                // the level stated in it or earlier in the paragraph with its own subject.
                // (Earlier in the paragraph only when the rate's own sentence names its subject:
                // …对美出超1501.2亿美元，比前一年的647亿美元翻了一番 names none, and is not of
                // the 东盟出口 before it.)
                let holds = now.sentence == g.sentence
                    || (now.namesSubject && g.namesSubject && context.sameParagraph(now, g))
                var link = context.frameLink("level-against-prior", context.between(prior, g), holds: holds, [now, prior, g])
                // 共计1634.3万人次，日均204.3万人次，较去年同期的1465.7万人次增长11.5%: an average and
                // the total it is of both stand before an earlier figure that names neither, and
                // the text does not say which of them it is compared with.
                if isAverage(now, context), !isAverage(prior, context),
                   context.claims(inSentence: now.sentence).contains(where: { c in c.range.upperBound <= now.range.lowerBound
                       && context.isLevel(c) && context.sameUnit(c, now) && !isAverage(c, context) }) {
                    link.strength = .weak
                    link.note = "an average and the total it is of both stand before the earlier figure, which names neither, so it may be the total's"
                }
                // The earlier level in the rate's own clause (比2024年底的20872万载重吨增长15.6%) is the
                // base the text says the rate is of, and so is one its own clause closes with 比较 right
                // before the rate (與上一季的348.9萬…比較，則上升1.2%): no revised base explains a gap.
                let baseInClause = context.clauseStart(before: g.range.lowerBound) <= prior.range.lowerBound
                    || context.comparedRightBefore(prior, g)
                found.add("growth", [now, prior, g], stated: g, range: range, context: context, link: link, message: { r in
                    "\(context.label(now)) against \(context.text.originalString(prior.range)) before is \(context.range(r, like: g)); stated \(context.text.originalString(g.range)) \(context.gap(r, g))"
                }, nearMiss: baseInClause ? nil : Self.revisionTolerance, nearMissNote: Self.revisionNote)
                continue
            }
            // 較上月增加15.8億美元或2.3%: a month-on-month rate with its change, in the level's
            // sentence or the next of its paragraph (a clause after ；).
            let monthOnMonth = g.basis == "mom"
            if monthOnMonth {
                let near = now.sentence == g.sentence || now.sentence == g.sentence - 1 && context.sameParagraph(now, g)
                stated(change: { c in c.basis == "mom" && c.sentence == g.sentence && near }, now, g, sameTerm, context, &found)
                continue
            }
            // The level of the same months a year before, said elsewhere: 作为比较，2024年全年
            // 实际使用外资为8262.5亿元. Only for a rate said with its level: a rate in a later
            // sentence may be of a part whose name was not read.
            // (Not a rate of a list, 铁路、公路分别增长3.8%、3.9%: those are of the parts it names.)
            if now.sentence == g.sentence, !Self.listed(g, context), let period = g.period, let prior = context.nearest(to: g, in: sameTerm, { c in
                context.isLevel(c) && context.sameUnit(c, now) && c.qualifier == .exact && context.sameSubject(c, g)
                    && context.isYearBefore(c, period)
            }) {
                let range = CornerRange(claims: [now, prior]) { ($0[0] / $0[1] - 1) * 100 }
                // Two periods, each stated with its figure, of one subject stated in both.
                let holds = context.subjectsStated([now, prior, g]) && now.stated.contains(.period) && prior.stated.contains(.period)
                let link = context.frameLink("level-and-rate", context.between(now, g), holds: holds, [now, prior, g])
                found.add("growth", [now, prior, g], stated: g, range: range, context: context, link: link, message: { r in
                    "\(context.label(now)) against \(context.label(prior)) a year before is \(context.range(r, like: g)); stated \(context.text.originalString(g.range)) \(context.gap(r, g))"
                }, nearMiss: Self.revisionTolerance, nearMissNote: Self.revisionNote)
                continue
            }
            // The level of the year before said elsewhere under a name written otherwise (汽车总
            // 销量3290万辆左右，比2024年增长4.7% against 2024年…销量…3143.6万辆).
            if now.sentence == g.sentence, context.listItems(of: g).count == 1, let period = g.period,
               yearBeforeByName(g, now: now, period, context, &found) { continue }
            // A stated change: 比上年增加2.09万亿元 (not one against last month).
            stated(change: { c in c.basis != "mom" && (Self.againstYearBefore(c, g) || sharesComparison(c, g, context)) },
                   now, g, sameTerm, context, &found)
        }
    }

    /// 比2018年末增加337.0万个，增长57.4%: a rate right after the change, a comma between and no
    /// basis of its own, is against the period the change is (not: 比2019年增加…，同比增长… —
    /// 同比 names another).
    func sharesComparison(_ change: Claim, _ g: Claim, _ context: Context) -> Bool {
        guard g.number == change.number + 1, g.sentence == change.sentence,
              context.clauseStart(before: g.range.lowerBound) == change.range.upperBound + 1 else { return false }
        // (No word of comparing in the rate's clause: 同比, 比上年, 较.)
        return !context.text.utf16[change.range.upperBound..<g.range.lowerBound].contains { words.compare.contains($0) }
    }

    /// A level, its stated change (比上年增加2.09万亿元) and its rate.
    private func stated(change fits: (Claim) -> Bool, _ now: Claim, _ g: Claim, _ sameTerm: [Int32], _ context: Context, _ found: inout CheckList) {
        guard let change = context.nearest(to: g, in: sameTerm, { c in
            c.kind == .change && context.sameUnit(c, now) && context.sameSubject(c, g) && context.samePeriod(c, g)
        }), fits(change) else { return }
        // (Not a gap to another group, 比整體高出2,800元: its clause's word of above or below makes
        // it no change over time.)
        let own = context.text.utf16[context.clauseStart(before: change.range.lowerBound)..<change.range.lowerBound]
        guard !(words.above + words.below).contains(where: { own.contains(word: $0) }) else { return }
        // 同比分别减少2360起、1940人，分别下降15.1%和13.3%: 分别 pairs the k-th change with the k-th
        // rate; a rate is not checked through the change of another place in as long a list.
        let changes = context.listItems(of: change), rates = context.listItems(of: g)
        guard changes.count == 1 || changes.count != rates.count || change.listIndex == g.listIndex else { return }
        // (A change said in a sentence before both the level and the rate is another figure's.)
        guard change.sentence >= min(g.sentence, now.sentence) else { return }
        let range = CornerRange(claims: [now, change]) { ($0[0] / ($0[0] - $0[1]) - 1) * 100 }
        let prior = now.value.doubleValue - change.value.doubleValue
        // 增加…，增长… in the level's sentence: one clause of level, change and rate.
        let holds = now.sentence == g.sentence && change.sentence == g.sentence
        let link = context.frameLink("level-change-rate", context.between(now, g), holds: holds, [now, change, g])
        found.add("growth", [now, change, g], stated: g, range: range, context: context, link: link, message: { r in
            "\(context.label(now)) after a change of \(context.text.originalString(change.range)) implies a prior level of \(context.figure(prior, like: now)) and growth of \(context.range(r, like: g)); stated \(context.text.originalString(g.range)) \(context.gap(r, g))"
        }, nearMiss: againstUnreadPeriod(change, context) ? nil : Self.revisionTolerance(change: change, rate: g), nearMissNote: Self.revisionNote)
    }

    /// 比上旬末增加58.3万吨, 比年初增加346.1万吨: a change its clause compares (比, 较) with a
    /// period read as no basis is against an earlier date of this year, whose figure no revision
    /// of last year's moves.
    private func againstUnreadPeriod(_ change: Claim, _ context: Context) -> Bool {
        guard change.basis == nil, change.comparedPeriod == nil else { return false }
        let units = context.text.utf16
        return units[context.clauseStart(before: change.range.lowerBound)..<change.range.lowerBound].contains { words.compare.contains($0) }
    }

    /// A level of the same months a year before, of the level's unit and measure word, whose
    /// subject's name holds the level's, or the other way round, or holds it in order ending
    /// alike (营业性货运量 of 全国营业性货运量, 汽车销量 of 汽车总销量): a weak
    /// link, the names not being the same (a part's name may hold its whole's: 谷物产量, 产量), so
    /// every such figure is tried (乘用车产量 and 乘用车销量 of one list, for 乘用车) and none is
    /// called wrong. A rate of a 分别 list (铁路、公路…分别增长…) is of the parts it names, not
    /// of the level before it.
    private func yearBeforeByName(_ g: Claim, now: Claim, _ period: Period, _ context: Context, _ found: inout CheckList) -> Bool {
        let name = Array((now.subject?.term ?? "").utf16)
        guard name.count >= 2 else { return false }
        var options: [(Claim, CornerRange)] = []
        for c in context.nearby(now, in: context.numbers(ofKind: now.kind)) {
            guard context.isYearBefore(c, period), context.isLevel(c), c.qualifier == .exact, context.sameUnit(c, now),
                  context.sameMeasureWord(c, now), !context.sameSubject(c, now) else { continue }
            let other = Array((c.subject?.term ?? "").utf16)
            let (short, long) = other.count <= name.count ? (other, name) : (name, other)
            guard short.count >= 2, long.contains(word: short) || short.last == long.last && Self.inOrder(short, in: long),
                  let range = CornerRange(claims: [now, c], { ($0[0] / $0[1] - 1) * 100 }) else { continue }
            if options.contains(where: { $0.0.value == c.value }) { continue }
            options.append((c, range))
        }
        for (prior, _) in options {
            var link = Link(strength: .weak, evidence: [context.frame("level-and-rate-by-name", context.between(now, g)), context.fields([now, prior, g]).evidence])
            link.note = "the level of the year before is said under a name written otherwise, so it may not be the same figure"
            found.add("growth", [now, prior, g], stated: g, range: CornerRange(claims: [now, prior]) { ($0[0] / $0[1] - 1) * 100 }, context: context, link: link, message: { r in
                "\(context.label(now)) against \(context.label(prior)) a year before is \(context.range(r, like: g)); stated \(context.text.originalString(g.range)) \(context.gap(r, g))"
            }, nearMiss: Self.revisionTolerance, nearMissNote: Self.revisionNote)
        }
        return !options.isEmpty
    }
}
