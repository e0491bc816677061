/// A stated change against two stated levels.
extension Checker {
    /// A change against two stated levels: 2025年进出口45.47万亿元，比上年增加1.62万亿元,
    /// with 2024年进出口43.85万亿元 (or 较二零二三年的1,830.6亿) → 45.47 − 43.85 = 1.62.
    func levelDifferences(_ context: Context, _ found: inout CheckList) {
        for change in context.claims(ofKind: .change) where change.kind == .change && change.unit != "pp" && change.unit != "%" && !change.isPrior {
            let sameTerm = context.numbers(ofTermOf: change)
            // (A prior figure of the change's sentence needs no period: 由3 676 000人下降至3 664 400人.)
            guard context.facts(of: change).metric >= 0,
                  let prior = context.nearest(to: change, in: sameTerm, { c in
                      (c.kind == .amount || c.kind == .count) && context.sameUnit(c, change) && c.qualifier == .exact
                          && context.sameSubject(c, change)
                          && (c.isPrior ? c.sentence == change.sentence && !context.comparedAgain(after: c, before: change)
                                        : change.period.map { context.isYearBefore(c, $0) } == true)
                  }) else { continue }
            // A level right before 比…的 in the change's sentence is the one compared (达到15.3件，
            // 比2024年底的14.0件提高1.5件，已经高于…的12件: not the target after it).
            let levelBeforePrior = prior.isPrior ? context.claims(inSentence: change.sentence).last {
                $0.range.upperBound <= prior.range.lowerBound && context.isLevel($0) && !$0.isPrior
                    && ($0.qualifier == .exact || $0.qualifier == .about) && context.sameUnit($0, change) && context.sameSubject($0, change)
            } : nil
            // (A bound, 已逼近3.8万美元, is no level the change was measured to.)
            guard let now = levelBeforePrior ?? context.nearest(to: change, in: sameTerm, {
                      context.isLevel($0) && ($0.qualifier == .exact || $0.qualifier == .about)
                          && context.sameUnit($0, change) && context.sameSubject($0, change) && context.samePeriod($0, change)
                  }) else { continue }
            let range = CornerRange(claims: [now, prior]) { $0[0] - $0[1] }
            // A prior figure in the change's sentence (较…的), or two levels each stated with
            // its period and subject.
            let holds = (prior.isPrior && now.sentence == change.sentence)
                || (context.subjectsStated([now, prior, change]) && now.stated.contains(.period) && prior.stated.contains(.period))
            let link = context.frameLink("level-change", context.between(now, change), holds: holds, [now, prior, change])
            found.add("difference", [now, prior, change], stated: change, range: range, context: context, link: link) { r in
                "\(context.label(now)) against \(context.text.originalString(prior.range)) before is a change of \(context.range(r, like: change)); stated \(context.text.originalString(change.range)) \(context.gap(r, change))"
            }
        }
    }
}
