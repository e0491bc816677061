/// A list of shares of one whole that makes up the whole adds to 100.
///
/// Shares each tied to its part and one whole by their clauses (ClauseShares: 人均工资性收入
/// 23327元…在可支配收入中的比重为56.5%；人均经营净收入6908元…占比16.7%；…), whose parts add
/// up to that whole: the figures themselves show the list is complete, so the link is strong.
///
/// A list in one sentence (三次产业增加值占比分别为6.8%、36.5%和56.7%; contribution rates
/// 分别为44.5%、25.2%和30.3%; 纯电动车型约占新能源汽车销量的六成，插电式混合动力车型约占四成,
/// the later shares naming no whole of their own): whether it names every member the text
/// does not say, so the link is weak: a list that adds up is consistent, and one that comes
/// near 100 without it unverifiable; a list far from 100 is taken for a partial one and makes
/// no check.
extension Checker {
    func shareLists(_ context: Context, _ found: inout CheckList) {
        partsShareLists(context, &found)
        var start = 0
        let claims = context.claims
        while start < claims.count {
            let first = claims[start]
            var end = start + 1
            var members = [start]
            while end < claims.count, claims[end].sentence == first.sentence {
                let c = claims[end]
                // (A rank said of an item, 料理家務者占30.5%次之, stands between the list's items.)
                if c.kind == .rank, first.kind != .rank {
                    end += 1
                    continue
                }
                guard c.kind == first.kind, c.sameRule(as: first) && c.contextStart == first.contextStart || sameWhole(c, first)
                        || parallelShare(c, after: claims[members.last!], context) else { break }
                members.append(end)
                end += 1
            }
            defer { start = end }
            let list = members.map { claims[$0] }
            guard first.kind == .share || first.kind == .contribution, first.unit == "%", list.count >= 2,
                  list.allSatisfy({ ($0.qualifier == .exact || $0.qualifier == .about) && !$0.isPrior }) else { continue }
            let total = list.reduce(0) { $0 + $1.value.doubleValue }
            guard total > 90, total < 110 else { continue }
            var link = Link(strength: .weak, evidence: [context.frame("list-of-shares", min(first.contextStart, first.range.lowerBound)..<first.range.lowerBound),
                                                        context.fields(list).evidence])
            link.note = "the text does not say that the list names every part of the whole"
            addHundred(list, link: link, context, &found)
        }
    }

    /// 16—20岁的占1.5%，21—30岁的占17.8%，…: clause after clause of one sentence sharing out a
    /// whole that none of them names, with no 其中 between (a part of a part).
    private func parallelShare(_ c: Claim, after before: Claim, _ context: Context) -> Bool {
        guard c.sentence == before.sentence, c.kind == .share, before.kind == .share, c.sameRule(as: before),
              !c.wholeNamed, !before.wholeNamed, c.wholeMetric == nil, before.wholeMetric == nil else { return false }
        // A clause of its own (not 2.6:30.1:67.3, a ratio of structure), no 其中 between.
        let units = context.text.utf16[before.range.upperBound..<c.range.lowerBound]
        return units.contains { [0xFF0C, 0x2C, 0xFF1B, 0x3B].contains($0) } && !words.breakdown.contains { units.contains(word: $0) }
    }

    /// A share of the sentence after a share that named its whole, naming none itself: of
    /// the same whole (约占新能源汽车销量的六成，…约占四成).
    private func sameWhole(_ c: Claim, _ first: Claim) -> Bool {
        c.sentence == first.sentence && c.kind == .share && first.kind == .share && first.wholeNamed && !c.wholeNamed
            && c.wholeMetric != nil && c.wholeMetric == first.wholeMetric
    }

    /// Shares tied over strong links to one whole, whose parts add up to it.
    private func partsShareLists(_ context: Context, _ found: inout CheckList) {
        var byWhole: [Int: [ShareLink]] = [:]
        var order: [Int] = []
        for l in shareLinks(context) where l.strong && l.share.qualifier == .exact {
            if byWhole[l.whole.number] == nil { order.append(l.whole.number) }
            byWhole[l.whole.number, default: []].append(l)
        }
        for w in order {
            guard let run = byWhole[w], run.count >= 2, Set(run.map(\.part.number)).count == run.count,
                  let total = CornerRange(claims: run.map(\.part), { $0.reduce(0, +) }), total.meets(run[0].whole.interval) else { continue }
            let whole = run[0].whole
            var link = Link(strength: .strong, evidence: [context.frame("shares-of-parts", run[0].frame.range),
                                                          context.fields(run.map(\.share)).evidence])
            link.note = nil
            addSharesOfParts(run.map(\.share), parts: run.map(\.part), whole: whole, link: link, context, &found)
        }
    }

    /// Shares each of its part, whose parts add up to the whole: the shares add to 100.
    func addSharesOfParts(_ shares: [Claim], parts: [Claim], whole: Claim, link: Link, _ context: Context, _ found: inout CheckList) {
        let sum = parts.map { context.text.originalString($0.range) }.joined(separator: " + ")
        addHundred(shares, link: link, context, &found,
            why: "; each is a share of \(context.label(whole)), and the parts \(sum) add up to it")
    }

    /// The last share of `list` against 100 less the others.
    func addHundred(_ list: [Claim], link: Link, _ context: Context, _ found: inout CheckList, why: String = "") {
        let others = Array(list.dropLast()), last = list[list.count - 1]
        let range = CornerRange(claims: others) { 100 - $0.reduce(0, +) }
        found.add("sum", list, stated: last, range: range, context: context, link: link) { r in
            "100 less " + others.map { context.text.originalString($0.range) }.joined(separator: " and ")
                + " leaves \(context.range(r, like: last)); stated \(context.text.originalString(last.range)) \(context.gap(r, last))" + why
        }
    }
}
