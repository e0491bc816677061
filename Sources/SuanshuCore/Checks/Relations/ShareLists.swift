/// A list of shares of one whole (三次产业增加值占比分别为6.8%、36.5%和56.7%; contribution rates
/// 分别为44.5%、25.2%和30.3%) that makes up the whole adds to 100. Whether the list names every
/// member the text does not say, so the link is weak: a list that adds up is consistent, and
/// one that comes near 100 without it unverifiable; a list far from 100 is taken for a partial
/// one and makes no check.
extension Checker {
    func shareLists(_ context: Context, _ found: inout CheckList) {
        var start = 0
        let claims = context.claims
        while start < claims.count {
            let first = claims[start]
            var end = start + 1
            while end < claims.count, claims[end].sentence == first.sentence, claims[end].rule == first.rule,
                  claims[end].contextStart == first.contextStart, claims[end].kind == first.kind { end += 1 }
            defer { start = end }
            guard first.kind == .share || first.kind == .contribution, first.unit == "%", end - start >= 2,
                  claims[start..<end].allSatisfy({ $0.qualifier == .exact && !$0.isPrior }) else { continue }
            let list = Array(claims[start..<end])
            let total = list.reduce(0) { $0 + $1.value.doubleValue }
            guard total > 90, total < 110 else { continue }
            let others = Array(list.dropLast()), last = list[list.count - 1]
            let range = CornerRange(claims: others) { 100 - $0.reduce(0, +) }
            var link = Link(strength: .weak, evidence: [context.frame("list-of-shares", first.contextStart..<first.range.lowerBound),
                                                        context.fields(list).evidence])
            link.note = "the text does not say that the list names every part of the whole"
            found.add("sum", list, stated: last, range: range, context: context, link: link) { r in
                "100 less " + others.map { context.text.originalString($0.range) }.joined(separator: " and ")
                    + " leaves \(context.range(r, like: last)); stated \(context.text.originalString(last.range)) \(context.gap(r, last))"
            }
        }
    }
}
