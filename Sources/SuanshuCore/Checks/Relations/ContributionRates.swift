/// A pull in points and its contribution rate said together of one part, against the
/// whole's growth: 最终消费支出拉动经济增长2.2个百分点，贡献率为44.5% with GDP growth of 5.0%
/// → 5.0 × 44.5% = 2.2.
extension Checker {
    func contributionRates(_ context: Context, _ found: inout CheckList) {
        for share in context.claims(ofKind: .contribution) where share.kind == .contribution && share.unit == "%" && !share.isPrior {
            // The pull just before or after the rate, in its sentence and of its subject.
            let sentence = context.claims(inSentence: share.sentence)
            let pull = [share.number - 1, share.number + 1].lazy.filter { sentence.indices.contains($0) }.map { context.claims[$0] }
                .first { $0.kind == .contribution && $0.unit == "pp" && context.sameSubject($0, share) }
            // The whole's rate: not an item of a list of rates (一到四季度分别增长5.3%、4.7%…
            // are of periods or parts the list names, not of the whole).
            guard let pull, let whole = pull.wholeMetric ?? share.wholeMetric,
                  let growth = context.nearest(to: pull, in: context.numbers(ofMetric: whole), {
                      $0.kind == .growth && !$0.isPrior && context.isOfWhole($0) && context.samePeriod($0, pull) && context.isYearOnYear($0)
                          && !Self.listed(context.claims[$0.number], context)
                  }) else { continue }
            let range = CornerRange(claims: [growth, share]) { $0[0] * $0[1] / 100 }
            // 拉动…增长…个百分点，贡献率为… names the whole in its own clause (or the clause
            // before it in the paragraph), and the whole's rate is said with its subject.
            let holds = (pull.wholeNamed || share.wholeNamed) && growth.namesSubject
            let link = context.frameLink("pull-and-contribution-rate", context.between(pull, share), holds: holds, [growth, share, pull])
            found.add("contribution", [growth, share, pull], stated: pull, range: range, context: context, link: link) { r in
                "\(context.label(growth)) with \(context.text.originalString(share.range)) of it contributed is \(context.range(r, like: pull)); stated \(context.text.originalString(pull.range)) \(context.gap(r, pull))"
            }
        }
    }

    /// An item of a list: another figure of its sentence read by the same rule from the same words.
    static func listed(_ c: Claim, _ context: Context) -> Bool {
        context.claims(inSentence: c.sentence).contains { $0.number != c.number && $0.rule == c.rule && $0.contextStart == c.contextStart }
    }
}
