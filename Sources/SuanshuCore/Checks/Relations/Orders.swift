/// Nested counts, parts within their wholes, counts within the count of their whole.
extension Checker {
    /// Nested counts: the groups of 超过万亿元、千亿元和百亿元的 partners hold 14 ≤ 62 ≤ 137,
    /// all within the 249 counted before.
    func orders(_ context: Context, _ found: inout CheckList) {
        // The exact counts of each sentence grouped by the rule and context that read them (a
        // list of one construction), groups in the order of their first count: text order.
        let counts = context.numbers(ofKind: .count)
        var lists: [[Claim]] = []
        var start = 0
        while start < counts.count {
            let sentence = context.facts(number: counts[start]).sentence
            var end = start + 1
            while end < counts.count, context.facts(number: counts[end]).sentence == sentence { end += 1 }
            lists.removeAll(keepingCapacity: true)
            for n in counts[start..<end] where context.facts(number: n).qualifier == .exact {
                let c = context.claims[Int(n)]
                if let g = lists.firstIndex(where: { $0[0].contextStart == c.contextStart && $0[0].sameRule(as: c) }) {
                    lists[g].append(c)
                } else {
                    lists.append([c])
                }
            }
            start = end
            for list in lists where list.count >= 2 { order(list, context, &found) }
        }
    }

    /// One list of counts: when thresholds before it nest its groups, each is at most the next.
    private func order(_ list: [Claim], _ context: Context, _ found: inout CheckList) {
        let ordered = list.sorted { $0.listIndex < $1.listIndex }
        guard ordered[0].listIndex == 0, let thresholds = thresholdOrder(before: ordered[0], context) else { return }
        // Falling thresholds (万亿, 千亿, 百亿) nest growing groups.
        var items = thresholds < 0 ? ordered : ordered.reversed()
        // The count the groups are part of, stated before them in the sentence.
        let members = Set(list.map(\.id))
        if let total = context.claims(inSentence: ordered[0].sentence).last(where: {
            $0.kind == .count && !members.contains($0.id) && $0.range.upperBound <= ordered[0].range.lowerBound
        }) {
            items.append(total)
        }
        // Possible when each can be at most the next.
        let nested = zip(items, items.dropFirst()).allSatisfy { a, b in
            guard let low = a.interval.low, let high = b.interval.high else { return true }
            return low <= high
        }
        let stated = items.last!
        let value = stated.value.doubleValue
        let range = nested ? CornerRange(low: value, high: value) : CornerRange(low: -1, high: -1)
        // 超过万亿元、千亿元和百亿元的分别有…: the thresholds themselves nest the groups.
        let words = context.frame("nested-thresholds", max(0, ordered[0].range.lowerBound - 24)..<ordered[0].range.lowerBound)
        let link = Link(strength: .strong, evidence: [words, context.fields(items).evidence])
        found.add("order", items, stated: stated, range: range, context: context, link: link) { _ in
            items.map { context.text.originalString($0.range) }.joined(separator: " ≤ ") + (nested ? " ✓" : " — the groups are not nested as the text says")
        }
    }

    /// A part is at most its whole: 汽车322.7万辆…其中，新能源汽车158.0万辆; 在41个工业大类
    /// 行业中，有36个行业….
    func subsets(_ context: Context, _ found: inout CheckList) {
        let units = context.text.utf16
        // Claims are in text order: each run of one sentence's claims in turn.
        var start = 0
        while start < context.claims.count {
            var end = start + 1
            while end < context.claims.count, context.claims[end].sentence == context.claims[start].sentence { end += 1 }
            let sentence = context.claims[start..<end]
            start = end
            guard sentence.count > 1 else { continue }
            let levels = sentence.filter { context.isLevel($0) && $0.qualifier != .under }.sorted { $0.range.lowerBound < $1.range.lowerBound }
            for (whole, part) in zip(levels, levels.dropFirst()) where whole.unit == part.unit && context.samePeriod(whole, part)
                // 发生地震12次，其中…造成126人遇难: counts of other things (次, 人) nest nothing.
                && (whole.kind != .count || context.sameMeasureWord(whole, part)) {
                let between = units[whole.range.upperBound..<part.range.lowerBound]
                let introducesPart = words.breakdown.contains { between.contains(word: $0) }
                    || (between.contains { words.among.contains($0) } && between.last.map { words.amongPart.contains($0) } == true)
                guard introducesPart, !between.contains(0x3B), !between.contains(0x3002) else { continue }  // ; 。
                // 经常账户顺差…，其中，货物贸易顺差: a balance's items may exceed it.
                guard !context.namesNet(whole), !context.namesNet(part) else { continue }
                // 日均销售17.83亿元，其中…假期期间累计销售近132亿元: an average (checks/words.lex
                // intensive) holds no parts; what 其中 picks out is a stretch of the total.
                guard !isAverage(whole, context) else { continue }
                // 其中 (or 在…中，有) between them: the later figure is a part of the earlier.
                let link = Link(strength: .strong, evidence: [context.frame("whole-then-parts", whole.range.upperBound..<part.range.lowerBound),
                                                              context.fields([whole, part]).evidence])
                addContainment(part, whole, link, context, &found)
                // A share said of the part (增长面接近九成) is part / whole.
                // (Not when the whole has a share of its own, 占22.0%，其中…占15.6%: the part's
                // share then has the whole's base.)
                if !sentence.contains(where: { $0.kind == .share && $0.range.lowerBound > whole.range.upperBound && $0.range.upperBound <= part.range.lowerBound }),
                   // (Not one that names its own whole, 在社会消费品零售总额中占25.0%, nor a
                   // restatement of that one after it, 约为四分之一.)
                   let share = sentence.first(where: { $0.kind == .share && $0.range.lowerBound > part.range.upperBound }), !share.wholeNamed,
                   // (Nor one after another part: 其中普通高中招生…，中等职业教育招生484.07万人，中职
                   // 招生占…31.87% is the second part's.)
                   !levels.contains(where: { $0.range.lowerBound > part.range.upperBound && $0.range.upperBound <= share.range.lowerBound }),
                   // (Nor one of a list, or after a breakdown word of its own: 我国有14种船型…，
                   // 其中散货船、油船和集装箱船…的份额分别为79.5%、58.7%和71.2% — shares of the
                   // parts that list names.)
                   context.listItems(of: share).count == 1,
                   !words.breakdown.contains(where: { units[part.range.upperBound..<share.range.lowerBound].contains(word: $0) }),
                   // (Nor one that names another whole, 占全體失業者30.4%, though the lexicons read none.)
                   !namesAnotherWhole(share, than: whole, context) {
                    let r = CornerRange(claims: [part, whole]) { $0[0] / $0[1] * 100 }
                    found.add("share", [part, whole, share], stated: share, range: r, context: context, link: link) { r in
                        "\(context.label(part)) / \(context.label(whole)) = \(context.range(r, like: share)); stated \(context.text.originalString(share.range)) \(context.gap(r, share))"
                    }
                } else if let rate = sentence.first(where: { $0.number > part.number }), rate.kind == .rate, rate.unit == "%", rate.qualifier == .exact,
                          let r = CornerRange(claims: [part, whole], { $0[0] / $0[1] * 100 }),
                          abs(r.middle - rate.value.doubleValue) <= 0.1 * abs(rate.value.doubleValue) {
                    // 判处罪犯628,417人，其中…104,276人，重刑率为16.59%: a rate right after the part
                    // may be its share of the whole; the words do not say so, and a rate of
                    // something else (失业率) is as likely, so it is checked only when the
                    // figures come near (a tenth), as a weak link: never called an error.
                    var weak = Link(strength: .weak, evidence: link.evidence)
                    weak.note = "a rate right after the part of a 其中 breakdown, taken for its share of the whole"
                    found.add("share", [part, whole, rate], stated: rate, range: r, context: context, link: weak) { r in
                        "\(context.label(part)) / \(context.label(whole)) = \(context.range(r, like: rate)); stated \(context.text.originalString(rate.range)) \(context.gap(r, rate))"
                    }
                }
            }
        }
    }

    /// Counts of a part within the count of its whole (within.rules): 自全球130多个国家和地区
    /// 的进口实现了增长 is at most the 249个国家和地区 China trades with.
    func countsWithin(_ context: Context, _ found: inout CheckList) {
        for rule in within {
            for number in context.numbers(ofMetric: rule.part) ?? [] {
                let part = context.claims[Int(number)]
                guard part.kind == .count, !part.isPrior else { continue }
                // The whole's count is the largest one (249 in all, not the 137 of them over
                // 百亿元): a part may well exceed a group within the whole.
                guard let noun = countedNoun(part, context),
                      let whole = context.around(part, in: context.numbers(ofMetric: rule.whole) ?? []).filter({ c in
                          c.kind == .count && !c.isPrior && c.qualifier == .exact && context.sameEntity(c, part)
                              && context.samePartner(c, part) && context.samePeriod(c, part)
                              && counts(c, noun, context)
                      }).max(by: { $0.value < $1.value }) else { continue }
                let used = [part, whole]
                let link = Link(strength: context.subjectsStated(used) ? .strong : .weak,
                                evidence: [.partition(file: "checks/within.rules", line: rule.line), context.fields(used).evidence])
                addContainment(part, whole, link, context, &found)
            }
        }
    }

    /// What a count counts: the words after its figure up to a comma, 的 or the like
    /// (249个国家和地区, → 国家和地区), at most eight units; nil when there are fewer than two.
    private func countedNoun(_ c: Claim, _ context: Context) -> ArraySlice<UInt16>? {
        let units = context.text.utf16
        var end = c.range.upperBound
        while end < units.count, end - c.range.upperBound < 8, units[end] >= 0x3400, !words.nounEnd.contains(units[end]) { end += 1 }
        return end - c.range.upperBound >= 2 ? units[c.range.upperBound..<end] : nil
    }

    /// True when `c` counts `noun`: the noun follows its figure, or stands before it in its
    /// clause (国家和地区达到了249个).
    private func counts(_ c: Claim, _ noun: ArraySlice<UInt16>, _ context: Context) -> Bool {
        if let own = countedNoun(c, context) { return own == noun }
        let units = context.text.utf16
        var start = c.range.lowerBound
        while start > 0, c.range.lowerBound - start < 40, ![0x3002, 0x3B, 0x0A].contains(units[start - 1]) { start -= 1 }  // 。 ; line break
        return units[start..<c.range.lowerBound].contains(word: Array(noun))
    }

    /// A part is at most its whole: consistent when some rounding allows it.
    private func addContainment(_ part: Claim, _ whole: Claim, _ link: Link, _ context: Context, _ found: inout CheckList) {
        let nested = (part.interval.low ?? part.value) <= (whole.interval.high ?? whole.value)
        // (Up to the whole's own top: 230多个 reads [231, 239], which a bound at 230 would miss.)
        let range = CornerRange(low: -Double.infinity, high: (whole.interval.high ?? whole.value).doubleValue)
        found.add("order", [part, whole], stated: whole, range: nested ? range : nil, context: context, link: link) { _ in
            "\(context.label(part)) is part of \(context.label(whole)) ✓"
        }
        if !nested, link.strength == .strong, found.checks.last?.claims == [context.id(part), context.id(whole)] {
            found.checks[found.checks.count - 1].verdict = .inconsistent
            found.checks[found.checks.count - 1].message = "\(context.label(part)) is said to be part of \(context.label(whole)) but is larger"
        }
    }

    /// −1 when the list's subject names falling thresholds (超过万亿元、千亿元和百亿元), +1 for
    /// rising ones, nil when it names none.
    private func thresholdOrder(before first: Claim, _ context: Context) -> Int? {
        let units = context.text.utf16
        let sentenceStart = max(0, first.range.lowerBound - 60)
        let before = units[sentenceStart..<first.range.lowerBound]
        guard words.threshold.contains(where: { before.contains(word: $0) }) else { return nil }
        let found = words.scales(in: before)
        guard found.count >= 2 else { return nil }
        if zip(found, found.dropFirst()).allSatisfy({ $0 > $1 }) { return -1 }
        if zip(found, found.dropFirst()).allSatisfy({ $0 < $1 }) { return 1 }
        return nil
    }
}
