/// Two subjects' rates and the gap in points between them: 装备制造业增加值增长7.7%，快于
/// 规模以上工业1.9个百分点 → 7.7 − 5.8 (the rate of 规模以上工业 stated elsewhere).
extension Checker {
    func rateGaps(_ context: Context, _ found: inout CheckList) {
        let units = context.text.utf16
        for gap in context.claims(ofKind: .change) where gap.kind == .change && gap.unit == "pp" {
            // 快于 (or 低于) in the gap's clause, and the words after it name the other subject.
            let clause = context.clauseStart(before: gap.range.lowerBound)..<gap.range.lowerBound
            // The first word of either list in the clause: where, how long, and whether above.
            func first(_ higher: [[UInt16]], _ lower: [[UInt16]]) -> (at: Int, length: Int, above: Bool)? {
                for p in clause {
                    if let w = higher.first(where: { units[p...].starts(with: $0) }) { return (p, w.count, true) }
                    if let w = lower.first(where: { units[p...].starts(with: $0) }) { return (p, w.count, false) }
                }
                return nil
            }
            // (Or 高出 with no 比 before it: 高出全部企业平均水平2.1个百分点.)
            let noCompare = !units[clause].contains(where: { words.compare.contains($0) })
            guard let (at, length, above) = first(words.faster, words.slower)
                    ?? (noCompare ? first(words.above.filter { $0.count >= 2 }, words.below.filter { $0.count >= 2 }) : nil) else { continue }
            let sentence = context.claims(inSentence: gap.sentence)
            // The rate compared: the last before the word (of a list, 分别快于…1.9和3.1个百分点,
            // the item at the gap's place in its own list).
            let rates = sentence.filter { ($0.kind == .growth || $0.kind == .rate) && $0.unit == "%" && $0.range.upperBound <= at && !$0.isPrior }
            let gaps = sentence.filter { $0.kind == .change && $0.sameRule(as: gap) && $0.contextStart == gap.contextStart }
            let a: Claim?
            if gaps.count > 1 {
                let items = Array(rates.suffix(gaps.count))
                a = items.count == gaps.count && gap.listIndex < items.count ? items[gap.listIndex] : nil
            } else {
                a = rates.last
            }
            // (Of a list, the words up to its first gap: 快于规模以上工业1.9和3.1个百分点.)
            let end = gaps.count > 1 ? min(gaps[gaps.startIndex].range.lowerBound, gap.range.lowerBound) : gap.range.lowerBound
            guard let a, end > at + length else { continue }
            let named = (at + length)..<end
            var byName = true
            // 高於國人出國（9.7%）1.5個百分點: the other rate said in the words themselves, in
            // brackets after its name, is the one compared with.
            let said = sentence.first { ($0.kind == .growth || $0.kind == .rate) && $0.unit == "%" && !$0.isPrior
                && $0.number != a.number && named.contains($0.range.lowerBound) }
            // 高出全部企业平均水平2.1个百分点: words of the whole (checks/share-words.lex
            // whole-generic, whole-prefix) name the rate of the whole said before, of the rate's
            // metric — weak, the subject not named as its figure's words name it.
            guard let b = said ?? otherRate(named: named, like: a, near: gap, context) ?? {
                byName = false
                return wholeRate(named: named, like: a, context)
            }() else { continue }
            let range = above ? CornerRange(claims: [a, b]) { $0[0] - $0[1] } : CornerRange(claims: [a, b]) { $0[1] - $0[0] }
            // The words name the other subject; its rate is stated with that subject.
            var link = Link(strength: said != nil || byName && b.namesSubject && a.namesSubject ? .strong : .weak,
                            evidence: [context.frame(above ? "rate-above" : "rate-below", at..<(at + length)), context.fields([a, b]).evidence])
            if !byName { link.note = "the words after \(context.text.originalString(at..<(at + length))) name the whole, taken to be the last rate of the metric said of no entity before it" }
            found.add("difference", [a, b, gap], stated: gap, range: range, context: context, link: link) { r in
                "\(context.label(a)) against \(context.label(b)) is a gap of \(context.range(r, like: gap)); stated \(context.text.originalString(gap.range)) \(context.gap(r, gap))"
            }
        }
    }

    /// The rate of the whole the words `named` name by a word of the whole (全部, 全国, 整体):
    /// the last rate before `a` of its kind, period and metric said of no entity or partner, up
    /// to 150 figures back (the headline rate: 增速高于全国0.3个百分点 in a regional section).
    private func wholeRate(named: Range<Int>, like a: Claim, _ context: Context) -> Claim? {
        let units = context.text.utf16[named]
        guard (words.wholeGeneric + words.wholePrefix).contains(where: { $0.count >= 2 && units.contains(word: $0) }) else { return nil }
        // Of one metric, or of names that end alike (企业销售收入, 制造业销售收入).
        func endAlike(_ c: Claim) -> Bool {
            guard let x = c.subject?.metric, let y = a.subject?.metric else { return false }
            return zip(x.reversed(), y.reversed()).prefix { $0 == $1 }.count >= 2
        }
        // (Of the rate's own measure: a nominal 6.4% is not the real 5.9% a real rate is set against.)
        let before = context.claims[max(0, a.number - 150)..<a.number].filter {
            $0.kind == a.kind && $0.unit == "%" && !$0.isPrior && context.samePeriod($0, a) && context.isOfWhole($0)
                && ($0.measure == a.measure || !["nominal", "current-prices"].contains($0.measure ?? ""))
        }
        // A metric the part's name ends with (海洋生产总值 of 东部海洋经济圈海洋生产总值) before one
        // that only ends alike (北部海洋经济圈海洋生产总值, another part).
        if let named = before.last(where: { c in
            guard let x = c.subject?.metric, let y = a.subject?.metric else { return false }
            return x.utf8.count < y.utf8.count && y.bytesEnd(with: x)
        }) { return named }
        return before.last { context.sameMetric($0, a) || endAlike($0) }
    }

    /// The rate of the same kind and period as `a`, not `a`, whose metric the words `named`
    /// hold (规模以上工业 of 快于规模以上工业), nearest to `near`.
    private func otherRate(named: Range<Int>, like a: Claim, near: Claim, _ context: Context) -> Claim? {
        let words = String(decoding: context.text.utf16[context.withoutRateWord(named)], as: UTF16.self)
        guard words.count >= 2 else { return nil }
        // The words hold its entity or its metric, or are the start of the words its subject
        // was read from (规模以上工业 of 规模以上工业增加值).
        // How much of the words it names: the longest of its entity or metric the words hold,
        // or of the words its subject was read from that begin as they do (出口企业整体 names
        // 出口企业出口 by four characters, 向…国家出口 by the two of 出口 alone).
        func namedLength(_ c: Claim) -> Int {
            guard let subject = c.subject else { return 0 }
            if subject.text.bytesStart(with: words) { return words.count }
            let held = [subject.entity, subject.metric].compactMap { $0 }.filter { $0.count >= 2 && words.bytesContain($0) }.map(\.count).max() ?? 0
            let prefix = zip(words, subject.text).prefix { $0 == $1 }.count
            return max(held, prefix >= 2 ? prefix : 0)
        }
        // (增速高于货物吞吐量2.3个百分点 after 港口货物吞吐量 and 外贸货物吞吐量 both grew: the words
        // name both alike, one paragraph holds both, and which one is meant the words do not
        // say: none is taken.)
        // (Words that begin with a word of the whole, 全行业 of 低于全行业 or 全行业平均水平, and
        // name nothing more of a figure, name the whole's rate of the same metric: not
        // 全行业从业平均人数's, whose words begin alike.)
        let whole = self.words.wholePrefix.filter { words.utf16.starts(with: $0) }.map(\.count).max() ?? 0
        var named: [(claim: Claim, named: Int)] = []
        for n in context.aroundNumbers(near, in: context.numbers(ofKind: a.kind)) {
            let c = context.claims[Int(n)]
            guard c.number != a.number, !c.isPrior, c.unit == "%", context.samePeriod(c, a) else { continue }
            let n = namedLength(c)
            if n > 0, n > whole || context.sameMetric(c, a) { named.append((c, n)) }
        }
        guard let most = named.map(\.named).max() else { return nil }
        let best = named.filter { $0.named == most }.map(\.claim)
        let distance = { (c: Claim) in abs(c.range.lowerBound - near.range.lowerBound) }
        guard let chosen = best.min(by: { distance($0) < distance($1) }) else { return nil }
        // (A rival said paragraphs away is another topic's: the nearer one is meant.)
        return best.contains(where: { !context.sameSubject($0, chosen) && $0.value != chosen.value && context.sameParagraph($0, chosen) }) ? nil : chosen
    }
}
