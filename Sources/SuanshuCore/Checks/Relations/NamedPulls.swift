/// A pull in points whose clause names its part and its whole in words of its own, written
/// otherwise than the levels' subjects (工资性收入增长拉动全体居民收入增长3.2个百分点 after
/// 人均工资性收入23327元，增长5.8% and 全国居民人均可支配收入41314元，名义增长5.3%), when the
/// subjects read for it find no levels (Contributions.swift). The part is the level before the
/// pull in its paragraph whose name holds the part's words; the whole is a level before the part,
/// said of the whole, no smaller than it, whose name holds the whole's words in their order and
/// ends as they do; each with the rate said right after it in its sentence. A contribution rate
/// said next in the pull's sentence that names no part of its own (，对收入增长的贡献约为六成) is
/// the same part's share of the whole's increment. A level of a 分别 list is named by its
/// clause's words with its own measure (新能源汽车产量和销量分别为…和… → 新能源汽车销量), and
/// its rate is the one 分别 pairs with it.
extension Checker {
    func namedPulls(_ context: Context, _ found: inout CheckList) {
        for number in context.numbers(ofKind: .contribution) {
            let c = context.claims[Int(number)]
            guard c.unit == "pp", !c.isPrior, contributionLevels(c, context) == nil,
                  let names = pullNames(c, context),
                  let part = namedPart(names.part, of: c, context), let partGrowth = levelRate(part, context),
                  let whole = namedWhole(names.whole, of: part, context), let wholeGrowth = levelRate(whole, context),
                  partGrowth.number != wholeGrowth.number else { continue }
            // One name for the part in the paragraph, one for the whole: the words tie them.
            let used = [part, partGrowth, whole, wholeGrowth, c]
            let link = context.frameLink("pull-names-part-and-whole", names.frame, holds: true, used)
            let range = CornerRange(claims: [part, partGrowth, whole, wholeGrowth]) { v in
                (v[0] - v[0] / (1 + v[1] / 100)) / (v[2] / (1 + v[3] / 100)) * 100
            }
            let weight = (part.value.doubleValue / (1 + partGrowth.value.doubleValue / 100))
                / (whole.value.doubleValue / (1 + wholeGrowth.value.doubleValue / 100)) * 100
            found.add("contribution", used, stated: c, range: range, context: context, link: link) { r in
                "\(context.label(part)) growing \(context.text.originalString(partGrowth.range)) with a prior-year weight of \(Context.fixed(weight, 1))% in \(context.label(whole)) growing \(context.text.originalString(wholeGrowth.range)) contributes \(context.range(r, like: c)); stated \(context.text.originalString(c.range)) \(context.gap(r, c))"
            }
            // The contribution rate said next, of the same part: its increment over the whole's.
            guard c.number + 1 < context.claims.count else { continue }
            let share = context.claims[c.number + 1]
            guard share.sentence == c.sentence, share.kind == .contribution, share.unit == "%", !share.isPrior,
                  namesNoPart(share, context) else { continue }
            let rateUsed = [part, partGrowth, whole, wholeGrowth, share]
            let rateLink = context.frameLink("pull-then-contribution-rate", context.between(c, share), holds: true, rateUsed)
            let rateRange = CornerRange(claims: [part, partGrowth, whole, wholeGrowth]) { v in
                (v[0] - v[0] / (1 + v[1] / 100)) / (v[2] - v[2] / (1 + v[3] / 100)) * 100
            }
            found.add("contribution", rateUsed, stated: share, range: rateRange, context: context, link: rateLink) { r in
                "\(context.label(part)) growing \(context.text.originalString(partGrowth.range)) makes \(context.range(r, like: share)) of the increment of \(context.label(whole)) growing \(context.text.originalString(wholeGrowth.range)); stated \(context.text.originalString(share.range)) \(context.gap(r, share))"
            }
        }
    }

    /// The part's and the whole's names in a pull's clause: the words before the pull word
    /// (less a `pull-end` word and 的 at their end) and those after it up to a `pull-end` word
    /// right before the figure (less a whole prefix: 全体居民收入 → 居民收入).
    private func pullNames(_ c: Claim, _ context: Context) -> (part: [UInt16], whole: [UInt16], frame: Range<Int>)? {
        let clause = context.clauseStart(before: c.range.lowerBound)..<c.range.lowerBound
        let units = Self.unglossed(context.text.utf16[clause])
        guard let (at, pull) = units.indices.lazy.compactMap({ p in self.words.pull.first { units[p...].starts(with: $0) }.map { (p, $0) } }).first
        else { return nil }
        var part = Array(units[..<at])
        while let end = (words.pullEnd + [[0x7684]]).first(where: { part.count > $0.count && part.suffix($0.count).elementsEqual($0) }) {
            part.removeLast(end.count)
        }
        var whole = Array(units[(at + pull.count)...])
        // 增长 right before the figure (a qualifier such as 约 may stand between).
        guard let end = (0..<whole.count).last(where: { k in words.pullEnd.contains { whole[k...].starts(with: $0) } }),
              whole.count - end <= 4 else { return nil }
        whole.removeLast(whole.count - end)
        if let prefix = words.wholePrefix.first(where: { whole.count > $0.count && whole.starts(with: $0) }) { whole.removeFirst(prefix.count) }
        guard part.count >= 2, whole.count >= 2, part.allSatisfy({ $0 >= 0x3400 }), whole.allSatisfy({ $0 >= 0x3400 }) else { return nil }
        return (part, whole, clause)
    }

    /// The level before the pull in its paragraph whose subject's words hold the part's name;
    /// none when levels of two values do.
    private func namedPart(_ name: [UInt16], of c: Claim, _ context: Context) -> Claim? {
        var chosen: Claim?
        for p in context.claims[..<c.number].reversed().prefix(60) {
            guard context.sameParagraph(p, c) else { break }
            guard context.isLevel(p), p.qualifier == .exact, context.samePeriod(p, c), levelName(p, context).contains(word: name) else { continue }
            if let chosen, chosen.value != p.value { return nil }
            if chosen == nil { chosen = p }
        }
        return chosen
    }

    /// The whole: a level before the part, within a dozen sentences, of its unit, measure word
    /// and period, larger, an average when the part is one, said of the whole, whose subject's
    /// words hold the name's in order and end as it does; none when levels of two values do.
    private func namedWhole(_ name: [UInt16], of part: Claim, _ context: Context) -> Claim? {
        let units = context.text.utf16
        var chosen: Claim?
        for w in context.claims[..<part.number].reversed().prefix(60) {
            if part.sentence - w.sentence > 12 { break }
            guard context.isLevel(w), w.qualifier == .exact, w.unit == part.unit, context.sameMeasureWord(w, part), context.samePeriod(w, part),
                  w.value.doubleValue > part.value.doubleValue, isIntensive(w, context) == isIntensive(part, context) else { continue }
            let words = levelName(w, context)
            guard words.last == name.last, Self.inOrder(name, in: words) else { continue }
            let clause = units[context.clauseStart(before: w.range.lowerBound)..<w.range.lowerBound]
            guard self.words.wholePrefix.contains(where: { words.starts(with: $0) || clause.contains(word: $0) }) || context.isOfWhole(w) && w.namesSubject
            else { continue }
            if let chosen, chosen.value != w.value { return nil }
            if chosen == nil { chosen = w }
        }
        return chosen
    }

    /// The rate 分别 pairs with a level of a list (…分别为1288.8万辆和1286.6万辆，同比分别增长
    /// 34.4%和35.5%), else the rate right after it.
    private func levelRate(_ level: Claim, _ context: Context) -> Claim? {
        guard let paired = context.listedRate(of: level) else { return rate(after: level, context) }
        guard let r = paired, r.unit == "%", r.qualifier == .exact, context.samePeriod(r, level), context.isYearOnYear(r),
              r.measure != "constant-prices", r.measure != "real" else { return nil }
        return r
    }

    /// A level's name: its subject's words; for an item of a 分别 list whose clause names as
    /// many measures joined (新能源汽车产量和销量分别为…和…), the words before the first measure
    /// with the item's own (新能源汽车销量 for the second).
    private func levelName(_ p: Claim, _ context: Context) -> [UInt16] {
        let own = Array(term(p).utf16)
        let list = context.listItems(of: p)
        guard list.count > 1, let first = list.first else { return own }
        let clause = context.clauseStart(before: first.range.lowerBound)..<first.range.lowerBound
        let names = unbracketed(context.text.utf16[clause], upToVerb: true).split(whereSeparator: { partitions.joiners.contains($0) })
        guard names.count == list.count, let last = names.last, names[0].count > last.count else { return own }
        let k = p.number - first.number
        return k == 0 ? Array(names[0]) : Array(names[0].dropLast(last.count)) + Array(names[k])
    }

    /// The rate right after a level in its sentence, no other level of its unit between: of
    /// the level's year, year on year, not at constant prices.
    func rate(after level: Claim, _ context: Context) -> Claim? {
        guard let next = context.claims(inSentence: level.sentence)[(level.number + 1)...].first(where: {
            $0.kind == .growth && !$0.isPrior || context.isLevel($0) && $0.unit == level.unit
        }), next.kind == .growth, next.unit == "%", next.qualifier == .exact, context.samePeriod(next, level), context.isYearOnYear(next),
              next.measure != "constant-prices", next.measure != "real" else { return nil }
        return next
    }

    /// A contribution rate's clause holds nothing before the contribution word but `toward`
    /// and the whole's name (对收入增长的贡献, or 贡献率 alone).
    private func namesNoPart(_ share: Claim, _ context: Context) -> Bool {
        let units = context.text.utf16
        let clause = context.clauseStart(before: share.range.lowerBound)..<share.range.lowerBound
        guard let at = clause.first(where: { p in words.contribution.contains { units[p..<clause.upperBound].starts(with: $0) } }) else { return false }
        return at == clause.lowerBound || words.toward.contains { units[clause.lowerBound..<at].starts(with: $0) }
    }

    /// The words without a copied page's glosses in brackets (增長(zhǎng)) and spaces.
    static func unglossed(_ words: ArraySlice<UInt16>) -> [UInt16] {
        var out: [UInt16] = []
        var p = words.startIndex
        while p < words.endIndex {
            if words[p] == 0x20 || words[p] == 0x3000 { p += 1; continue }
            if words[p] == 0x28, let close = words[p...].firstIndex(of: 0x29), !words[p..<close].contains(where: { $0 >= 0x3400 }) {
                p = close + 1
                continue
            }
            out.append(words[p])
            p += 1
        }
        return out
    }

    /// A claim's subject as one name: its entity and metric.
    private func term(_ c: Claim) -> String { c.subject?.term ?? "" }

    /// Every unit of `name` in `words`, in order.
    static func inOrder(_ name: [UInt16], in words: [UInt16]) -> Bool {
        var k = 0
        for u in words where k < name.count && u == name[k] { k += 1 }
        return k == name.count
    }
}
