/// One subject's figure as a multiple of another's, both said before it in the paragraph:
/// 执业（助理）医师487.6万人，注册护士579.0万人，注册护士数是执业（助理）医师的1.19倍 → 579.0 / 487.6.
/// The words: checks/words.lex, multiple-of and noun-end.
extension Checker {
    func namedMultiples(_ context: Context, _ found: inout CheckList) {
        let units = context.text.utf16
        for r in context.claims(ofKind: .ratio) where r.kind == .ratio && !r.isPrior && r.range.lowerBound > 0 {
            // 是 … 的 right before the multiple: the words between name the other subject.
            guard words.nounEnd.contains(units[r.range.lowerBound - 1]) else { continue }
            let clause = context.clauseStart(before: r.range.lowerBound)..<(r.range.lowerBound - 1)
            var marker: Range<Int>?
            for p in clause.reversed() where marker == nil {
                if let w = words.multipleOf.first(where: { p + $0.count <= clause.upperBound && units[p..<(p + $0.count)].elementsEqual($0) }) {
                    marker = p..<(p + w.count)
                }
            }
            guard let marker else { continue }
            let levels = context.claims[max(0, r.number - 12)..<r.number].filter {
                context.isLevel($0) && $0.qualifier == .exact && context.sameParagraph($0, r)
            }
            guard var b = levels.last(where: { Self.named($0, by: marker.upperBound..<clause.upperBound, context) }) else { continue }
            // (Of one unit and measure word: 个 of hospitals, not 张 of beds.)
            let sameKind = levels.filter {
                $0.number != b.number && context.sameUnit($0, b) && context.sameMeasureWord($0, b) && context.samePeriod($0, b) && !context.sameSubject($0, b)
            }
            // The first subject: named before 是, else the figure of the ratio's sentence
            // (民营医院27130个，…，数量是公立医院的2.3倍).
            let named = sameKind.last { Self.named($0, by: clause.lowerBound..<marker.lowerBound, context) }
            guard var a = named ?? sameKind.last(where: { $0.sentence == r.sentence }) else { continue }
            // 国际航线货邮运输量增速约为国内航线的4.7倍: a word of a rate before 为 makes it a
            // multiple of the two subjects' growth rates, not of their levels.
            if words.rateOf.contains(where: { units[clause.lowerBound..<marker.lowerBound].contains(word: $0) }) {
                func rate(of level: Claim) -> Claim? {
                    context.claims[level.number..<r.number].first {
                        $0.kind == .growth && !$0.isPrior && $0.unit == "%" && context.sameSubject($0, level) && context.samePeriod($0, level)
                    }
                }
                guard let x = rate(of: a), let y = rate(of: b) else { continue }
                (a, b) = (x, y)
            }
            let range = CornerRange(claims: [a, b]) { $0[0] / $0[1] }
            let link = Link(strength: named != nil ? .strong : .weak,
                            evidence: [context.frame("multiple-of-other", marker.lowerBound..<r.range.lowerBound), context.fields([a, b]).evidence])
            found.add("ratio", [a, b, r], stated: r, range: range, context: context, link: link) { x in
                "\(context.label(a)) over \(context.label(b)) is \(context.range(x, like: r)) times; stated \(context.text.originalString(r.range)) \(context.gap(x, r))"
            }
        }
    }

    /// The words hold the claim's entity, or its metric when it has none (two characters or
    /// more): 体育服务业增加值 names 体育服务业's 增加值, not 体育场地设施建设's.
    static func named(_ c: Claim, by range: Range<Int>, _ context: Context) -> Bool {
        guard range.count >= 2, let subject = c.subject else { return false }
        let words = String(decoding: context.text.utf16[range], as: UTF16.self)
        if let entity = subject.entity, entity.count >= 2 { return words.bytesContain(entity) }
        return subject.metric.map { $0.count >= 2 && words.bytesContain($0) } ?? false
    }
}
