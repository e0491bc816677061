/// The months to date and the month after them make the months to date of that month:
/// 1—9月实际使用外资5737.0亿元…，10月当月482.3亿元 against 1—10月的6219.3亿元. The three figures
/// are of one subject and unit; strong when each states its subject and period in its own
/// sentence, since a release's running totals are its own arithmetic.
extension Checker {
    func periodSums(_ context: Context, _ found: inout CheckList) {
        for month in context.claims where context.isLevel(month) && (month.qualifier == .exact || month.qualifier == .about) {
            guard let period = month.period, period.from.month > 1, period.isWholeMonths,
                  period.from.month == period.to.month else { continue }
            let year = period.from.year
            // The months to date before this one, and those to date with it.
            let own = context.facts(of: month)
            func toDate(through last: Int) -> Claim? {
                let from = Context.packed(CalendarDate(year: year, month: 1, day: 1))
                let to = Context.packed(CalendarDate(year: year, month: last, day: CalendarDate.lastDay(year: year, month: last)))
                guard let found = context.nearest(to: month, in: context.numbers(ofTermOf: month), { f in
                    context.isLevel(f) && f.unit == own.unit && (f.qualifier == .exact || f.qualifier == .about) && f.from == from && f.to == to
                }) else { return nil }
                return context.sameMeasureWord(found, month) ? found : nil
            }
            guard let before = toDate(through: period.from.month - 1), let through = toDate(through: period.from.month),
                  abs(before.sentence - month.sentence) <= Context.window, abs(through.sentence - month.sentence) <= Context.window
            else { continue }
            let parts = [before, month]
            let range = CornerRange(claims: parts) { $0.reduce(0, +) }
            let stated = context.subjectsStated(parts + [through]) && (parts + [through]).allSatisfy { $0.stated.contains(.period) }
            var link = Link(strength: stated ? .strong : .weak,
                            evidence: [context.fields(parts + [through]).evidence])
            if !stated { link.note = "a subject or a period of the three figures is carried from another sentence, not stated with it" }
            found.add("sum", parts + [through], stated: through, range: range, context: context, link: link) { r in
                "\(context.label(before)) + \(context.label(month)) = \(context.range(r, like: through)); stated \(context.label(through)) \(context.gap(r, through))"
            }
        }
    }
}
