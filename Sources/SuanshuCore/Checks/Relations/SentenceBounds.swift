/// An approximate figure that sums up an exact one said before it in its sentence:
/// 2025年出口6,407.5亿美元，首度突破6,000亿美元; 占比达95.87%，国产片占比超九成五;
/// 累计约20.08亿人次，…，总量超20亿人次. Figures of one kind, unit (one measure word), period,
/// partner, basis and measure, within a quarter of each other, with no 其中 between them (a
/// part is no restatement of its whole) and no two metrics the lexicons know and tell apart.
/// The sentence ties them: strong when the bound's metric is the figure's (出口 and 出口),
/// else weak (总量 and a figure of no metric). A figure compared with (较113年的33,437美元) is
/// none of them. Of several figures before it those it holds
/// for are taken (产量和销量分别为3128.2万辆和3143.6万辆，…保持在3000万辆以上), else the nearest.
extension Checker {
    func sentenceBounds(_ context: Context, _ found: inout CheckList) {
        let units = context.text.utf16
        for approximate in context.claims where approximate.qualifier != .exact && !approximate.isPrior {
            // An end of a range (5.0%至5.4%, 5.2—8.9张) bounds a spread of figures, not one.
            let n = approximate.number
            if n + 1 < context.claims.count, context.claims[n + 1].sentence == approximate.sentence,
               context.claims[n + 1].range.lowerBound - approximate.range.upperBound <= 2 { continue }
            if n > 0, context.claims[n - 1].sentence == approximate.sentence,
               approximate.range.lowerBound - context.claims[n - 1].range.upperBound <= 2 { continue }
            // (較去年同期約３７６萬人次: the bound is itself the figure compared with, the
            // period compared with right after 比 or 较, no verb of change between.)
            if context.saidAsCompared(approximate) { continue }
            var candidates: [Claim] = []
            // Back through the sentence, nearest first: at most a dozen figures.
            var k = approximate.number - 1
            while k >= 0, approximate.number - k <= 12, context.claims[k].sentence == approximate.sentence {
                defer { k -= 1 }
                let b = context.claims[k]
                guard b.kind == approximate.kind, !b.isPrior, b.qualifier == .exact || b.qualifier == .about,
                      b.unit == approximate.unit, b.unit != "count" || context.sameMeasureWord(b, approximate),
                      context.samePeriod(b, approximate), context.samePartner(b, approximate),
                      context.isYearOnYear(b) == context.isYearOnYear(approximate), context.isYearOnYear(b) || context.sameBasis(b, approximate),
                      Self.sameMeasure(b.measure, approximate.measure)
                else { continue }
                let x = approximate.value.doubleValue, y = b.value.doubleValue
                guard abs(x - y) <= 0.25 * abs(y) else { continue }
                if approximate.stated.contains(.subject), b.stated.contains(.subject), !context.sameMetric(b, approximate) { continue }
                let gap = context.between(b, approximate)
                if words.breakdown.contains(where: { w in gap.contains { units[$0...].starts(with: w) } }) { continue }
                // A figure compared with (较113年的33,437美元) is of another period, even where
                // that period is not read: 比 or 较 in its clause, 的 (a noun-end) right before it.
                let clause = context.clauseStart(before: b.range.lowerBound)..<b.range.lowerBound
                if let last = clause.last, words.nounEnd.contains(units[last]), units[clause].contains(where: { words.compare.contains($0) }) { continue }
                candidates.append(b)
            }
            guard let nearest = candidates.first else { continue }
            let holding = candidates.filter { CornerRange(claims: [approximate], { $0[0] })?.meets($0.interval) ?? false }
            for b in holding.isEmpty ? [nearest] : holding {
                let same = approximate.subject?.metric != nil && context.sameMetric(b, approximate)
                var link = context.frameLink("in-sentence", context.between(b, approximate), holds: same, [approximate, b])
                if !same { link.note = "the bound names no metric of its own or another, so it may sum up another figure of its sentence" }
                let range = CornerRange(claims: [approximate]) { $0[0] }
                let tolerance: Double? = [.nearly, .about].contains(approximate.qualifier) ? 0.1 * abs(b.value.doubleValue) : nil
                found.add("bound", [approximate, b], stated: b, range: range, context: context, link: link, message: { r in
                    "\(context.label(approximate)) allows \(context.range(r, like: b)); stated before it in its sentence \(context.label(b)) \(context.gap(r, b))"
                }, nearMiss: tolerance, nearMissNote: "; loose wording this close to the exact figure is not called an error")
            }
        }
    }
}
