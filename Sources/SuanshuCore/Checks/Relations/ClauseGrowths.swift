/// A level, its change and its rate said one clause after another in one sentence:
/// 全国粮食播种面积为119319千公顷（178979万亩），比2023年增加350.5千公顷（525.8万亩），增长0.3%.
/// The clauses tie the figures whatever subject was read for them (the change and the rate
/// name none of their own), and a level restated in another unit in brackets pairs with the
/// change restated in that unit.
extension Checker {
    func clauseGrowths(_ context: Context, _ found: inout CheckList) {
        let units = context.text.utf16
        for g in context.claims(ofKind: .growth) where g.kind == .growth && g.unit == "%" && !g.isPrior {
            // Rates at constant prices or net of prices are not the ratio of the levels.
            if g.measure == "constant-prices" || g.measure == "real" || onRestatedBase(g, context) { continue }
            var sentence = context.claims(inSentence: g.sentence)
            // (A line break inside the sentence, 增长\n1.6%, makes the rate the first figure of
            // a new one: the words between are checked below.)
            if g.number == sentence.startIndex, g.sentence > 0 { sentence = context.claims(inSentence: g.sentence - 1) }
            // The changes right before the rate (one, or one and its restatement in brackets),
            // and the levels right before them.
            var k = g.number - 1
            var changes: [Claim] = []
            while k >= sentence.startIndex, changes.count < 2, context.claims[k].kind == .change, !["pp", "%"].contains(context.claims[k].unit) {
                changes.insert(context.claims[k], at: 0)
                k -= 1
            }
            // Earlier pairs of one chain, each a change and its rate against a base of its own
            // (比上一旬末减少62万吨，下降4.0%；比年初增加197万吨，增长14.5%): stepped over to the level
            // before the first, each pair's change in the clause right after the rate before.
            // (A sentence ended by ； goes on in the next: the chain may run back across it.)
            var floor = sentence.startIndex
            // (Claims whose words run into the next one's, 连续… or 第…位, stop it: no gap to read.)
            while floor > 0, floor == sentence.startIndex || floor > sentence.startIndex - 7,
                  context.claims[floor - 1].range.upperBound <= context.claims[floor].range.lowerBound,
                  let mark = units[context.claims[floor - 1].range.upperBound..<context.claims[floor].range.lowerBound].first(where: { [0x3B, 0xFF1B, 0x3002, 0x0A].contains($0) }),
                  [0x3B, 0xFF1B].contains(mark) {
                floor = context.claims(inSentence: context.claims[floor - 1].sentence).startIndex
            }
            var chainStart = changes.first
            var pairs = 0
            while pairs < 3, let next = chainStart, k - 1 >= floor {
                let rate = context.claims[k], before = context.claims[k - 1]
                guard rate.kind == .growth, rate.unit == "%", before.kind == .change, before.unit == next.unit,
                      Self.nextClause(from: rate.range.upperBound, to: next.range.lowerBound, words: 12, units, semicolon: true),
                      Self.nextClause(from: before.range.upperBound, to: rate.ruleStart, words: 4, units) else { break }
                chainStart = before
                pairs += 1
                k -= 2
            }
            var levels: [Claim] = []
            while k >= (pairs > 0 ? floor : sentence.startIndex), levels.count < 2, context.isLevel(context.claims[k]) {
                levels.insert(context.claims[k], at: 0)
                k -= 1
            }
            var listedEnd: Int?
            // 电视剧115部、3375集，部数比上年减少31部: two levels of two measures listed, not one
            // restated in brackets — the one of the change's measure is the level.
            if levels.count == 2, !Self.bracketed(levels, units), levels[0].range.upperBound < levels[1].range.lowerBound,
               levels[0].range.upperBound + 1 == levels[1].range.lowerBound, units[levels[0].range.upperBound] == 0x3001,
               let first = changes.first, context.sameMeasureWord(levels[0], first), !context.sameMeasureWord(levels[1], first),
               Self.namedByMeasure(first, of: first, context) {
                listedEnd = levels[1].range.upperBound
                levels = [levels[0]]
            }
            guard let change = changes.last, let firstChange = changes.first, let level = levels.last,
                  Self.bracketed(changes, units), Self.bracketed(levels, units),
                  // ，增长0.3% / ，同比增长: the rate's clause names nothing before its verb.
                  Self.nextClause(from: change.range.upperBound, to: g.ruleStart, words: 4, units),
                  // ，比2023年增加350.5千公顷: nor does the change's, past the period compared with.
                  Self.nextClause(from: listedEnd ?? level.range.upperBound, to: (chainStart ?? firstChange).range.lowerBound, words: 12, units)
            else { continue }
            // (较上月增加15.8億美元，年增28.4%: a change against last month is not the one a
            // year-on-year rate is of, nor the other way round.)
            // (A rate of a chain's later pair says no basis of its own: it is against the base
            // its change names, 比年初.)
            let againstChangesBase = pairs > 0 && !g.stated.contains(.basis)
            guard againstChangesBase || Self.againstYearBefore(change, g) && (change.basis == "mom") == (g.basis == "mom") else { continue }
            // (Against a base of this year a chain's later pair names, 比年初, no revised figure
            // of the year before explains a gap.)
            let ownBase = againstChangesBase && change.basis == nil
            for now in levels {
                guard !now.isPrior, let change = changes.first(where: { context.sameUnit($0, now) || Self.perUnit($0, of: now, context) }),
                      // The change and the rate name no subject of their own (，其中稻谷增长8.0%
                      // is of a part): none read in their sentence, or the level's. (A change
                      // per unit names the unit, 每亩, which is no subject.)
                      [change, g].allSatisfy({ !$0.namesSubject || context.sameSubject($0, now) || Self.perUnit($0, of: now, context)
                          || Self.namedByMeasure($0, of: change, context) }) else { continue }
                if g.measure != nil, now.measure != g.measure { continue }
                // 9月新能源汽车销量为160.4万辆，10月环比增加10.2万辆，增长4.6%: the level stated of
                // the period the change is against is the base, not this period's level.
                if now.stated.contains(.period), let a = now.period, let b = change.period, a.from != b.from || a.to != b.to {
                    let base = change.basis == "mom" ? b.monthBefore : b.yearBefore
                    guard let base, context.isPeriod(now, base) else { continue }
                    let range = CornerRange(claims: [now, change]) { $0[1] / $0[0] * 100 }
                    let link = context.frameLink("base-change-rate-clauses", level.range.upperBound..<g.range.lowerBound, holds: true, [now, change, g])
                    found.add("growth", [now, change, g], stated: g, range: range, context: context, link: link, message: { r in
                        "\(context.text.originalString(change.range)) on \(context.label(now)) is growth of \(context.range(r, like: g)); stated \(context.text.originalString(g.range)) \(context.gap(r, g))"
                    })
                    continue
                }
                let range = CornerRange(claims: [now, change]) { ($0[0] / ($0[0] - $0[1]) - 1) * 100 }
                let prior = now.value.doubleValue - change.value.doubleValue
                let link = context.frameLink("level-change-rate-clauses", level.range.upperBound..<g.range.lowerBound, holds: true, [now, change, g])
                found.add("growth", [now, change, g], stated: g, range: range, context: context, link: link, message: { r in
                    "\(context.label(now)) after a change of \(context.text.originalString(change.range)) implies a prior level of \(context.figure(prior, like: now)) and growth of \(context.range(r, like: g)); stated \(context.text.originalString(g.range)) \(context.gap(r, g))"
                }, nearMiss: ownBase ? nil : Self.revisionTolerance(change: change, rate: g), nearMissNote: Self.revisionNote)
            }
        }
    }

    /// A figure named by the change's measure word and 数 (部数比上年减少31部，下降26.3%: 部数,
    /// 家数, 户数): the count in that measure, no subject of its own.
    static func namedByMeasure(_ c: Claim, of change: Claim, _ context: Context) -> Bool {
        let units = context.text.utf16
        guard let name = c.subject?.text.utf16, name.count == 2, name.last == 0x6570, change.range.upperBound > 0 else { return false }
        return name.first == units[change.range.upperBound - 1]
    }

    /// A change against another period than the year before the rate's (比2019年增加…，同比
    /// 增长…) is not the change the rate is of.
    static func againstYearBefore(_ change: Claim, _ g: Claim) -> Bool {
        guard let compared = change.comparedPeriod, let period = g.period else { return true }
        return compared.from.year == period.from.year - 1 && compared.to.year == period.to.year - 1
    }

    /// A change given per unit of the level's denominator (394.7公斤/亩，比上年每亩增加5.1公斤):
    /// in the unit before the level's slash, the word after it (亩) named in the change's clause.
    static func perUnit(_ change: Claim, of level: Claim, _ context: Context) -> Bool {
        let unit = level.unit
        guard change.kind == .change, let slash = unit.firstIndex(of: "/"), change.unit == String(unit[..<slash]) else { return false }
        let units = context.text.utf16
        let words = units[level.quantity.numberRange.upperBound..<level.range.upperBound]
        guard let cut = words.firstIndex(where: { $0 == 0x2F || $0 == 0xFF0F }), cut + 1 < words.endIndex else { return false }
        let clause = context.clauseStart(before: change.range.lowerBound)..<change.range.lowerBound
        return units[clause].contains(word: Array(words[(cut + 1)...]))
    }

    /// One figure, or a figure and its restatement right after it in brackets (119319千公顷（178979万亩）).
    private static func bracketed(_ pair: [Claim], _ units: [UInt16]) -> Bool {
        guard pair.count == 2 else { return pair.count == 1 }
        let between = pair[0].range.upperBound..<pair[1].range.lowerBound
        return between.count == 1 && [0x28, 0xFF08].contains(units[between.lowerBound])
    }

    /// The words from `start` (the end of a figure, maybe a closing bracket after it) to `end`
    /// are a clause break and at most `words` units: ，增长 or ，比上年增加.
    private static func nextClause(from start: Int, to end: Int, words: Int, _ units: [UInt16], semicolon: Bool = false) -> Bool {
        var p = start
        while p < end, [0x29, 0xFF09].contains(units[p]) { p += 1 }
        guard p < end, [0x2C, 0xFF0C].contains(units[p]) || semicolon && [0x3B, 0xFF1B].contains(units[p]) else { return false }
        // (A line break or a space inside the words is noise of a copied page.)
        let rest = ((p + 1)..<end).filter { ![0x0A, 0x0D, 0x20, 0x3000].contains(units[$0]) }
        return rest.count <= words && !rest.contains { [0x2C, 0xFF0C, 0x3B, 0x3002].contains(units[$0]) }
    }
}
