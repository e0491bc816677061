/// Two rates and the change in points between them.
extension Checker {
    /// An earlier rate and a change in points give this period's rate: 9月份为下降0.3%，
    /// 涨幅回升0.5个百分点 → 0.2%.
    /// The month before a period of one month (2025年3月 → 2025年2月), nil for a longer one.
    static func monthBefore(_ p: Period) -> Period? {
        guard p.from.year == p.to.year, p.from.month == p.to.month, p.from.day == 1 else { return nil }
        let (year, month) = p.from.month == 1 ? (p.from.year - 1, 12) : (p.from.year, p.from.month - 1)
        return Period(text: "", from: CalendarDate(year: year, month: month, day: 1),
                      to: CalendarDate(year: year, month: month, day: CalendarDate.lastDay(year: year, month: month)), yearUnknown: p.yearUnknown)
    }

    func rateDifferences(_ context: Context, _ found: inout CheckList) {
        for change in context.claims where change.kind == .change && change.unit == "pp" {
            // The rates just before it (a sentence without full stops may hold thousands).
            let (sentence, position) = context.place(of: change)
            let before = sentence[max(sentence.startIndex, position - 8)..<position].filter {
                $0.range.upperBound <= change.range.lowerBound && ($0.kind == .growth || $0.kind == .rate) && $0.unit == "%"
            }
            // A list of changes (分别比上月下降1.0和0.6个百分点) pairs in order with the list of
            // rates before it.
            let siblings = sentence.filter { $0.kind == .change && $0.rule == change.rule && $0.contextStart == change.contextStart }
            let listed: Claim?
            if siblings.count > 1, let first = siblings.first {
                let rates = before.filter { $0.range.upperBound <= first.range.lowerBound }.suffix(siblings.count)
                let isList = rates.count == siblings.count && rates.allSatisfy { $0.rule == rates.first!.rule && $0.contextStart == rates.first!.contextStart }
                listed = isList && change.listIndex < rates.count ? rates[rates.startIndex + change.listIndex] : nil
            } else {
                listed = before.count == 1 ? before.first : nil
            }
            // One rate before the change and the period it is measured against named
            // (同比下降5.7%，降幅较去年全年收窄3.8个百分点): the earlier rate is that period's, said
            // elsewhere.
            // 比上月 (a change of basis mom) compares with the month before the rate's own.
            let against = change.comparedPeriod ?? (change.basis == "mom" ? listed.flatMap { $0.period.flatMap(Self.monthBefore) } : nil)
            if let now = listed, let against,
               let prior = context.nearest(to: change, in: context.numbers(ofTermOf: now), { c in
                   // `now` is in percent (see `before`).
                   c.kind == now.kind && context.sameUnit(c, now) && !c.isPrior && c.qualifier == .exact && context.sameSubject(c, now)
                       && context.sameBasis(c, now) && context.isPeriod(c, against)
               }) {
                let range = CornerRange(claims: [now, prior]) { $0[0] - $0[1] }
                // 比上月上升…个百分点 names the period compared with; its rate is stated with
                // that period and the same subject.
                let holds = context.subjectsStated([now, prior]) && prior.stated.contains(.period)
                let link = context.frameLink("rate-against-period", context.between(now, change), holds: holds, [now, prior])
                found.add("difference", [now, prior, change], stated: change, range: range, context: context, link: link) { r in
                    "\(context.label(now)) against \(context.label(prior)) is a change of \(context.range(r, like: change)); stated \(context.text.originalString(change.range)) \(context.gap(r, change))"
                }
                continue
            }
            // The two rates just before the change: this period's and the earlier one.
            guard before.count >= 2, siblings.count == 1 else { continue }
            var now = before[before.count - 2]
            var prior = before[before.count - 1]
            // (Two rates of one list, 50.8%和48.5%, are of two subjects, not two periods.)
            // (Nor is an item of a list of several subjects, 17.7%、7.2%和3.9%，其中…比8月的18.9%,
            // the rate the change is of: which item it is the text does not say here.)
            let inList = sentence.contains { $0.number != now.number && $0.rule == now.rule && $0.contextStart == now.contextStart }
            guard now.kind == prior.kind, context.sameSubject(now, prior), !inList,
                  now.rule != prior.rule || now.contextStart != prior.contextStart else { continue }
            // Which is the earlier rate: the one said as a prior figure, else the one of the
            // earlier period.
            if now.isPrior && !prior.isPrior {
                swap(&now, &prior)
            } else if !prior.isPrior {
                guard let a = now.period, let b = prior.period, a.from != b.from || a.to != b.to else { continue }
                if a.to < b.to { swap(&now, &prior) }
            }
            let range = CornerRange(claims: [now, prior]) { $0[0] - $0[1] }
            // Both rates and the change in one sentence (比8月份的5.3%回落0.3个百分点).
            let holds = context.subjectsStated([now, prior]) && (prior.isPrior || (now.stated.contains(.period) && prior.stated.contains(.period)))
            let link = context.frameLink("rates-in-one-sentence", context.between(now, change), holds: holds, [now, prior])
            found.add("difference", [now, prior, change], stated: change, range: range, context: context, link: link) { r in
                "\(context.text.originalString(now.range)) against \(context.text.originalString(prior.range)) is a change of \(context.range(r, like: change)); stated \(context.text.originalString(change.range)) \(context.gap(r, change))"
            }
        }
    }
}
