/// The shares of the items of one breakdown: 按食肆類別分析，中式酒樓菜館…佔30.6%；非中式餐館…佔35.6%；
/// 快餐店…佔26.3%；酒吧…佔1.4%；其他食肆…佔8.8%. A sentence the frame opens (分…看, 按…分) splits one
/// whole by one dimension, item after item (；), so the items do not overlap: their shares add
/// to 100 when the last item names the rest (其他, 其余: the list closes) — a strong link. With no
/// item of the rest, items may be left out or overlap: shares above 100 are reported weakly
/// (unverifiable), shares short of it not at all. Each item has its level and 占 before its share.
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
            let end = units[start...].firstIndex { $0 == 0x3002 || $0 == 0x0A } ?? units.count
            for s in context.claims[first.number...] {
                if s.range.lowerBound >= end { break }
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
                      isRest || !words.total.contains(where: { units[item].contains(word: $0) }),
                      // A part of the whole: 占 before it in its item, and the item's own level before
                      // that (not: 恢复至2018年同期的83%, 有72.3%的人, 出口交货值占营业收入的比重 — a
                      // ratio to each item's own base).
                      let opener = units[item].lastIndex(where: { $0 == 0x5360 }),
                      hasLevel(in: item.lowerBound..<opener, before: s, context)
                else { continue }
                // One share an item, or a 分别 list of them.
                if items.last == itemStart, !words.respectively.contains(where: { units[item].contains(word: $0) }) { continue }
                shares.append(s)
                items.append(itemStart)
                lastItem = item
            }
            let lows = shares.compactMap { $0.interval.low?.doubleValue }
            guard !mixed, shares.count >= 2, Set(items).count >= 2, lows.count == shares.count else { continue }
            let firstClause = lastItem.lowerBound..<(units[lastItem].firstIndex(of: 0x2C) ?? lastItem.upperBound)
            let closed = words.rest.contains { units[firstClause].contains(word: $0) }
            // Open, the items may leave some out, and may overlap (机电产品 and 高技术产品, 东盟 and
            // 共建"一带一路"国家): more than 100 is worth saying, but proves nothing.
            guard closed || lows.reduce(0, +) > 100 else { continue }
            var link = Link(strength: closed ? .strong : .weak, evidence: [context.frame(closed ? "closed-breakdown" : "breakdown-items", start..<comma),
                                                                           context.fields(shares).evidence])
            link.note = closed ? nil : "the items of a breakdown may overlap (a group of products inside another), so shares above 100 prove nothing"
            addHundred(shares, link: link, context, &found,
                       why: closed ? "; the items of one breakdown, the last naming the rest, make the whole" : "")
        }
    }

    /// A level in `words`, among the claims just before `c` (read back only as far as `words` go).
    private func hasLevel(in words: Range<Int>, before c: Claim, _ context: Context) -> Bool {
        var k = c.number - 1
        while k >= 0, context.claims[k].range.lowerBound >= words.lowerBound {
            let level = context.claims[k]
            if context.isLevel(level), level.range.upperBound <= words.upperBound { return true }
            k -= 1
        }
        return false
    }
}
