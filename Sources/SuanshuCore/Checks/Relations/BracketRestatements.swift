/// A figure restated in brackets right after it, in the same unit or one of
/// checks/conversions.lex: 119319千公顷（178979万亩）, 70650万吨（14130.0亿斤）.
extension Checker {
    func bracketRestatements(_ context: Context, _ found: inout CheckList) {
        let units = context.text.utf16
        var previous: Claim?
        for b in context.claims {
            defer { previous = b }
            guard let a = previous, a.sentence == b.sentence, a.kind == b.kind, !a.isPrior, !b.isPrior else { continue }
            // （ or ( between them, nothing else but a qualifier of b's.
            let gap = a.range.upperBound..<b.range.lowerBound
            guard gap.count >= 1, gap.count <= 3, units[gap.lowerBound] == 0xFF08 || units[gap.lowerBound] == 0x28 else { continue }
            let factor: Double
            if a.unit == b.unit {
                factor = 1
            } else if let f = conversions[ConversionKey(from: a.unit, to: b.unit)] {
                factor = f
            } else if let f = conversions[ConversionKey(from: b.unit, to: a.unit)] {
                factor = 1 / f
            } else {
                continue
            }
            let range = CornerRange(claims: [a]) { $0[0] * factor }
            let link = Link(strength: .strong, evidence: [context.frame("in-brackets", gap), context.fields([a, b]).evidence])
            found.add("restatement", [a, b], stated: b, range: range, context: context, link: link) { r in
                "\(context.label(a)) restated in brackets as \(context.text.originalString(b.range)): \(context.range(r, like: b)) \(context.gap(r, b))"
            }
        }
    }
}

struct ConversionKey: Hashable, Sendable {
    var from: String
    var to: String
}
