/// A figure said of parts named together before a total word (checks/words.lex `total`):
/// 工业与服务业合计超过90% after 工业…贡献率为37.3% and 服务业贡献率为55.7% is their sum;
/// 资通视听与电子零组件合计年增65.5% after each one's level and rate is the growth their levels
/// and rates give (aggregate-growth). Each name is the nearest figure before the total in its
/// paragraph, of its kind and period, whose clause or subject holds the name (the names joined
/// by the joiners of checks/partitions.rules). The link is strong when every name is written so
/// in its figure's clause and names one figure there; a name found only with characters between
/// its own (资通视听 in 资通与视听产品) makes it weak.
extension Checker {
    func namedTotals(_ context: Context, _ found: inout CheckList) {
        let units = context.text.utf16
        for t in context.claims where !t.isPrior && t.qualifier != .under && (t.kind == .growth || t.unit == "%" && (t.kind == .share || t.kind == .contribution)) {
            let clause = context.clauseStart(before: t.range.lowerBound)..<t.range.lowerBound
            // (Cheap first: a total word's first character in the clause at all.)
            guard clause.count >= 6, units[clause].contains(where: { u in self.words.total.contains { $0[0] == u } }) else { continue }
            let words = Self.unglossed(units[clause])
            guard let at = words.indices.first(where: { p in self.words.total.contains { words[p...].starts(with: $0) } }) else { continue }
            let names = words[..<at].split(whereSeparator: { partitions.joiners.contains($0) }).map(Array.init)
            guard names.count >= 2, names.allSatisfy({ $0.count >= 2 && $0.allSatisfy { $0 >= 0x3400 } }) else { continue }
            // The figures the names are of: for a growth, levels (each with its rate); else
            // figures of the total's own kind and unit.
            let wantsLevels = t.kind == .growth
            var parts: [Claim] = []
            var strong = true
            for name in names {
                var chosen: (claim: Claim, exact: Bool)?
                var values: Set<Double> = []
                for c in context.claims[..<t.number].reversed().prefix(40) {
                    guard context.sameParagraph(c, t) else { break }
                    guard !c.isPrior, context.samePeriod(c, t), c.qualifier == .exact,
                          wantsLevels ? context.isLevel(c) : c.kind == t.kind && c.unit == t.unit,
                          !parts.contains(where: { $0.number == c.number }) else { continue }
                    let own = Self.unglossed(units[context.clauseStart(before: c.range.lowerBound)..<c.range.lowerBound])
                    let exact = own.contains(word: name)
                    guard exact || name.count >= 3 && Self.inOrder(name, in: own) else { continue }
                    values.insert(c.value.doubleValue)
                    if chosen == nil || exact && !chosen!.exact { chosen = (c, exact) }
                }
                guard let chosen else { break }
                if !chosen.exact || values.count > 1 { strong = false }
                parts.append(chosen.claim)
            }
            guard parts.count == names.count else { continue }
            let frame = context.frame("parts-named-with-total", clause)
            if wantsLevels {
                guard Set(parts.map(\.unit)).count == 1 else { continue }
                let rates = parts.compactMap { rate(after: $0, context) }
                guard rates.count == parts.count, !rates.contains(where: { $0.number == t.number }),
                      t.measure != "constant-prices", t.measure != "real" else { continue }
                let n = parts.count
                let range = CornerRange(claims: parts + rates) { v in
                    var now = 0.0, before = 0.0
                    for k in 0..<n {
                        now += v[k]
                        before += v[k] / (1 + v[n + k] / 100)
                    }
                    return (now / before - 1) * 100
                }
                let used = zip(parts, rates).flatMap { [$0, $1] } + [t]
                var link = Link(strength: strong ? .strong : .weak, evidence: [frame, context.fields(used).evidence])
                if !strong { link.note = "a part's name is not written so in its figure's clause, or names two figures" }
                found.add("aggregate-growth", used, stated: t, range: range, context: context, link: link) { r in
                    "parts " + zip(parts, rates).map { "\(context.label($0)) (\(context.text.originalString($1.range)))" }.joined(separator: ", ")
                        + " together grow \(context.range(r, like: t)); stated \(context.text.originalString(t.range)) \(context.gap(r, t))"
                }
            } else {
                let range = CornerRange(claims: parts) { $0.reduce(0, +) }
                let used = parts + [t]
                var link = Link(strength: strong ? .strong : .weak, evidence: [frame, context.fields(used).evidence])
                if !strong { link.note = "a part's name is not written so in its figure's clause, or names two figures" }
                found.add("sum", used, stated: t, range: range, context: context, link: link) { r in
                    parts.map { context.label($0) }.joined(separator: " + ") + " = \(context.range(r, like: t)); stated \(context.text.originalString(t.range)) \(context.gap(r, t))"
                }
            }
        }
    }
}
