/// A rate that is a part over a whole (checks/rate-shares.rules): 城镇化率达到67.00% against
/// 城镇常住人口94350万人 / 全国人口140828万人.
extension Checker {
    func rateShares(_ context: Context, _ found: inout CheckList) {
        guard !rateShareRules.isEmpty else { return }
        // The claims of each name the rules give, made once.
        var lists: [String: [Int32]?] = [:]
        for kind in [ClaimKind.rate, .share] {
            for number in context.numbers(ofKind: kind) {
                let rate = context.claims[Int(number)]
                guard rate.unit == "%", !rate.isPrior, let subject = rate.subject, let metric = subject.metric else { continue }
                let term = (subject.entity ?? "") + metric
                for rule in rateShareRules where term.hasSuffix(rule.rate) {
                    func level(_ name: String, _ also: ((Context.Facts) -> Bool)? = nil) -> Claim? {
                        let candidates: [Int32]?
                        if let known = lists[name] {
                            candidates = known
                        } else {
                            candidates = merged(context.numbers(ofTerm: name), context.numbers(ofMetric: name))
                            lists[name] = candidates
                        }
                        return context.nearest(to: rate, in: candidates) { c in
                            (c.kind == .amount || c.kind == .count) && !c.isPrior && c.qualifier == .exact
                                && context.samePeriod(c, rate) && (also?(c) ?? true)
                                // Stated with the rate, in its paragraph.
                                && context.sameParagraph(context.claims[c.number], rate)
                        }
                    }
                    guard let part = level(rule.part), let whole = level(rule.whole, { context.sameEntity($0, part) && context.sameUnit($0, part) && $0.number != part.number }) else { continue }
                    let range = CornerRange(claims: [part, whole]) { $0[0] / $0[1] * 100 }
                    let used = [part, whole, rate]
                    let strong = context.subjectsStated(used)
                    var link = Link(strength: strong ? .strong : .weak,
                                    evidence: [.partition(file: "checks/rate-shares.rules", line: rule.line), context.fields(used).evidence])
                    if !strong { link.note = "not every figure's subject is stated in its own sentence" }
                    found.add("share", used, stated: rate, range: range, context: context, link: link) { r in
                        "\(context.label(part)) / \(context.label(whole)) = \(context.range(r, like: rate)); stated \(context.label(rate)) \(context.gap(r, rate))"
                    }
                    break
                }
            }
        }
    }

    /// Two lists of claim numbers in document order, as one.
    private func merged(_ a: [Int32]?, _ b: [Int32]?) -> [Int32]? {
        guard let a, !a.isEmpty else { return b }
        guard let b, !b.isEmpty else { return a }
        return Array(Set(a + b)).sorted()
    }
}
