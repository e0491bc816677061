/// Members of a named partition (checks/partitions.rules) adding to their whole, whatever is
/// measured: 中央一般公共预算收入50,011亿元；地方一般公共预算本级收入65,902亿元 against 全国一般公共预算
/// 收入115,913亿元. Each figure's clause names its member and the measure.
extension Checker {
    func memberPartitions(_ context: Context, _ found: inout CheckList) {
        let claims = context.claims
        let units = context.text.utf16
        // The rules by the first character of their first member: a level's clause is read
        // once, not once a rule.
        var byFirstUnit: [UInt16: [Int]] = [:]
        for (r, rule) in partitions.rules.enumerated() { byFirstUnit[rule.members[0][0], default: []].append(r) }
        for first in claims where context.isLevel(first) {
            let start = context.clauseStart(before: first.range.lowerBound)
            var candidates: [Int] = []
            for p in start..<min(start + 7, first.range.lowerBound) {
                if let rules = byFirstUnit[units[p]] { candidates += rules }
            }
            for r in candidates {
                let rule = partitions.rules[r]
                guard let head = measure(of: first, member: rule.members[0], context) else { continue }
                // The other members, in order, later in the paragraph, of the same measure.
                var parts = [first]
                for member in rule.members.dropFirst() {
                    guard let next = claims[(parts.last!.number + 1)...].prefix(24).first(where: { c in
                        context.isLevel(c) && context.sameParagraph(first, c) && c.unit == first.unit && context.sameMeasureWord(c, first)
                            && context.samePeriod(c, first) && measure(of: c, member: member, context) == head
                    }) else { break }
                    parts.append(next)
                }
                guard parts.count == rule.members.count, !parts.contains(where: { isIntensive($0, context) }),
                      let whole = partitionWhole(before: first, head: head, rule, context) else { continue }
                let range = CornerRange(claims: parts) { $0.reduce(0, +) }
                let link = Link(strength: .strong, evidence: [.partition(file: "checks/partitions.rules", line: rule.line),
                                                              context.frame("members", context.clauseStart(before: first.range.lowerBound)..<first.range.lowerBound),
                                                              context.fields(parts + [whole]).evidence])
                found.add("sum", parts + [whole], stated: whole, range: range, context: context, link: link) { r in
                    parts.map { context.label($0) }.joined(separator: " + ") + " = \(context.range(r, like: whole)); stated \(context.label(whole)) \(context.gap(r, whole))"
                }
                aggregateGrowth(whole, parts, .partition(file: "checks/partitions.rules", line: rule.line), context, &found)
            }
        }
    }

    /// The words a level's clause goes on with after `member` (中央一般公共预算收入 → 一般公共
    /// 预算收入), cut at a verb and without the ignored words; nil when the clause does not name
    /// the member within its first few characters.
    private func measure(of c: Claim, member: [UInt16], _ context: Context) -> [UInt16]? {
        let units = context.text.utf16
        let clause = context.clauseStart(before: c.range.lowerBound)..<c.range.lowerBound
        guard let at = clause.prefix(7).first(where: { units[$0...].starts(with: member) }) else { return nil }
        return cleaned(units[(at + member.count)..<clause.upperBound])
    }

    /// The words cut at the first verb, the ignored words left out.
    private func cleaned(_ words: ArraySlice<UInt16>) -> [UInt16] {
        var out: [UInt16] = []
        var p = words.startIndex
        while p < words.endIndex {
            if partitions.verbs.contains(where: { words[p...].starts(with: $0) }) { break }
            if let ignored = partitions.ignore.first(where: { words[p...].starts(with: $0) }) { p += ignored.count; continue }
            out.append(words[p])
            p += 1
        }
        return out
    }

    /// The whole: the nearest level before the parts, within a few sentences, of their unit,
    /// measure word and period, whose clause ends with the measure (and names the whole's word
    /// or no member); for an empty measure (男性71909万人，女性68919万人), the level just before
    /// in the paragraph that names no member.
    private func partitionWhole(before first: Claim, head: [UInt16], _ rule: PartitionRule, _ context: Context) -> Claim? {
        let units = context.text.utf16
        for c in context.claims[..<first.number].reversed().prefix(30) {
            if first.sentence - c.sentence > 4 { break }
            guard context.isLevel(c), c.unit == first.unit, context.sameMeasureWord(c, first), context.samePeriod(c, first),
                  c.qualifier == .exact || c.qualifier == .about || c.qualifier == .nearly else { continue }
            let clause = context.clauseStart(before: c.range.lowerBound)..<c.range.lowerBound
            // 剔除汽车后，消费品零售额为…: a whole less something.
            let sentence = context.sentenceStart(before: c.range.lowerBound)..<c.range.lowerBound
            if partitions.exclude.contains(where: { units[sentence].contains(word: $0) }) { continue }
            let words = cleaned(units[clause])
            if rule.members.contains(where: { m in words.count >= m.count && words.starts(with: m) }) { continue }
            if head.isEmpty {
                // Members that share a name (公立医院, 民营医院) have a whole of that name: 医院,
                // not the figure of another kind of institution just before them (an ending
                // shared by chance, 乘用车 and 商用车, leaves less than two characters before it).
                let shared = Self.sharedEnding(rule.members)
                // (named before the figure, or just after it: 共有34,928,650人次旅客入境)
                let after = c.range.upperBound..<min(units.count, c.range.upperBound + 6)
                if shared.count >= 2, rule.members.allSatisfy({ $0.count >= shared.count + 2 }),
                   !words.contains(word: shared), !units[after].contains(word: shared) { continue }
                return context.sameParagraph(c, first) ? c : nil
            }
            guard words.count >= head.count, Array(words.suffix(head.count)) == head else { continue }
            if !rule.whole.isEmpty, !words.contains(word: rule.whole), words.count > head.count + 4 { continue }
            return c
        }
        return nil
    }

    /// The characters all members end with (医院 of 公立医院, 民营医院).
    static func sharedEnding(_ members: [[UInt16]]) -> [UInt16] {
        guard var ending = members.first else { return [] }
        for member in members.dropFirst() {
            while !member.reversed().starts(with: ending.reversed()) { ending.removeFirst() }
        }
        return ending
    }
}
