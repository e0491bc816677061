/// One figure as a multiple of another: 比前一年的647亿美元扩大为其2.3倍 → 1501.2 / 647.
extension Checker {
    func ratios(_ context: Context, _ found: inout CheckList) {
        for r in context.claims(ofKind: .ratio) where r.kind == .ratio && !r.isPrior {
            // The earlier figure stated in the ratio's sentence (比…的, 较…的) and the level of
            // now before it, in the same unit.
            let before = context.claims(inSentence: r.sentence).filter { $0.range.upperBound <= r.range.lowerBound && ($0.kind == .amount || $0.kind == .count) }
            guard let prior = before.last(where: { $0.isPrior }),
                  let now = before.last(where: { !$0.isPrior && $0.unit == prior.unit && $0.range.upperBound <= prior.range.lowerBound }) else { continue }
            let range = CornerRange(claims: [now, prior]) { $0[0] / $0[1] }
            let link = context.frameLink("multiple-of-prior", context.between(prior, r), holds: true, [now, prior, r])
            found.add("ratio", [now, prior, r], stated: r, range: range, context: context, link: link) { r2 in
                "\(context.label(now)) over \(context.text.originalString(prior.range)) is \(context.range(r2, like: r)) times; stated \(context.text.originalString(r.range)) \(context.gap(r2, r))"
            }
        }
    }
}
