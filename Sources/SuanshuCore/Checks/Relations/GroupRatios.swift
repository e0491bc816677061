/// A ratio named by a pair of groups (城乡居民收入比为2.34): the first group's figure over the
/// second's, both said before it in its paragraph (checks/ratio-pairs.lex).
extension Checker {
    /// One line of checks/ratio-pairs.lex, in the working form (Simplified).
    struct RatioPair: Sendable {
        var word: [UInt16]
        var numerator: String
        var denominators: [String]
        var line: Int

        static func parse(_ grammars: GrammarFiles) throws -> [RatioPair] {
            try Lexicon(grammars, "checks/ratio-pairs.lex").entries.map { entry in
                func working(_ s: Substring) throws -> String { String(decoding: try workingForm(String(s)), as: UTF16.self) }
                let denominators = try entry.required("denominator").split(separator: ",").map(working)
                return RatioPair(word: try workingForm(entry.word), numerator: try working(Substring(try entry.required("numerator"))),
                                 denominators: denominators, line: entry.line)
            }
        }
    }

    func groupRatios(_ context: Context, _ found: inout CheckList) {
        let units = context.text.utf16
        /// 比 after the pair's word: the ratio's name.
        let ratioWord = UInt16(0x6BD4)
        for r in context.claims(ofKind: .ratio) where r.kind == .ratio && !r.isPrior {
            let clause = context.clauseStart(before: r.range.lowerBound)..<r.range.lowerBound
            guard let (pair, at) = ratioPairs.lazy.compactMap({ pair -> (RatioPair, Int)? in
                guard let at = clause.first(where: { units[$0...].starts(with: pair.word) }),
                      units[(at + pair.word.count)..<clause.upperBound].contains(ratioWord) else { return nil }
                return (pair, at)
            }).first else { continue }
            // The two groups' figures: the last of each before the ratio in its paragraph (a
            // dozen figures back at most).
            func group(_ c: Claim, _ names: [String]) -> Bool {
                guard let subject = c.subject else { return false }
                return names.contains { name in (subject.entity ?? "").bytesContain(name) || subject.text.bytesContain(name) }
            }
            let before = context.claims[max(0, r.number - 12)..<r.number].filter { context.isLevel($0) && context.sameParagraph($0, r) }
            guard let b = before.last(where: { group($0, pair.denominators) }),
                  let a = before.last(where: { group($0, [pair.numerator]) && context.sameMetric($0, b) && context.sameUnit($0, b) && context.samePeriod($0, b) && context.facts(of: $0).metric >= 0 })
            else { continue }
            let range = CornerRange(claims: [a, b]) { $0[0] / $0[1] }
            // The pair names the groups, not what is compared: weak, unless the ratio's clause
            // names the figures' metric too.
            let metricNamed = a.subject?.metric.map { m in String(decoding: units[clause], as: UTF16.self).contains(m) } ?? false
            let link = Link(strength: metricNamed ? .strong : .weak,
                            evidence: [context.frame("ratio-of-groups", at..<(at + pair.word.count)),
                                       .partition(file: "checks/ratio-pairs.lex", line: pair.line), context.fields([a, b]).evidence])
            found.add("ratio", [a, b, r], stated: r, range: range, context: context, link: link) { x in
                "\(context.label(a)) over \(context.label(b)) is \(context.range(x, like: r)); stated \(context.text.originalString(r.range)) \(context.gap(x, r))"
            }
        }
    }
}
