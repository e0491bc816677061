/// A pull in points and its contribution rate said together of one part, against the
/// whole's growth: 最终消费支出拉动经济增长2.2个百分点，贡献率为44.5% with GDP growth of 5.0%
/// → 5.0 × 44.5% = 2.2.
extension Checker {
    func contributionRates(_ context: Context, _ found: inout CheckList) {
        for share in context.claims(ofKind: .contribution) where share.kind == .contribution && share.unit == "%" && !share.isPrior {
            // The pull just before or after the rate, in its sentence and of its subject.
            let sentence = context.claims(inSentence: share.sentence)
            func isPull(_ c: Claim) -> Bool { c.kind == .contribution && c.unit == "pp" && context.sameSubject(c, share) }
            let pull = [share.number - 1, share.number + 1].lazy.filter { sentence.indices.contains($0) }.map { context.claims[$0] }.first(where: isPull)
            // The whole's rate: not an item of a list of rates (一到四季度分别增长5.3%、4.7%…
            // are of periods or parts the list names, not of the whole).
            guard let pull, let whole = pull.wholeMetric ?? share.wholeMetric, let ofWhole = context.numbers(ofMetric: whole) else { continue }
            func isWholeRate(_ c: Claim) -> Bool {
                c.kind == .growth && !c.isPrior && context.isOfWhole(c) && context.samePeriod(c, pull) && context.isYearOnYear(c) && !Self.listed(c, context)
            }
            guard let growth = context.nearest(to: pull, in: ofWhole, { isWholeRate(context.claims[$0.number]) }) else { continue }
            let range = CornerRange(claims: [growth, share]) { $0[0] * $0[1] / 100 }
            // 拉动…增长…个百分点，贡献率为… names the whole in its own clause (or the clause
            // before it in the paragraph), and the whole's rate is said with its subject.
            let holds = (pull.wholeNamed || share.wholeNamed) && growth.namesSubject
            var link = context.frameLink("pull-and-contribution-rate", context.between(pull, share), holds: holds, [growth, share, pull])
            // 拉动体育产业增加值增长7.2个百分点 with two rates of a bare 增加值 about (the industry's
            // 8.9%, a category's 7.4%): the words do not say which is the whole's.
            if context.nearby(pull, in: ofWhole).contains(where: { isWholeRate($0) && $0.value != growth.value }) {
                link.strength = .weak
                link.note = "two rates of the whole's measure are said near it, and the words do not say which one is the whole's"
            }
            found.add("contribution", [growth, share, pull], stated: pull, range: range, context: context, link: link) { r in
                "\(context.label(growth)) with \(context.text.originalString(share.range)) of it contributed is \(context.range(r, like: pull)); stated \(context.text.originalString(pull.range)) \(context.gap(r, pull))"
            }
        }
    }

    /// An item of a list: another figure of its sentence read by the same rule from the same words.
    static func listed(_ c: Claim, _ context: Context) -> Bool {
        context.claims(inSentence: c.sentence).contains { $0.number != c.number && $0.sameRule(as: c) && $0.contextStart == c.contextStart }
    }
}
