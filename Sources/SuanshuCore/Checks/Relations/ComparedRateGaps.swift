/// Two subjects' rates and the gap in points, said as 比 + the other subject + 高 or 低:
/// 农村居民人均可支配收入名义增长6.6%，名义增速比城镇居民高2.0个百分点 (城镇居民's 4.6% stated
/// elsewhere); 城镇居民出游人次增速比农村高出6.4个百分点 (both rates stated elsewhere). The
/// words: checks/words.lex, compare, above, below.
extension Checker {
    func comparedRateGaps(_ context: Context, _ found: inout CheckList) {
        let units = context.text.utf16
        for gap in context.claims(ofKind: .change) where gap.kind == .change && gap.unit == "pp" && gap.qualifier == .exact {
            // 高 or 低 right before the figure, 比 before it in the clause.
            let clause = context.clauseStart(before: gap.range.lowerBound)..<gap.range.lowerBound
            let end = gap.range.lowerBound
            let above = words.above.first { end - clause.lowerBound >= $0.count && units[(end - $0.count)..<end].elementsEqual($0) }
            let below = words.below.first { end - clause.lowerBound >= $0.count && units[(end - $0.count)..<end].elementsEqual($0) }
            guard let word = above ?? below, let compare = clause.last(where: { words.compare.contains(units[$0]) && $0 < end - word.count }) else { continue }
            // The other subject: the words between 比 and 高, not a period (比上年高, 比2024年高).
            var named = (compare + 1)..<(end - word.count)
            // 分别比同期工业、高技术制造业高5.1和1.6个百分点: a list of names, each with the gap at
            // its place of the list of gaps; a list of names with no list of gaps as long, none.
            let marks = named.filter { [0x3001, 0x548C, 0x53CA].contains(units[$0]) }
            if !marks.isEmpty {
                let items = context.listItems(of: gap)
                guard items.count == marks.count + 1, items.contains(where: { $0.number == gap.number }) else { continue }
                let place = Int(gap.listIndex)
                let bounds = [named.lowerBound - 1] + marks + [named.upperBound]
                named = (bounds[place] + 1)..<bounds[place + 1]
            }
            guard named.count >= 2, !(0x30...0x39).contains(units[named.lowerBound]),
                  !words.comparedPeriod.contains(where: { units[named].starts(with: $0) }) else { continue }
            // The rate compared: the last before 比 in the sentence of the other's kind and
            // measure (名义增长6.6%，实际增长6.3%，名义增速比…: the nominal one), else the one the
            // words before 比 name. The two are of one measure and parallel subjects (城镇居民出游
            // and 农村居民出游, not 农村居民花费).
            let sentence = context.claims(inSentence: gap.sentence)
            var pair: (a: Claim, b: Claim)?
            for b in namedRates(named, near: gap, context) where pair == nil {
                let before = sentence.last {
                    $0.kind == b.kind && $0.unit == "%" && !$0.isPrior && $0.range.upperBound <= compare && $0.measure == b.measure
                        && $0.number != b.number && context.samePeriod($0, b)
                }
                let candidates = before.map { [$0] } ?? namedRates(clause.lowerBound..<compare, near: gap, context)
                // (Two whose metrics the words name whole, 快递业务量增速比快递业务收入增速高, need not
                // be parallel: not 农村 for 农村居民花费, a name it only begins.)
                if let a = candidates.first(where: {
                    $0.number != b.number && $0.kind == b.kind && $0.measure == b.measure && context.isYearOnYear($0) == context.isYearOnYear(b)
                        && (before == nil && namesMetric(clause.lowerBound..<compare, $0, context) && namesMetric(named, b, context)
                            || Self.parallel($0, b, context))
                }) {
                    pair = (a, b)
                }
            }
            guard let (a, b) = pair else { continue }
            // 低 with the gap said as a positive figure is b − a; else a − b.
            let range = below != nil && gap.value.doubleValue > 0
                ? CornerRange(claims: [a, b]) { $0[1] - $0[0] } : CornerRange(claims: [a, b]) { $0[0] - $0[1] }
            let link = Link(strength: a.namesSubject && b.namesSubject ? .strong : .weak,
                            evidence: [context.frame("rate-compared", compare..<end), context.fields([a, b]).evidence])
            found.add("difference", [a, b, gap], stated: gap, range: range, context: context, link: link) { r in
                "\(context.label(a)) against \(context.label(b)) is a gap of \(context.range(r, like: gap)); stated \(context.text.originalString(gap.range)) \(context.gap(r, gap))"
            }
        }
    }

    /// The rates (growth or rate, in percent) of the gap's period whose subject the words
    /// `named` hold (its entity or metric, or the start of the words its subject was read
    /// from), nearest to `near` first.
    private func namedRates(_ named: Range<Int>, near: Claim, _ context: Context) -> [Claim] {
        let words = String(decoding: context.text.utf16[context.withoutRateWord(named)], as: UTF16.self)
        guard words.count >= 2 else { return [] }
        func names(_ c: Claim) -> Bool {
            guard let subject = c.subject else { return false }
            return [subject.entity, subject.metric].contains { $0.map { $0.count >= 2 && words.bytesContain($0) } ?? false }
                || subject.text.bytesStart(with: words)
        }
        var found: [Claim] = []
        for kind in [ClaimKind.growth, .rate] {
            for n in context.aroundNumbers(near, in: context.numbers(ofKind: kind)) {
                let c = context.claims[Int(n)]
                guard !c.isPrior, c.unit == "%", c.qualifier == .exact, context.samePeriod(c, near), names(c) else { continue }
                found.append(c)
            }
        }
        return found.sorted { abs($0.range.lowerBound - near.range.lowerBound) < abs($1.range.lowerBound - near.range.lowerBound) }
    }

    /// The words, without a rate's own word after them, hold the claim's whole metric.
    private func namesMetric(_ named: Range<Int>, _ c: Claim, _ context: Context) -> Bool {
        let words = String(decoding: context.text.utf16[context.withoutRateWord(named)], as: UTF16.self)
        guard let metric = c.subject?.metric, metric.count >= 2 else { return false }
        return words.bytesContain(metric)
    }

    /// Two subjects of one kind: one metric of two entities (城镇居民 and 农村居民 人均可支配收入),
    /// or two names read from the text that end alike (城镇居民出游, 农村居民出游).
    static func parallel(_ a: Claim, _ b: Claim, _ context: Context) -> Bool {
        guard let x = a.subject, let y = b.subject else { return false }
        if context.facts(of: a).metric >= 0, context.sameMetric(a, b) { return x.entity != y.entity && x.entity != nil && y.entity != nil }
        guard let m = x.metric, let n = y.metric, m != n else { return false }
        let common = zip(m.reversed(), n.reversed()).prefix { $0 == $1 }.count
        return common >= 2 && common < min(m.count, n.count)
    }
}
