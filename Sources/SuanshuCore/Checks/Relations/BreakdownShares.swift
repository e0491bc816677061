/// The shares of the items of one breakdown: 按食肆類別分析，中式酒樓菜館…佔30.6%；非中式餐館…佔35.6%；
/// 快餐店…佔26.3%；酒吧…佔1.4%；其他食肆…佔8.8%. A sentence the frame opens (分…看, 按…分) splits one
/// whole by one dimension, item after item (；), so the items do not overlap: their shares add
/// to at most 100, and to 100 when the last item names the rest (其他, 其余: the list closes).
/// Both are strong: the text makes the split. Shares that come short of 100 in a list with no
/// item of the rest prove nothing (items may be left out): no check.
///   not: 分行业看，制造业…占60%；其中，装备制造业…占35% — a part of an item (其中) is no item
///   not: shares of the period compared with (较8月底的67.5%) — no item's share
///   not: 分灾种看，洪涝…占受灾总人次的34.3%…占全部损失的44.0%；…两者合计…占总损失的66.1% — shares of
///        two wholes, and a total of items
extension Checker {
    func breakdownShares(_ context: Context, _ found: inout CheckList) {
        let units = context.text.utf16
        var done = -1
        for first in context.claims(ofKind: .share) where first.sentence > done {
            done = first.sentence
            let start = context.sentenceStart(before: first.range.lowerBound)
            guard let comma = units[start..<first.range.lowerBound].firstIndex(of: 0x2C), comma - start <= 8,
                  opensDimension(start..<comma, units) else { continue }
            var shares: [Claim] = []
            var items: [Int] = []
            var lastItem = comma + 1..<comma + 1
            var whole: String?
            var mixed = false
            // (The segmenter cuts at ；: the sentence runs on to the full stop.)
            for s in context.claims[first.number...] {
                if context.sentenceStart(before: s.range.lowerBound) != start { break }
                done = s.sentence
                guard s.kind == .share, s.unit == "%" else { continue }
                let itemStart = units[(comma + 1)..<s.range.lowerBound].lastIndex(of: 0x3B).map { $0 + 1 } ?? comma + 1
                let item = itemStart..<s.range.lowerBound
                guard !s.isPrior, !context.saidAsCompared(s) else { continue }
                // Every share of the sentence of one whole (not: 占受灾总人次的34.3%…占全部损失的44.0%).
                if s.wholeNamed, let named = s.wholeMetric {
                    if let whole, whole != named { mixed = true }
                    whole = whole ?? named
                }
                // (Nor a total of items, 两者合计…占总损失的66.1%: no item of its own; but the rest's
                // total is one, 燃油、抽蓄水力及其他合计占2.0%.)
                let isRest = words.rest.contains { units[item].contains(word: $0) }
                guard s.qualifier == .exact || s.qualifier == .about, !words.breakdown.contains(where: { units[item].contains(word: $0) }),
                      isRest || !words.total.contains(where: { units[item].contains(word: $0) }) else { continue }
                // One share an item, or a 分别 list of them.
                if items.last == itemStart, !words.respectively.contains(where: { units[item].contains(word: $0) }) { continue }
                shares.append(s)
                items.append(itemStart)
                lastItem = item
            }
            guard !mixed, shares.count >= 2, Set(items).count >= 2,
                  let lows = Optional(shares.compactMap { $0.interval.low?.doubleValue }), lows.count == shares.count else { continue }
            let firstClause = lastItem.lowerBound..<(units[lastItem].firstIndex(of: 0x2C) ?? lastItem.upperBound)
            let closed = words.rest.contains { units[firstClause].contains(word: $0) }
            // Open, the items may leave some out: only more than 100 is a finding.
            guard closed || lows.reduce(0, +) > 100 else { continue }
            var link = Link(strength: .strong, evidence: [context.frame(closed ? "closed-breakdown" : "breakdown-items", start..<comma),
                                                          context.fields(shares).evidence])
            link.note = nil
            addHundred(shares, link: link, context, &found,
                       why: closed ? "; the items of one breakdown, the last naming the rest, make the whole"
                           : "; the items of one breakdown do not overlap, so their shares cannot add to more than 100")
        }
    }
}
