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
                // 留宿旅客和不过夜旅客的总消费分别是304.5亿元及73.3亿元: the members named in one
                // list, their figures 分别 after.
                let list = context.listItems(of: first)
                if first.listIndex == 0, list.count == rule.members.count, let head = namesList(first, rule, context) {
                    let parts = Array(list)
                    if averagesAdd(parts, rule, context),
                       let (whole, weak) = partitionWhole(before: first, head: head, parts: parts, namesListed: true, rule, context) {
                        addPartition(whole, parts, rule, context, &found, weak: weak)
                    }
                    continue
                }
                guard let head = measure(of: first, member: rule.members[0], rule, context) else { continue }
                // The other members, in order, later in the paragraph, of the same measure (or
                // of none: 港澳台居民449.4万人次 after 内地居民出入境758.9万人次 elides it), and
                // at the same place of a 分别 list of the same length.
                var parts = [first]
                for member in rule.members.dropFirst() {
                    guard let next = claims[(parts.last!.number + 1)...].prefix(24).first(where: { c in
                        // The next item of the first's list, or the same place of a list as long.
                        let sameList = list.count > 1 && list.contains { $0.number == c.number }
                        guard context.isLevel(c), context.sameParagraph(first, c), c.unit == first.unit, context.sameMeasureWord(c, first),
                              context.samePeriod(c, first), sameList || c.listIndex == first.listIndex && context.listItems(of: c).count == list.count,
                              let own = measure(of: c, member: member, rule, context) else { return false }
                        // (经海路的有… after 经陆路入境的旅客有…: 的 alone elides the measure too.)
                        // (制造业实现利润… after 采矿业实现利润总额…: a measure shortened at its end too.)
                        // (中部地区投资… after 东部地区房地产开发投资…: or at its start, by two words or more —
                        // 出口 is no 进出口 shortened.)
                        return own == head || own.isEmpty || own.allSatisfy { words.nounEnd.contains($0) }
                            || own.count >= 2 && head.starts(with: own)
                            || own.count >= 2 && head.count - own.count >= 2 && head.reversed().starts(with: own.reversed())
                    }) else { break }
                    parts.append(next)
                }
                // Parts that are the items of one list have a figure of its own for whole.
                let oneList = list.count == parts.count && parts.allSatisfy { p in list.contains { $0.number == p.number } }
                guard parts.count == rule.members.count, averagesAdd(parts, rule, context),
                      let (whole, weak) = partitionWhole(before: first, head: head, parts: parts, namesListed: oneList, rule, context) else { continue }
                addPartition(whole, parts, rule, context, &found, weak: weak)
            }
        }
    }

    /// Averages (人均…) do not add up, but for members that are parts of what is measured
    /// (`components`: 人均工资性收入 + … = 人均可支配收入), all of them averages, over the same people.
    private func averagesAdd(_ parts: [Claim], _ rule: PartitionRule, _ context: Context) -> Bool {
        let averages = parts.filter { isIntensive($0, context) }.count
        return averages == 0 || rule.components && averages == parts.count
    }

    /// The sum of the members, the whole's growth from theirs, and the sum of their changes.
    /// `weak`: the whole is taken from the paragraph before the members', or is a bound (逾…).
    private func addPartition(_ whole: Claim, _ parts: [Claim], _ rule: PartitionRule, _ context: Context, _ found: inout CheckList, weak: Bool = false) {
        let first = parts[0]
        // (A measure the rule's members do not make up: 全国固定资产投资 of the regions.)
        let wholeClause = context.text.utf16[context.clauseStart(before: whole.range.lowerBound)..<whole.range.lowerBound]
        if rule.except.contains(where: { wholeClause.contains(word: $0) }) { return }
        let range = CornerRange(claims: parts) { $0.reduce(0, +) }
        // A whole more than five times off its members' sum was paired wrongly (a sibling of an
        // earlier breakdown): no check, nor of its growth or change.
        if let r = range, r.low.isFinite, r.high.isFinite, whole.value.doubleValue != 0 {
            let ratio = r.middle / whole.value.doubleValue
            if ratio > 5 || ratio < 0.2 { return }
        }
        var link = Link(strength: weak ? .weak : .strong, evidence: [.partition(file: "checks/partitions.rules", line: rule.line),
                                                                     context.frame("members", context.clauseStart(before: first.range.lowerBound)..<first.range.lowerBound),
                                                                     context.fields(parts + [whole]).evidence])
        if weak { link.note = "the whole is said in the paragraph before its members', or only as a bound, so it may not be their whole" }
        found.add("sum", parts + [whole], stated: whole, range: range, context: context, link: link) { r in
            context.sumMessage(parts, whole, r)
        }
        guard !weak else { return }
        aggregateGrowth(whole, parts, .partition(file: "checks/partitions.rules", line: rule.line), context, &found, partsNamed: true)
        changeSum(whole, parts, rule, context, &found)
    }

    /// The members of `rule` named in order at the start of `first`'s clause, joined by 和, 、,
    /// 及 or 与 (留宿旅客和不过夜旅客的总消费分别是…): the measure after them (总消费), nil when the
    /// clause does not open so.
    private func namesList(_ first: Claim, _ rule: PartitionRule, _ context: Context) -> [UInt16]? {
        let units = context.text.utf16
        let clause = context.clauseStart(before: first.range.lowerBound)..<first.range.lowerBound
        guard var p = clause.prefix(7).first(where: { units[$0...].starts(with: rule.members[0]) }) else { return nil }
        p += rule.members[0].count
        for member in rule.members.dropFirst() {
            guard p < clause.upperBound, partitions.joiners.contains(units[p]), units[(p + 1)...].starts(with: member) else { return nil }
            p += 1 + member.count
        }
        // 的 between the names and the measure.
        if p < clause.upperBound, units[p] == 0x7684 { p += 1 }
        return cleaned(units[p..<clause.upperBound])
    }

    /// The words a level's clause goes on with after `member` (中央一般公共预算收入 → 一般公共
    /// 预算收入), cut at a verb and without the ignored words; nil when the clause does not name
    /// the member within its first few characters.
    private func measure(of c: Claim, member: [UInt16], _ rule: PartitionRule, _ context: Context) -> [UInt16]? {
        let units = context.text.utf16
        var clause = context.clauseStart(before: c.range.lowerBound)..<c.range.lowerBound
        var found = clause.prefix(7).first(where: { units[$0...].starts(with: member) })
        // A later figure of the clause names itself after the one before (其中小学14.35万所、初中5.24万所).
        if found == nil, c.number > 0, context.claims[c.number - 1].range.upperBound > clause.lowerBound {
            var start = max(clause.lowerBound, context.claims[c.number - 1].range.upperBound)
            while start < clause.upperBound, partitions.joiners.contains(units[start]) { start += 1 }
            clause = start..<clause.upperBound
            found = clause.prefix(7).first(where: { units[$0...].starts(with: member) })
        }
        guard let at = found else { return nil }
        // Not inside another member's name: 过夜旅客 in 不过夜旅客.
        for other in rule.members where other != member {
            for q in clause.lowerBound..<at where q + other.count > at && units[q...].starts(with: other) { return nil }
        }
        // 采矿业实现利润总额: a verb between the member and the measure opens the measure.
        var rest = units[(at + member.count)..<clause.upperBound]
        if let verb = partitions.verbs.first(where: { rest.starts(with: $0) }) { rest = rest.dropFirst(verb.count) }
        return cleaned(rest)
    }

    /// The words cut at the first verb, the ignored words left out.
    private func cleaned(_ words: ArraySlice<UInt16>) -> [UInt16] {
        unbracketed(words, upToVerb: true)
    }

    /// The whole: the nearest level before the parts, within a few sentences, of their unit,
    /// measure word and period, no smaller than any of them, whose clause ends with the measure
    /// (and names the whole's word or no member); for an empty measure (男性71909万人，女性68919万人),
    /// the level before in the paragraph that names no member, or, for a rule with a whole's
    /// word, the level whose clause names it (全国粮食总产量为… before 夏粮…，早稻…，秋粮…). Parts of
    /// a 分别 list of a rule with a whole's word may have for whole the same place of a list as
    /// long, in a clause naming the whole's word (汽车产量和销量分别为… before 乘用车产销量分别为…);
    /// parts named in one list (`namesListed`) have a figure of its own for whole.
    private func partitionWhole(before first: Claim, head: [UInt16], parts: [Claim], namesListed: Bool = false, _ rule: PartitionRule, _ context: Context) -> (Claim, weak: Bool)? {
        let units = context.text.utf16
        let largest = parts.map { $0.interval.low ?? $0.value }.max()!
        // A level over five times the members' sum is no whole of them (营业收入112.07万亿元
        // between 利润总额59502.9亿元 and its members): the search goes on past it.
        let ceiling = parts.reduce(0.0) { $0 + ($1.interval.high ?? $1.value).doubleValue } * 5
        let listCount = namesListed ? 1 : context.listItems(of: first).count
        for (k, c) in context.claims[..<first.number].reversed().prefix(80).enumerated() {
            // Near the parts; further back (a paragraph or two) only a whole whose clause
            // names the measure (从入境渠道看，… against …共有34,928,650人次旅客入境 before).
            let far = k >= 30 || first.sentence - c.sentence > 6
            if far && head.isEmpty || first.sentence - c.sentence > 15 { break }
            guard context.isLevel(c), c.unit == first.unit, context.sameMeasureWord(c, first), context.samePeriod(c, first),
                  c.qualifier == .exact || c.qualifier == .about || c.qualifier == .nearly || c.qualifier == .over,
                  (c.interval.high ?? c.value) >= largest, (c.interval.low ?? c.value).doubleValue <= ceiling,
                  isIntensive(c, context) == isIntensive(first, context) else { continue }
            // (逾4,450万人次 bounds its members' sum from below only: a weak whole, and only of
            // members named alone, whose whole is the level before them: 连续9年保持在1.3万亿斤以上
            // is no whole of 夏粮, 早稻, 秋粮.)
            let bound = c.qualifier == .over
            if bound, !head.isEmpty || !rule.whole.isEmpty { continue }
            let clause = context.clauseStart(before: c.range.lowerBound)..<c.range.lowerBound
            // 剔除汽车后，消费品零售额为…: a whole less something (not a bracketed note on the
            // measure itself, 旅客总消费（不包括博彩）, which its members share).
            let sentence = context.sentenceStart(before: c.range.lowerBound)..<c.range.lowerBound
            if partitions.exclude.contains(where: { unbracketed(units[sentence]).contains(word: $0) }) { continue }
            let words = cleaned(units[clause])
            // A member's figure (of this partition or another: 城镇居民人均可支配收入) is no whole,
            // unless that member is this partition's whole (医院 of 医疗卫生机构, whole of 公立医院…).
            if partitions.rules.contains(where: { $0.members.contains { m in m != rule.whole && words.count >= m.count && words.starts(with: m) } }) { continue }
            // (Nor, after 其中, a figure of one of these very members: 其中再出口为9.87亿元 is no whole
            // of 再出口 and 本地产品出口; 其中农村特困人员 may be the whole of 集中供养 and 分散供养.)
            let named = words.breakdownTrimmed(self.words.breakdown)
            if rule.members.contains(where: { m in named.count >= m.count && named.starts(with: m) }) { continue }
            // (Or past the clause's verb: 全市共有义务教育阶段学校1862所.)
            let namesWhole = !rule.whole.isEmpty && (words.contains(word: rule.whole) || unbracketed(units[clause]).contains(word: rule.whole))
            if isShareOfWholeNamed(head, c, context) || context.saidAsCompared(c) { continue }
            // (从接入设备看，手机网民规模达10.9614亿人: the first part of a breakdown by another
            // dimension, a group named before the measure, not a total; 按季度看，第一季出遊… is
            // the total of its quarter.)
            if let frame = breakdownFrame(before: c, context), frame.name == "breakdown-by", endsWith(words, head) {
                let group = String(decoding: words.dropLast(head.count), as: UTF16.self)
                if !group.isEmpty, c.period.map({ !$0.text.contains(group) }) ?? true { continue }
            }
            // (收入完成年初预算3,628亿元的76.8%: a figure with 的 and a rate right after it is the
            // base of that rate, a target or a plan, not a level of the measure.)
            if c.number + 1 < context.claims.count, units.count > c.range.upperBound, units[c.range.upperBound] == 0x7684,
               context.claims[c.number + 1].range.lowerBound == c.range.upperBound + 1 { continue }
            if far {
                // (Or the rule's whole named with the measure: 全国规模以上工业企业实现利润总额 a few
                // paragraphs before 采矿业…制造业…电力、热力、燃气及水生产和供应业….)
                guard listCount == 1, context.listItems(of: c).count == 1, rule.whole.isEmpty || namesWhole && !head.isEmpty,
                      endsWith(words, head) || endsWith(trimmedVerbs(unbracketed(units[clause])), head) || sameNoun(head, context.nounAfter(c)) else { continue }
                return (c, bound)
            }
            if listCount > 1 || context.listItems(of: c).count > 1 {
                // 分别 lists: the same place in a list as long, the whole's word named.
                guard namesWhole, context.listItems(of: c).count == listCount, c.listIndex == first.listIndex else { continue }
                return (c, bound)
            }
            if head.isEmpty {
                if !rule.whole.isEmpty { if namesWhole { return (c, bound) } else { continue } }
                if context.sameParagraph(c, first) { return (c, bound) }
                // Members opening their paragraph (内地旅客逾…；非内地旅客…) after a total said in the
                // paragraph before: a weak whole.
                let opens = !context.claims[(c.number + 1)..<first.number].contains { context.isLevel($0) && context.sameParagraph($0, first) }
                return opens ? (c, true) : nil
            }
            // The measure at the end of the clause, before or after its verb (全国人口为…;
            // 共保障中外人员出入境1309.8万人次).
            let tail = unbracketed(units[clause])
            guard endsWith(words, head) || endsWith(trimmedVerbs(tail), head) || sameNoun(head, context.nounAfter(c)) else { continue }
            if !rule.whole.isEmpty, !namesWhole, words.count > head.count + 4 { continue }
            return (c, bound)
        }
        return nil
    }

    /// Whether `c` is said as a share of a whole named with the members' measure (劳动年龄人口9.7亿人，
    /// 占全国人口的比重为61.3% before 城镇常住人口…；乡村常住人口…): it is a part of that whole, not
    /// the whole of the members.
    private func isShareOfWholeNamed(_ head: [UInt16], _ c: Claim, _ context: Context) -> Bool {
        guard !head.isEmpty else { return false }
        let units = context.text.utf16
        for s in context.claims(inSentence: c.sentence) where s.number > c.number {
            if context.isLevel(s) { break }
            guard s.kind == .share else { continue }
            let clause = context.clauseStart(before: s.range.lowerBound)..<s.range.lowerBound
            if let name = wholeName(in: clause, units), name.count > head.count, endsWith(name, head) { return true }
        }
        return false
    }

    /// The measure named after the whole's figure, with its verb after its noun (…人次旅客入境)
    /// where the members' clauses put it before (入境的旅客): the same words, 的 left out, or
    /// the same two pieces in turn.
    private func sameNoun(_ head: [UInt16], _ after: ArraySlice<UInt16>) -> Bool {
        let a = head.filter { !words.nounEnd.contains($0) }
        let b = after.filter { !words.nounEnd.contains($0) }
        guard a.count >= 2, a.count == b.count else { return false }
        return (0..<a.count).contains { k in Array(b[k...] + b[..<k]) == a }
    }

    private func endsWith(_ words: [UInt16], _ head: [UInt16]) -> Bool {
        words.count >= head.count && Array(words.suffix(head.count)) == head
    }

    /// The words without bracketed notes (（不包括博彩）, （人民币，下同）: no part of a measure's
    /// name) and the ignored words; `upToVerb` cuts them at the first verb.
    func unbracketed(_ words: ArraySlice<UInt16>, upToVerb: Bool = false) -> [UInt16] {
        var out: [UInt16] = []
        var p = words.startIndex
        while p < words.endIndex {
            if words[p] == 0xFF08 || words[p] == 0x28 {
                p = words[p...].firstIndex(where: { $0 == 0xFF09 || $0 == 0x29 }).map { $0 + 1 } ?? words.endIndex
                continue
            }
            if upToVerb, partitions.verbs.contains(where: { words[p...].starts(with: $0) }) { break }
            if let ignored = partitions.ignore.first(where: { words[p...].starts(with: $0) }) { p += ignored.count; continue }
            out.append(words[p])
            p += 1
        }
        return out
    }

    /// The words without the verbs that end them (为, 达, 共计).
    private func trimmedVerbs(_ words: [UInt16]) -> [UInt16] {
        var words = words[...]
        while let verb = partitions.verbs.first(where: { words.count >= $0.count && Array(words.suffix($0.count)) == $0 }) {
            words = words.dropLast(verb.count)
        }
        return Array(words)
    }
}

private extension Array where Element == UInt16 {
    /// The words without a breakdown word (其中) they open with.
    func breakdownTrimmed(_ breakdown: [[UInt16]]) -> ArraySlice<UInt16> {
        guard let word = breakdown.first(where: { starts(with: $0) }) else { return self[...] }
        return self.dropFirst(word.count)
    }
}
