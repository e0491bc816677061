/// The same figure said twice, and an approximate figure against the exact one.
extension Checker {
    /// The same figure said twice (restatement), and an approximate figure against the exact
    /// one (bound: 超过45万亿元 against 45.47万亿元). Figures of one kind, unit, subject,
    /// period and basis; two exact ones further apart than 10% are taken for different
    /// figures, not a misprint.
    func restatementsAndBounds(_ context: Context, _ found: inout CheckList) {
        struct Key: Hashable {
            var kind: ClaimKind
            var unit, metric, entity, partner, from, to, basis: Int32
            /// Its measure (现价, 不变价, 实际): a real rate is not the nominal one restated.
            var measure: String?
        }
        // Claim numbers: a group is read through the flat facts, and claims copied only when used.
        var groups: [Key: [Int32]] = [:]
        let yearOnYear = context.nameNumber("yoy")
        for c in context.claims where !c.isPrior {
            let k = context.facts(of: c)
            // No basis said is year on year.
            let key = Key(kind: c.kind, unit: k.unit, metric: k.metric, entity: k.entity, partner: k.partner,
                          from: k.from, to: k.to, basis: k.basis < 0 ? yearOnYear : k.basis, measure: c.measure)
            groups[key, default: []].append(Int32(c.number))
        }
        func facts(_ n: Int32) -> Context.Facts { context.facts(number: n) }
        func claim(_ n: Int32) -> Claim { context.claims[Int(n)] }
        // In the order the groups first appear, so that output is the same every run.
        for group in groups.values.sorted(by: { facts($0[0]).start < facts($1[0]).start }) where group.count > 1 {
            let exact = group.filter { facts($0).qualifier == .exact }
            if let firstNumber = exact.first {
                let first = claim(firstNumber)
                for n in exact.dropFirst() where facts(n).sentence != first.sentence && facts(n).sentence - first.sentence <= Context.window {
                    let later = claim(n)
                    let a = first.value.doubleValue
                    let b = later.value.doubleValue
                    // Figures further apart are taken for two figures whose subjects were read
                    // short (an entity the lexicons lack), not one restated: the window decides
                    // no link, it only keeps such pairs out.
                    guard abs(a - b) <= 0.1 * max(abs(a), abs(b)) else { continue }
                    // Figures said of no subject known are taken for one figure only when
                    // written the same (a headline's 50.5% and the body's).
                    guard facts(n).metric >= 0 || first.value == later.value else { continue }
                    // (A rate on a restated base, 按可比口径…增长17.8%, is another figure than the
                    // rate on the published one.)
                    guard first.kind != .growth || onRestatedBase(first, context) == onRestatedBase(later, context) else { continue }
                    // (Nor rates each said after a level of its own that is another figure.)
                    guard first.kind != .growth || !context.ofOtherLevels(first, later) else { continue }
                    let link = context.fieldLink([first, later])
                    let range = CornerRange(claims: [first]) { $0[0] }
                    found.add("restatement", [first, later], stated: later, range: range, context: context, link: link) { r in
                        "\(context.label(first)) restated as \(context.label(later)) \(context.gap(r, later))"
                    }
                }
            }
            for n in group where facts(n).qualifier != .exact {
                let approximate = claim(n)
                let nearby = context.aroundNumbers(approximate, in: group)
                // The same approximate figure said before: a restatement (超过45万亿元 twice).
                if let o = nearby.first(where: { facts($0).number != approximate.number && facts($0).qualifier == approximate.qualifier && claim($0).value == approximate.value }),
                   facts(o).start < approximate.range.lowerBound {
                    let other = claim(o)
                    let range = CornerRange(claims: [other]) { $0[0] }
                    found.add("restatement", [other, approximate], stated: approximate, range: range, context: context, link: context.fieldLink([other, approximate])) { r in
                        "\(context.label(other)) restated as \(context.label(approximate)) \(context.gap(r, approximate))"
                    }
                }
                // An approximate figure bounds the nearest exact one of about its size (超过45万亿元
                // and 45.47万亿元); far apart, they are two figures.
                let nearestExact = nearby.filter { facts($0).qualifier == .exact }
                    .min { abs(facts($0).start - approximate.range.lowerBound) < abs(facts($1).start - approximate.range.lowerBound) }
                    .map(claim)
                if let first = nearestExact,
                   abs(approximate.value.doubleValue - first.value.doubleValue) <= 0.25 * abs(first.value.doubleValue) {
                    let range = CornerRange(claims: [approximate]) { $0[0] }
                    // Loose wording (接近八成) a little off its exact figure is worth a note,
                    // not an alarm; far off, it is an error.
                    // (超过 and 不到 are hard bounds: they get no tolerance.)
                    let tolerance: Double? = [.nearly, .about].contains(approximate.qualifier) ? 0.1 * abs(first.value.doubleValue) : nil
                    found.add("bound", [approximate, first], stated: first, range: range, context: context, link: context.fieldLink([approximate, first]), message: { r in
                        "\(context.label(approximate)) allows \(context.range(r, like: first)); stated \(context.label(first)) \(context.gap(r, first))"
                    }, nearMiss: tolerance, nearMissNote: "; loose wording this close to the exact figure is not called an error")
                }
            }
        }
    }
}
