/// Two rates and the change in points between them.
extension Checker {
    /// An earlier rate and a change in points give this period's rate: 9月份为下降0.3%，
    /// 涨幅回升0.5个百分点 → 0.2%.
    func rateDifferences(_ context: Context, _ found: inout CheckList) {
        for change in context.claims(ofKind: .change) where change.kind == .change && change.unit == "pp" {
            // The rates just before it (a sentence without full stops may hold thousands).
            let (sentence, position) = context.place(of: change)
            // (Or exact shares: 比重为73.6%，超过七成，比上年的73.0%提高0.9个百分点.)
            let before = sentence[max(sentence.startIndex, position - 8)..<position].filter {
                $0.range.upperBound <= change.range.lowerBound && $0.unit == "%"
                    && ($0.kind == .growth || $0.kind == .rate || $0.kind == .share && $0.qualifier == .exact)
            }
            // A list of changes (分别比上月下降1.0和0.6个百分点) pairs in order with the list of
            // rates before it.
            let siblings = sentence.filter { $0.kind == .change && $0.sameRule(as: change) && $0.contextStart == change.contextStart }
            let listed: Claim?
            if siblings.count > 1, let first = siblings.first {
                let n = siblings.count
                let rates = Array(sentence.filter {
                    $0.range.upperBound <= first.range.lowerBound && ($0.kind == .growth || $0.kind == .rate) && $0.unit == "%"
                }.suffix(2 * n))
                // 分别为49.8%和47.9%，较上月的50.8%和48.5%分别下降1.0和0.6个百分点: the list of
                // earlier rates stated right before the changes, after the list of this period's.
                // (Item for item of one subject: the earlier rates take their subjects from the list before.)
                if rates.count == 2 * n, rates[n...].allSatisfy(\.isPrior), !rates[..<n].contains(where: \.isPrior),
                   Self.consecutive(rates[..<n], in: sentence), Self.consecutive(rates[n...], in: sentence), change.listIndex < n,
                   (0..<n).allSatisfy({ context.sameSubject(rates[$0], rates[n + $0]) }) {
                    let now = rates[change.listIndex], prior = rates[n + change.listIndex]
                    let range = Self.sized(CornerRange(claims: [now, prior]) { $0[0] - $0[1] }, for: change)
                    let link = context.frameLink("rates-against-prior-list", context.between(prior, change), holds: true, [now, prior])
                    found.add("difference", [now, prior, change], stated: change, range: range, context: context, link: link) { r in
                        "\(context.label(now)) against \(context.text.originalString(prior.range)) is a change of \(context.range(r, like: change)); stated \(context.text.originalString(change.range)) \(context.gap(r, change))"
                    }
                    continue
                }
                let items = rates.suffix(n)
                // One list (分别为50.5%、50.8%和51.4%), or rates of as many subjects said one
                // after another (生产指数为52.6%，新订单指数为51.8%，较上月分别提高0.1和0.7个百分点).
                let oneList = items.allSatisfy { $0.sameRule(as: items.first!) && $0.contextStart == items.first!.contextStart }
                let subjects = Set(items.map { context.facts(of: $0).term })
                let isList = items.count == n && !items.contains(where: \.isPrior)
                    && (oneList || (subjects.count == n && Self.consecutive(items, in: sentence)))
                listed = isList && change.listIndex < n ? items[items.startIndex + change.listIndex] : nil
            } else {
                listed = before.count == 1 ? before.first : nil
            }
            // One rate before the change and the period it is measured against named
            // (同比下降5.7%，降幅较去年全年收窄3.8个百分点): the earlier rate is that period's, said
            // elsewhere.
            // 比上月 (a change of basis mom) compares with the month before the rate's own.
            let against = change.comparedPeriod ?? (change.basis == "mom" ? listed.flatMap { $0.period?.monthBefore } : nil)
            // The one rate before the change the earlier one itself, that period's (年增率較5月之
            // 38.6%減少4.9個百分點): this period's is the rate of its subject said before it.
            if let prior = listed, prior.isPrior, let against, context.isPeriod(prior, against),
               let now = context.nearest(to: prior, in: context.numbers(ofTermOf: prior), { c in
                   c.number < prior.number && !c.isPrior && c.kind == prior.kind && context.sameUnit(c, prior) && c.qualifier == .exact
                       && context.sameSubject(c, prior) && context.sameBasis(c, prior) && context.samePeriod(c, change)
               }), context.sameParagraph(now, change) {
                // The earlier rate's period stated with it, and this period's rate said in the
                // change's sentence or the one right before: the words tie them.
                let holds = Self.periodSaid(prior, context) && now.sentence >= change.sentence - 1
                addDifference(now, prior, change, context.frameLink("prior-rate-then-change", context.between(prior, change), holds: holds, [now, prior]),
                              context, &found)
                continue
            }
            if let now = listed, !now.isPrior, let against,
               let prior = context.nearest(to: change, in: context.numbers(ofTermOf: now), { c in
                   // `now` is in percent (see `before`).
                   // (A prior figure of that very period is the one compared with: （9月份为3.0%）.)
                   c.number != now.number && c.kind == now.kind && context.sameUnit(c, now) && c.qualifier == .exact && context.sameSubject(c, now)
                       && context.sameBasis(c, now) && context.isPeriod(c, against)
                       // (經季節調整後失業率為3.36%，較上月下降0.01個百分點: not against July's
                       // unadjusted 3.30%.)
                       && Self.sameMeasure(context.claims[Int(c.number)].measure, now.measure)
                       // (大型、中型、小型企业PMI分别为49.9%、48.7%和47.1%, each read as 小型企业PMI: an
                       // item of a list whose items all took one subject is not told apart.)
                       && !Self.subjectsUntold(context.claims[Int(c.number)], context)
               }) {
                // 比上月上升…个百分点 names the period compared with; its rate is stated with
                // that period and the same subject.
                let holds = context.subjectsStated([now, prior]) && Self.periodSaid(prior, context)
                addDifference(now, prior, change, context.frameLink("rate-against-period", context.between(now, change), holds: holds, [now, prior]),
                              context, &found)
                continue
            }
            // The two rates just before the change: this period's and the earlier one.
            guard before.count >= 2, siblings.count == 1 else { continue }
            var now = before[before.count - 2]
            var prior = before[before.count - 1]
            // Both said as earlier periods' figures (同比下降2.1%，9月份为下降2.3%，…，较7月份的下降
            // 3.6%累计收窄1.5个百分点): the change is this period's rate, the last before them said
            // as no prior, against the one right before the change.
            if now.isPrior && prior.isPrior {
                guard let own = before.dropLast(2).last(where: { !$0.isPrior && $0.kind == prior.kind && context.sameSubject($0, prior) }) else { continue }
                now = own
            }
            // (Two rates of one list, 50.8%和48.5%, are of two subjects, not two periods.)
            // (Nor is an item of a list of several subjects, 17.7%、7.2%和3.9%，其中…比8月的18.9%,
            // the rate the change is of: which item it is the text does not say here.)
            let inList = sentence.contains { $0.number != now.number && $0.sameRule(as: now) && $0.contextStart == now.contextStart }
            guard now.kind == prior.kind, context.sameSubject(now, prior), !inList,
                  !now.sameRule(as: prior) || now.contextStart != prior.contextStart else { continue }
            // Which is the earlier rate: the one said as a prior figure, else the one of the
            // earlier period.
            if now.isPrior && !prior.isPrior {
                swap(&now, &prior)
            }
            if !prior.isPrior {
                guard let a = now.period, let b = prior.period, a.from != b.from || a.to != b.to else { continue }
                if a.to < b.to { swap(&now, &prior) }
                // 前三季度…增长3.9%，其中9月份当月增长5.6%，比8月份加快1.1个百分点: the change names
                // the period compared with, and the earlier rate said is of another.
                if let against, !context.isPeriod(prior, against) { continue }
            }
            // (較上月上升0.04個百分點（7月為59.31%），較上年同月上升0.14個百分點: the earlier rate
            // said is last month's, and the change is against a year before.)
            // (較上年同月 with no period read for it: a year before the rate's.)
            let expected = against ?? (change.basis == "yoy" ? now.period?.yearBefore : change.basis == "mom" ? now.period?.monthBefore : nil)
            // (Only where the earlier rate's own period was read: one marked prior by 之 or 的
            // keeps the period of its sentence.)
            if let expected, let a = now.period, let b = prior.period, a.from != b.from || a.to != b.to,
               !context.isPeriod(prior, expected) { continue }
            // A rate said as what the subject is above or below (仍低於…的5.4%高位，但較…的2.9%
            // 高出1.0個百分點) is another figure compared with, not the subject's own rate.
            let nowClause = context.clauseStart(before: now.range.lowerBound)..<now.range.lowerBound
            let units = context.text.utf16
            if (words.faster + words.slower).contains(where: { units[nowClause].contains(word: $0) }) { continue }
            // (增幅較9月的12.08%擴大2.73個百分點，亦高於整體工業0.53個百分點: a change after another
            // of the two rates is of something else the words name.)
            let later = max(now.range.upperBound, prior.range.upperBound)
            if sentence.contains(where: { $0.kind == .change && $0.unit == "pp" && $0.number != change.number
                && $0.range.lowerBound >= later && $0.range.upperBound <= change.range.lowerBound }) { continue }
            let range = Self.sized(CornerRange(claims: [now, prior]) { $0[0] - $0[1] }, for: change)
            // Both rates and the change in one sentence (比8月份的5.3%回落0.3个百分点).
            // Or the change's words name the rate just said by its size and the earlier one after
            // a word of comparing (，漲幅較9月之1.15%擴大0.19個百分點): the text ties the two.
            let holds = context.subjectsStated([now, prior]) && (prior.isPrior || (now.stated.contains(.period) && prior.stated.contains(.period)))
                || prior.isPrior && namesGapOf(now, prior, change, context)
            let link = context.frameLink("rates-in-one-sentence", context.between(now, change), holds: holds, [now, prior])
            found.add("difference", [now, prior, change], stated: change, range: range, context: context, link: link) { r in
                "\(context.text.originalString(now.range)) against \(context.text.originalString(prior.range)) is a change of \(context.range(r, like: change)); stated \(context.text.originalString(change.range)) \(context.gap(r, change))"
            }
        }
    }

    /// An item of a 分别 list whose items all took the same subject and period: which name is
    /// its, the reading did not tell.
    static func subjectsUntold(_ c: Claim, _ context: Context) -> Bool {
        let items = context.listItems(of: c)
        // (Items of one subject told apart by their months, 1至9月…分别为5.2%、5.4%…, are told.)
        return items.count > 1 && items.allSatisfy { context.sameSubject($0, c) && context.samePeriod($0, c) }
    }

    /// A change no word said the direction of (收窄1.2个百分点 in a clause of its own, claims/
    /// kinds.rules `unsigned`) is of the difference's size: 4.6% against 5.8% gives 1.2.
    static func sized(_ r: CornerRange?, for change: Claim) -> CornerRange? {
        guard change.stated.contains(.signUnread), let r, r.high < 0 else { return r }
        var sized = CornerRange(low: -r.high, high: -r.low)
        sized.atFigures = r.atFigures.map { -$0 }
        return sized
    }

    /// Claims that follow one another in their sentence, no other figure between them.
    static func consecutive(_ items: some Collection<Claim>, in sentence: ArraySlice<Claim>) -> Bool {
        guard let first = items.first else { return false }
        return zip(items, items.dropFirst()).allSatisfy { $1.number == $0.number + 1 } && sentence.contains { $0.number == first.number }
    }

    /// Its period stated in its own clause, or carried from an earlier clause of the same
    /// sentence (2月份制造业PMI为50.2%，…；大型企业PMI为52.5%: the months are one sentence's).
    static func periodSaid(_ c: Claim, _ context: Context) -> Bool {
        if c.stated.contains(.period) { return true }
        guard !c.stated.contains(.periodDefaulted) else { return false }
        let start = context.sentenceStart(before: c.range.lowerBound)
        var k = c.number - 1
        while k >= 0, context.claims[k].range.lowerBound >= start {
            let other = context.claims[k]
            if other.stated.contains(.period) { return context.samePeriod(other, c) }
            k -= 1
        }
        return false
    }

    /// This period's rate less the earlier one's against the change said in points.
    private func addDifference(_ now: Claim, _ prior: Claim, _ change: Claim, _ link: Link, _ context: Context, _ found: inout CheckList) {
        let range = Self.sized(CornerRange(claims: [now, prior]) { $0[0] - $0[1] }, for: change)
        found.add("difference", [now, prior, change], stated: change, range: range, context: context, link: link) { r in
            "\(context.label(now)) against \(context.label(prior)) is a change of \(context.range(r, like: change)); stated \(context.text.originalString(change.range)) \(context.gap(r, change))"
        }
    }

    /// `prior`'s clause opens with a gap noun and a word of comparing (漲幅較9月之…) and goes on
    /// to `change`, and `now` is the last figure before that clause in its sentence.
    private func namesGapOf(_ now: Claim, _ prior: Claim, _ change: Claim, _ context: Context) -> Bool {
        let units = context.text.utf16
        let start = context.clauseStart(before: prior.range.lowerBound)
        guard start <= prior.range.lowerBound, change.range.lowerBound > prior.range.upperBound,
              context.clauseStart(before: change.range.lowerBound) == start,
              let noun = words.gapNoun.first(where: { units[start..<prior.range.lowerBound].starts(with: $0) }),
              start + noun.count < prior.range.lowerBound, words.compare.contains(units[start + noun.count]),
              now.sentence == prior.sentence, now.range.upperBound <= start else { return false }
        return !context.claims(inSentence: now.sentence).contains { $0.range.lowerBound > now.range.upperBound && $0.range.upperBound <= start }
    }
}
