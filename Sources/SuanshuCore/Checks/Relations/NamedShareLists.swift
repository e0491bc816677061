/// A list of shares after names listed before 分别 (checks/words.lex role respectively), each
/// of the whole named after 占: 同城、异地、国际/港澳台快递业务量分别占全部快递业务量的6.7%、91.4%和
/// 1.9% — the k-th name's level (同城快递业务量63.8亿件, said before) over the whole's level
/// (快递业务量956.4亿件) is the k-th share. The text pairs them, so the link is strong when every
/// part's name starts with its listed name and the whole's name is the one after 占.
extension Checker {
    func namedShareLists(_ context: Context, _ found: inout CheckList) {
        let units = context.text.utf16
        var next = 0
        for first in context.claims(ofKind: .share) where first.number >= next {
            let shares = shareRun(from: first, context)
            next = first.number + shares.count
            guard shares.count >= 2, shares.allSatisfy({ $0.unit == "%" && !$0.isPrior }) else { continue }
            let clause = context.clauseStart(before: first.range.lowerBound)..<first.range.lowerBound
            // 分别, then 占, then the whole's name up to 的 before the first share; or 占, the
            // whole's name, 的比重, then 分别为 (基础研究、应用研究和试验发展经费占R&D经费的比重分别为…).
            let respectively: Range<Int>, wholeRange: Range<Int>
            if let (r, opener) = respectivelyFrame(clause, context), clause.upperBound - 1 > opener + 1, units[clause.upperBound - 1] == 0x7684 {
                (respectively, wholeRange) = (r, (opener + 1)..<(clause.upperBound - 1))
            } else if let (names, whole) = namesOccupyingThenRespectively(clause, context) {
                (respectively, wholeRange) = (names.upperBound..<names.upperBound, whole)
            } else {
                continue
            }
            var wholeName = Array(units[wholeRange])
            for generic in words.wholeGeneric where wholeName.starts(with: generic) && wholeName.count > generic.count + 1 {
                wholeName.removeFirst(generic.count)
            }
            // ，分别占全国的53.6%、11.1%…: no names, the levels said just before are the parts, in
            // order, and the whole is the level of their metric said of the whole (全国).
            if respectively.lowerBound == clause.lowerBound {
                if let (parts, whole) = listedParts(before: first, count: shares.count, wholeName: wholeName, context) {
                    addShares(parts, whole, shares, clause, context, &found)
                }
                continue
            }
            // The names before 分别, apart at the partitions' joiners; the noun after the last
            // (快递业务量 of 国际/港澳台快递业务量) is the whole's.
            var names = units[clause.lowerBound..<respectively.lowerBound].split { partitions.joiners.contains($0) }.map(Array.init)
            guard names.count == shares.count, wholeName.count >= 2 else { continue }
            if let last = names.last, last.count > wholeName.count, last.suffix(wholeName.count).elementsEqual(wholeName) {
                names[names.count - 1] = Array(last.dropLast(wholeName.count))
            }
            let wholeMetric = String(decoding: wholeName, as: UTF16.self)
            // The levels said before the list, nearest first, within a few paragraphs.
            let earlier = context.claims[..<first.number].reversed().prefix(80).filter {
                context.isLevel($0) && $0.qualifier == .exact && first.sentence - $0.sentence <= 15 && context.samePeriod($0, first)
            }
            guard let whole = earlier.first(where: { $0.subject?.metric == wholeMetric }) else { continue }
            var parts: [Claim] = []
            for name in names {
                guard name.count >= 2, let part = earlier.first(where: { c in
                    c.number != whole.number && c.unit == whole.unit && context.sameMeasureWord(c, whole)
                        && (c.subject?.metric).map { Array($0.utf16).starts(with: name) } == true
                }) else { break }
                parts.append(part)
            }
            guard parts.count == shares.count, Set(parts.map(\.number)).count == parts.count else { continue }
            addShares(parts, whole, shares, clause, context, &found)
        }
    }

    /// A share of a list after 分别占 (分别占…的14.6%、13.4%和10.8%): the list pairs it with its
    /// part by place, which this finder reads; the other share finders leave it.
    func inRespectivelyList(_ share: Claim, _ context: Context) -> Bool {
        var first = share
        while first.number > 0, shareRun(from: context.claims[first.number - 1], context).count > 1 {
            first = context.claims[first.number - 1]
        }
        guard shareRun(from: first, context).count > 1 else { return false }
        return respectivelyFrame(context.clauseStart(before: first.range.lowerBound)..<first.range.lowerBound, context) != nil
    }

    /// 分别 and then 占 in the clause (分别占全省进出口总值的…, not 占比分别为: there each share
    /// names its part): where 分别 stands and where 占 does.
    private func respectivelyFrame(_ clause: Range<Int>, _ context: Context) -> (respectively: Range<Int>, opener: Int)? {
        let units = context.text.utf16
        guard let respectively = words.respectively.lazy.compactMap({ units[clause].range(of: $0) }).first,
              let opener = units[respectively.upperBound..<clause.upperBound].firstIndex(where: { words.wholeOpeners.contains($0) }) else { return nil }
        return (respectively, opener)
    }

    /// 基础研究、应用研究和试验发展经费占R&D经费的比重分别为: the names (up to 占), and the whole's
    /// name (from 占 to 的), when after 的 come at most three characters (比重) and 分别 with at
    /// most two (为) before the first share.
    private func namesOccupyingThenRespectively(_ clause: Range<Int>, _ context: Context) -> (names: Range<Int>, whole: Range<Int>)? {
        let units = context.text.utf16
        guard let opener = units[clause].firstIndex(where: { words.wholeOpeners.contains($0) }), opener > clause.lowerBound,
              let of = units[(opener + 1)..<clause.upperBound].firstIndex(of: 0x7684), of > opener + 1,
              let respectively = words.respectively.lazy.compactMap({ units[(of + 1)..<clause.upperBound].range(of: $0) }).first,
              respectively.lowerBound - (of + 1) <= 3, clause.upperBound - respectively.upperBound <= 2 else { return nil }
        return (clause.lowerBound..<opener, (opener + 1)..<of)
    }

    /// The shares from `first` on written as one list: nothing but the partitions' joiners
    /// (、 和 及) between one and the next (14.6%、13.4%和10.8%).
    func shareRun(from first: Claim, _ context: Context) -> ArraySlice<Claim> {
        let units = context.text.utf16
        var end = first.number + 1
        while end < context.claims.count, context.claims[end].kind == .share, context.claims[end].sentence == first.sentence {
            let gap = context.claims[end - 1].range.upperBound..<context.claims[end].range.lowerBound
            guard !gap.isEmpty, gap.count <= 2, units[gap].allSatisfy({ partitions.joiners.contains($0) }) else { break }
            end += 1
        }
        return context.claims[first.number..<end]
    }

    /// The levels said right before the list, one a clause or as one list of their own
    /// (分别进出口1356.2亿元、1243.7亿元和1002.9亿元), as many as the shares, and the whole: the level before them of their metric and a whole's name (全国)
    /// or none, no smaller than their sum.
    private func listedParts(before first: Claim, count: Int, wholeName: [UInt16], _ context: Context) -> (parts: [Claim], whole: Claim)? {
        // The whole's name after its prefix (全省进出口总值 → 进出口总值), nothing left for 全国.
        var name = wholeName[...]
        for prefix in words.wholePrefix where name.starts(with: prefix) { name = name.dropFirst(prefix.count); break }
        let before = context.claims[..<first.number].reversed().prefix(count * 3)
        var parts: [Claim] = []
        for c in before {
            guard c.sentence == first.sentence else { break }
            if context.isLevel(c) { parts.insert(c, at: 0) }
            if parts.count == count { break }
        }
        guard parts.count == count, let head = parts.first, parts.allSatisfy({ $0.unit == head.unit && context.sameMeasureWord($0, head) && $0.qualifier == .exact }),
              Set(parts.map { context.clauseStart(before: $0.range.lowerBound) }).count == count
                || zip(parts, parts.dropFirst()).allSatisfy({ a, b in
                    let gap = a.range.upperBound..<b.range.lowerBound
                    return !gap.isEmpty && gap.count <= 2 && context.text.utf16[gap].allSatisfy { partitions.joiners.contains($0) }
                }) else { return nil }
        let sum = parts.reduce(0.0) { $0 + $1.value.doubleValue }
        for c in context.claims[..<head.number].reversed().prefix(80) where first.sentence - c.sentence <= 15 {
            guard context.isLevel(c), c.unit == head.unit, context.sameMeasureWord(c, head), c.qualifier == .exact,
                  context.samePeriod(c, head), c.value.doubleValue >= sum * 0.98 else { continue }
            // Named: the name opens with the whole's metric (进出口总值, not 出口); unnamed (全国): no
            // more than half as large again as the parts, which then cover most of it.
            if name.isEmpty {
                guard c.value.doubleValue <= sum * 1.5 else { continue }
            } else {
                // Of all (进出口9286.4亿元), not of a part (民营企业进出口6587.3亿元).
                guard c.subject?.entity == nil, c.subject?.partner == nil,
                      let metric = c.subject?.metric, metric.utf16.count >= 2, name.starts(with: metric.utf16) else { continue }
            }
            return (parts, c)
        }
        return nil
    }

    private func addShares(_ parts: [Claim], _ whole: Claim, _ shares: ArraySlice<Claim>, _ clause: Range<Int>, _ context: Context, _ found: inout CheckList) {
        for (part, share) in zip(parts, shares) {
            let range = CornerRange(claims: [part, whole]) { $0[0] / $0[1] * 100 }
            let link = Link(strength: .strong, evidence: [context.frame("named-share-list", clause), context.fields([part, whole, share]).evidence])
            found.add("share", [part, whole, share], stated: share, range: range, context: context, link: link) { r in
                "\(context.label(part)) / \(context.label(whole)) = \(context.range(r, like: share)); stated \(context.text.originalString(share.range)) \(context.gap(r, share))"
            }
        }
        // Parts that add up to the whole make it: their shares then add to 100 (海洋第一、二、三产业
        // 4893 + 37412 + 63133 = 105438, so 4.6% + 36.5% + 59.9% should make 100).
        if shares.allSatisfy({ $0.qualifier == .exact }), parts.allSatisfy({ $0.qualifier == .exact }),
           let total = CornerRange(claims: parts, { $0.reduce(0, +) }), total.meets(whole.interval) {
            var link = Link(strength: .strong, evidence: [context.frame("shares-of-parts", clause), context.fields(Array(shares)).evidence])
            link.note = nil
            addSharesOfParts(Array(shares), parts: parts, whole: whole, link: link, context, &found)
        }
        // Shares of one whole that add up to 100, each agreeing with its part, say the parts
        // make the whole: they add up to it (三次产业…分别占海洋生产总值的4.6%、36.0%和59.4% →
        // 4844 + 37950 + 62644). Weak: shares rounded to 100 may leave a small rest, and a share
        // off its part (a changed figure) would make a whole of parts that are not one.
        let lows = shares.map { $0.interval.low?.doubleValue }, highs = shares.map { $0.interval.high?.doubleValue }
        guard parts.count >= 2, lows.allSatisfy({ $0 != nil }), highs.allSatisfy({ $0 != nil }),
              lows.reduce(0.0, { $0 + $1! }) <= 100, highs.reduce(0.0, { $0 + $1! }) >= 100,
              parts.allSatisfy({ $0.qualifier == .exact }),
              zip(parts, shares).allSatisfy({ part, share in CornerRange(claims: [part, whole]) { $0[0] / $0[1] * 100 }?.meets(share.interval) == true })
        else { return }
        let range = CornerRange(claims: parts) { $0.reduce(0, +) }
        var link = Link(strength: .weak, evidence: [context.frame("shares-make-the-whole", clause), context.fields(parts + [whole]).evidence])
        link.note = "the parts are taken to make the whole because their shares add up to 100, which rounding allows with a small rest left out"
        found.add("sum", parts + [whole], stated: whole, range: range, context: context, link: link) { r in
            context.sumMessage(parts, whole, r)
        }
    }
}
