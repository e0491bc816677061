/// The months to date and the month (or months) after them make the months to date of the
/// last: 1—9月实际使用外资5737.0亿元…，10月当月482.3亿元 against 1—10月的6219.3亿元. The three figures
/// are of one subject and unit; strong when each states its subject and period in its own
/// sentence, since a release's running totals are its own arithmetic.
extension Checker {
    func periodSums(_ context: Context, _ found: inout CheckList) {
        for month in context.claims where context.isLevel(month) && (month.qualifier == .exact || month.qualifier == .about) {
            // (Or months after them: 上半年…932.6亿元，第三季度1035.8亿元 against 前三季度的1986.4亿元.)
            guard let period = month.period, period.from.month > 1, period.isWholeMonths,
                  period.from.year == period.to.year else { continue }
            let year = period.from.year
            // The months to date before this one, and those to date with it.
            let own = context.facts(of: month)
            // (Or, when neither is of the month's own name, both of one name that ends with it
            // and has two characters or more before it: 10月当月实现营业总收入 beside 1-9月国有企业…
            // 营业总收入 and 1-10月国有企业营业总收入, over a weak link. Not 出口 of 进出口.)
            func toDate(through last: Int, named: String?) -> Claim? {
                let from = Context.packed(CalendarDate(year: year, month: 1, day: 1))
                let to = Context.packed(CalendarDate(year: year, month: last, day: CalendarDate.lastDay(year: year, month: last)))
                func fits(_ f: Context.Facts) -> Bool {
                    context.isLevel(f) && f.unit == own.unit && (f.qualifier == .exact || f.qualifier == .about) && f.from == from && f.to == to
                }
                let candidates = named.map { context.numbers(ofTerm: $0) ?? [] } ?? context.numbers(ofTermOf: month)
                guard let found = context.nearest(to: month, in: candidates, { f in fits(f) && f.kind == own.kind }) else { return nil }
                return context.sameMeasureWord(found, month) ? found : nil
            }
            var byEnding = false
            var pair = (toDate(through: period.from.month - 1, named: nil), toDate(through: period.to.month, named: nil))
            if pair.0 == nil, pair.1 == nil, let name = month.subject?.term, name.utf16.count >= 2,
               let longer = context.claims[max(0, month.number - 40)..<month.number].reversed().lazy.compactMap({ $0.subject?.term })
                   .first(where: { $0.utf16.count >= name.utf16.count + 2 && $0.bytesEnd(with: name) }) {
                pair = (toDate(through: period.from.month - 1, named: longer), toDate(through: period.to.month, named: longer))
                byEnding = true
            }
            guard let before = pair.0, let through = pair.1,
                  abs(before.sentence - month.sentence) <= Context.window, abs(through.sentence - month.sentence) <= Context.window
            else { continue }
            let parts = [before, month]
            let range = CornerRange(claims: parts) { $0.reduce(0, +) }
            // (A part naming its period alone after the other in one sentence, 上半年直接经济损失932.6
            // 亿元，第三季度1035.8亿元, has that one's subject.)
            let subjectsStated = context.subjectsStated([through]) && (context.subjectsStated(parts)
                || before.sentence == month.sentence && (before.namesSubject || month.namesSubject))
            // (The whole's period may be its paragraph's: the parts' are what the sum rests on.)
            let stated = subjectsStated && parts.allSatisfy { $0.stated.contains(.period) }
                && (through.stated.contains(.period) || before.sentence == month.sentence && !through.stated.contains(.periodDefaulted))
            var link = Link(strength: stated && !byEnding ? .strong : .weak,
                            evidence: [context.fields(parts + [through]).evidence])
            if !stated { link.note = "a subject or a period of the three figures is carried from another sentence, not stated with it" }
            if byEnding { link.note = "the figures' names differ, one ending with the other, so they may not be of one measure" }
            found.add("sum", parts + [through], stated: through, range: range, context: context, link: link) { r in
                "\(context.label(before)) + \(context.label(month)) = \(context.range(r, like: through)); stated \(context.label(through)) \(context.gap(r, through))"
            }
        }
    }

    /// The quarters of a stretch from January make it up: 第一季…7,492億元及…8,103億元 and
    /// 第三季…8,583億元 against 首三季合計24,178億元. Each quarter the nearest level of the whole's
    /// subject and unit; strong when every figure states its subject and period.
    func quarterSums(_ context: Context, _ found: inout CheckList) {
        // The quarters found for each whole; a whole the quarters bear out is what they add up
        // to, not another figure of that name said elsewhere (前三季度…4850亿美元 and a later
        // remark's 4580亿美元: the restatement is checked, not the quarters again).
        var sums: [(parts: [Claim], whole: Claim, range: CornerRange?)] = []
        for whole in context.claims where context.isLevel(whole) && (whole.qualifier == .exact || whole.qualifier == .about) {
            guard let period = whole.period, !period.yearUnknown, period.isWholeMonths, period.from.month == 1,
                  period.to.month % 3 == 0, period.to.month >= 6 else { continue }
            let year = period.from.year
            let own = context.facts(of: whole)
            let candidates = context.numbers(ofTermOf: whole)
            var parts: [Claim] = []
            for q in 0..<(period.to.month / 3) {
                let from = Context.packed(CalendarDate(year: year, month: 3 * q + 1, day: 1))
                let to = Context.packed(CalendarDate(year: year, month: 3 * q + 3, day: CalendarDate.lastDay(year: year, month: 3 * q + 3)))
                guard let part = context.nearest(to: whole, in: candidates, { f in
                    context.isLevel(f) && f.kind == own.kind && f.unit == own.unit && (f.qualifier == .exact || f.qualifier == .about)
                        && f.from == from && f.to == to
                }), context.sameMeasureWord(part, whole), abs(part.sentence - whole.sentence) <= Context.window else { parts = []; break }
                parts.append(part)
            }
            guard parts.count >= 2 else { continue }
            sums.append((parts, whole, CornerRange(claims: parts) { $0.reduce(0, +) }))
        }
        for sum in sums {
            func agrees(_ s: (parts: [Claim], whole: Claim, range: CornerRange?)) -> Bool { s.range?.meets(s.whole.interval) == true }
            if !agrees(sum), sums.contains(where: { $0.parts.map(\.number) == sum.parts.map(\.number) && agrees($0) }) { continue }
            let (parts, whole) = (sum.parts, sum.whole)
            let stated = context.subjectsStated(parts + [whole]) && (parts + [whole]).allSatisfy { $0.stated.contains(.period) }
            var link = Link(strength: stated ? .strong : .weak, evidence: [context.fields(parts + [whole]).evidence])
            if !stated { link.note = "a subject or a period of the figures is carried from another sentence, not stated with it" }
            found.add("sum", parts + [whole], stated: whole, range: sum.range, context: context, link: link) { r in
                parts.map { context.label($0) }.joined(separator: " + ") + " = \(context.range(r, like: whole)); stated \(context.label(whole)) \(context.gap(r, whole))"
            }
        }
    }
}
