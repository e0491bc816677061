/// A balance and the two flows it is the difference of (checks/balance-flows.lex): 结汇15298亿
/// 美元，售汇14967亿美元，结售汇顺差331亿美元 → 15298 − 14967 = 331.
extension Checker {
    /// A pair of flows: the word of one and of the other, as their figures' clauses hold them.
    struct BalanceFlows: Sendable {
        var word: [UInt16]
        var against: [UInt16]
        /// The word that names the two flows together (收支), if any.
        var total: [UInt16]?
        var line: Int

        static func parse(_ grammars: GrammarFiles) throws -> [BalanceFlows] {
            try Lexicon(grammars, "checks/balance-flows.lex").entries.map { entry in
                BalanceFlows(word: try workingForm(entry.word), against: try workingForm(try entry.required("against")),
                             total: try entry.attributes["total"].map { try workingForm($0) }, line: entry.line)
            }
        }
    }

    func balanceDifferences(_ context: Context, _ found: inout CheckList) {
        let units = context.text.utf16
        func clause(_ c: Claim) -> Range<Int> { context.clauseStart(before: c.range.lowerBound)..<c.range.lowerBound }
        // Which levels are balances, read once: each is looked up for a dozen figures after it.
        let netLevel = context.claims.map { context.isLevel($0) && context.namesNet($0) }
        let totals = balanceFlows.compactMap(\.total)
        for balance in context.claims where context.isLevel(balance) && balance.qualifier == .exact {
            // A balance (顺差, 净), or a figure the total word of a pair names (收支总额).
            let isNet = netLevel[balance.number]
            let words = clause(balance)
            let totalWords = isNet ? [] : totals.filter { units[words].contains(word: $0) }
            guard isNet || !totalWords.isEmpty else { continue }
            // (年末累计结余63,550亿元: a balance built up over the years.)
            if isNet, self.words.stock.contains(where: { units[words].contains(word: $0) }) { continue }
            let averageBalance = isAverage(balance, context)
            // The flows: levels of its unit, period and partner before it in its paragraph, a
            // dozen figures back at most.
            let before = context.claims[max(0, balance.number - 12)..<balance.number].filter {
                context.isLevel($0) && ($0.qualifier == .exact || $0.qualifier == .about)
                    && context.sameParagraph($0, balance) && context.sameUnit($0, balance) && context.sameMeasureWord($0, balance)
                    && context.samePeriod($0, balance) && context.samePartner($0, balance) && !netLevel[$0.number]
                    // (日均结汇约510亿元 is no flow of the month's 结售汇顺差: an average a day
                    // pairs with a balance a day alone.)
                    && isAverage($0, context) == averageBalance
            }
            // The pair whose two flows stand nearest before the balance.
            var chosen: (a: Claim, b: Claim, line: Int)?
            for pair in balanceFlows where isNet || pair.total.map({ t in totalWords.contains(t) }) == true {
                func holds(_ c: Claim, _ word: [UInt16], _ other: [UInt16]) -> Bool {
                    let words = units[clause(c)]
                    return words.contains(word: word) && !words.contains(word: other)
                }
                // (Not a part 其中 breaks a flow of the same word into: 貨物出口總值為11.26億…；其中
                // 再出口為9.87億元，本地產品出口為1.39億元 — the flow is the whole's.)
                func isPart(_ c: Claim, _ word: [UInt16], _ other: [UInt16]) -> Bool {
                    let start = context.sentenceStart(before: c.range.lowerBound)
                    guard let q = (start..<c.range.lowerBound).first(where: { p in self.words.breakdown.contains { units[p...].starts(with: $0) } }) else { return false }
                    return before.contains { $0.range.lowerBound >= start && $0.range.upperBound <= q && holds($0, word, other) }
                }
                // The words before a flow's word name what flows (服务贸易 of 服务贸易收入): the two
                // flows are of one thing, or one names none (；支出4690亿美元) — not 旅行支出 against
                // 服务贸易收入.
                func name(_ c: Claim, _ word: [UInt16]) -> ArraySlice<UInt16> {
                    let r = clause(c)
                    guard let at = r.first(where: { units[$0...].starts(with: word) }) else { return [] }
                    return units[r.lowerBound..<at]
                }
                func sameThing(_ x: ArraySlice<UInt16>, _ y: ArraySlice<UInt16>) -> Bool {
                    x.isEmpty || y.isEmpty || Array(x).contains(word: Array(y)) || Array(y).contains(word: Array(x))
                }
                guard let a = before.last(where: { holds($0, pair.word, pair.against) && !isPart($0, pair.word, pair.against) }),
                      let b = before.last(where: {
                          holds($0, pair.against, pair.word) && !isPart($0, pair.against, pair.word)
                              && sameThing(name(a, pair.word), name($0, pair.against))
                      }) else { continue }
                // (貨物出口及服務輸出分別為…；貨物進口及服務輸入分別為…；貨物及服務淨輸出…: an item of a
                // list is one flow of several, unless the list is the pair itself.)
                let (listA, listB) = (context.listItems(of: a), context.listItems(of: b))
                if listA.count > 1 && !listA.contains(where: { $0.number == b.number })
                    || listB.count > 1 && !listB.contains(where: { $0.number == a.number }) { continue }
                if let c = chosen, min(a.number, b.number) <= min(c.a.number, c.b.number) { continue }
                chosen = (a, b, pair.line)
            }
            // (No balance between the flows and this one: 收入…支出…，逆差1059亿美元。旅行项下逆差945
            // 亿美元 — the flows are the first's.)
            guard let (a, b, line) = chosen,
                  !netLevel[(max(a.number, b.number) + 1)..<balance.number].contains(true)
            else { continue }
            // (出口 = 进口 + 贸易顺差 of checks/sums.rules reads these three already.)
            let metrics = Set([a, b, balance].compactMap { $0.subject?.metric })
            if metrics.count == 3, sums.contains(where: { Set([$0.whole] + $0.parts) == metrics }) { continue }
            if !isNet {
                // The two flows together: their sum, and the total's growth from theirs.
                let parts = a.number < b.number ? [a, b] : [b, a]
                let range = CornerRange(claims: parts) { $0.reduce(0, +) }
                let evidence: [Link.Evidence] = [context.frame("total-of-flows", words), .partition(file: "checks/balance-flows.lex", line: line)]
                let link = Link(strength: .strong, evidence: evidence + [context.fields(parts + [balance]).evidence])
                found.add("sum", parts + [balance], stated: balance, range: range, context: context, link: link) { r in
                    context.sumMessage(parts, balance, r)
                }
                aggregateGrowth(balance, parts, .partition(file: "checks/balance-flows.lex", line: line), context, &found)
                continue
            }
            let (larger, smaller) = a.value.doubleValue >= b.value.doubleValue ? (a, b) : (b, a)
            let range = CornerRange(claims: [larger, smaller]) { $0[0] - $0[1] }
            let link = Link(strength: .strong, evidence: [context.frame("balance-of-flows", words), .partition(file: "checks/balance-flows.lex", line: line),
                                                          context.fields([larger, smaller, balance]).evidence])
            found.add("difference", [larger, smaller, balance], stated: balance, range: range, context: context, link: link) { r in
                "\(context.label(larger)) less \(context.label(smaller)) is \(context.range(r, like: balance)); stated \(context.label(balance)) \(context.gap(r, balance))"
            }
        }
    }
}
