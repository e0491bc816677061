/// A part's growth and weight give the stated percentage points.
extension Checker {
    /// A part's growth and weight give the stated percentage points:
    /// pp = (part − part / (1 + g)) / (whole / (1 + G)) × 100.
    func contributions(_ context: Context, _ found: inout CheckList) {
        for c in context.claims(ofKind: .contribution) where c.kind == .contribution && c.unit == "pp" {
            guard let (part, partGrowth, whole, wholeGrowth) = contributionLevels(c, context) else { continue }
            // Rates at constant prices are not weighted by levels at current prices.
            if [partGrowth, wholeGrowth].contains(where: { $0.measure == "constant-prices" || $0.measure == "real" }) { continue }
            let range = CornerRange(claims: [part, partGrowth, whole, wholeGrowth]) { v in
                (v[0] - v[0] / (1 + v[1] / 100)) / (v[2] / (1 + v[3] / 100)) * 100
            }
            // The part's prior-year weight in the whole, worth reporting.
            let weight = (part.value.doubleValue / (1 + partGrowth.value.doubleValue / 100))
                / (whole.value.doubleValue / (1 + wholeGrowth.value.doubleValue / 100)) * 100
            // A part larger than its whole is no part of it: the levels found are of two periods
            // (1—10月's 53640亿千瓦时 against October's 8572亿千瓦时) or two measures.
            if weight > 101 { continue }
            // 拉动…增长 names the whole in its clause; the part's level and growth stand in
            // its sentence, and the whole's growth beside the whole.
            let used = [part, partGrowth, whole, wholeGrowth, c]
            let holds = c.wholeNamed && part.sentence == c.sentence && partGrowth.sentence == c.sentence
                && whole.namesSubject && wholeGrowth.sentence == whole.sentence
            let link = context.frameLink("pull-on-whole", min(c.contextStart, c.range.lowerBound)..<c.range.lowerBound, holds: holds, used)
            found.add("contribution", used, stated: c, range: range, context: context, link: link) { r in
                "\(context.label(part)) growing \(context.text.originalString(partGrowth.range)) with a prior-year weight of \(Context.fixed(weight, 1))% in \(context.label(whole)) growing \(context.text.originalString(wholeGrowth.range)) contributes \(context.range(r, like: c)); stated \(context.text.originalString(c.range)) \(context.gap(r, c))"
            }
        }
    }

    /// The part's level and growth and the whole's, found by the subjects read for the pull
    /// (NamedPulls reads the names of its clause when these find none).
    func contributionLevels(_ c: Claim, _ context: Context) -> (Claim, Claim, Claim, Claim)? {
        guard let subject = c.subject, let wholeMetric = c.wholeMetric ?? subject.metric else { return nil }
        let sameTerm = context.numbers(ofTermOf: c)
        guard let part = context.nearest(to: c, in: sameTerm, { context.isLevel($0) && context.sameSubject($0, c) && context.samePeriod($0, c) }),
              let partGrowth = context.nearest(to: c, in: sameTerm, { $0.kind == .growth && !$0.isPrior && context.sameSubject($0, c) && context.samePeriod($0, c) }),
              let whole = context.nearest(to: c, in: context.numbers(ofMetric: wholeMetric), {
                  context.isLevel($0) && context.isOfWhole($0) && context.sameUnit($0, part) && context.samePeriod($0, c) && $0.number != part.number
              }),
              let wholeGrowth = context.nearest(to: whole, in: context.numbers(ofTermOf: whole), {
                  $0.kind == .growth && !$0.isPrior && context.sameSubject($0, whole) && context.samePeriod($0, whole)
              }) else { return nil }
        return (part, partGrowth, whole, wholeGrowth)
    }
}
