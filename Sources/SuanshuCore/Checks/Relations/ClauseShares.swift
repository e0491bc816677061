/// A part's level and its share in one sentence, the whole named in the share's clause:
/// 人均食品烟酒支出8411元，增长5.4%，在消费支出中占29.8% → 8411 / 人均消费支出28227元. A whole
/// named only as the total (占总数79.5%) or not at all (占比16.7%) is the whole of the breakdown
/// the part is listed in (从入境渠道看，…), over a weak link.
extension Checker {
    func clauseShares(_ context: Context, _ found: inout CheckList) {
        let units = context.text.utf16
        for share in context.claims where share.kind == .share && share.unit == "%" && !share.isPrior && share.qualifier != .under {
            let sentence = context.claims(inSentence: share.sentence)
            // The part: the last level before the share in its sentence, no other share between.
            guard let part = sentence.last(where: { context.isLevel($0) && $0.range.upperBound <= share.range.lowerBound }),
                  !sentence.contains(where: { $0.kind == .share && $0.number != share.number && $0.range.lowerBound > part.range.upperBound && $0.range.upperBound <= share.range.lowerBound })
            else { continue }
            let clause = context.clauseStart(before: share.range.lowerBound)..<share.range.lowerBound
            guard clause.lowerBound >= part.range.upperBound else { continue }
            let named = wholeName(in: clause, units)
            let whole: Claim?
            let strong: Bool
            if let named, !words.wholeGeneric.contains(where: { $0 == named }) {
                // The nearest level before the part of the metric the clause names (the metrics
                // lexicon read it: 占进出口总值的 → 进出口, said of no entity), or whose subject's
                // words end with the name (在消费支出中 → 人均消费支出).
                let name = String(decoding: named, as: UTF16.self)
                let metric = share.wholeNamed ? share.wholeMetric : nil
                let candidates = context.claims[..<part.number].reversed().prefix(60).filter { c in
                    guard context.isLevel(c), c.unit == part.unit, context.sameMeasureWord(c, part), context.samePeriod(c, part), c.qualifier == .exact || c.qualifier == .about,
                          let subject = c.subject, let own = subject.metric, c.number != part.number else { return false }
                    if let metric { return own == metric && context.isOfWhole(c) }
                    return ((subject.entity ?? "") + own).hasSuffix(name) || own == name
                }
                // Several figures end with the name (农村居民…可支配收入, 全国居民…可支配收入): the
                // one said of the whole (checks/share-words.lex whole-prefix), else none.
                if candidates.count > 1, metric == nil {
                    let wholes = candidates.filter { c in
                        let words = Array(((c.subject?.entity ?? "") + (c.subject?.metric ?? "")).utf16)
                        return self.words.wholePrefix.contains { words.starts(with: $0) }
                    }
                    whole = wholes.count == 1 ? wholes[0] : nil
                } else {
                    whole = candidates.first
                }
                strong = whole.map { $0.namesSubject && context.subjectsStated([part]) } ?? false
            } else {
                // The whole of the breakdown the part's sentence opens.
                let first = sentence.first { context.isLevel($0) } ?? part
                whole = breakdownFrame(before: first, context).flatMap { self.whole(before: $0, like: part, context) }
                strong = false
            }
            guard let whole, whole.number != part.number, !context.sameSubject(part, whole) || part.value != whole.value else { continue }
            let range = CornerRange(claims: [part, whole]) { $0[0] / $0[1] * 100 }
            var link = Link(strength: strong ? .strong : .weak, evidence: [context.frame("part-of-whole", clause), context.fields([part, whole, share]).evidence])
            if !strong { link.note = "the share's clause does not name its whole, which is taken to be the whole of the breakdown before it" }
            found.add("share", [part, whole, share], stated: share, range: range, context: context, link: link) { r in
                "\(context.label(part)) / \(context.label(whole)) = \(context.range(r, like: share)); stated \(context.text.originalString(share.range)) \(context.gap(r, share))"
            }
        }
    }

    /// The words of a share's clause left when the share words are taken out (在消费支出中占 →
    /// 消费支出), nil when none are left.
    private func wholeName(in clause: Range<Int>, _ units: [UInt16]) -> [UInt16]? {
        var left: [UInt16] = []
        var p = clause.lowerBound
        while p < clause.upperBound {
            if let word = words.shareWords.first(where: { units[p..<clause.upperBound].starts(with: $0) }) {
                p += word.count
                // A share word ends the name: 在消费支出中占 keeps 消费支出 only.
                if !left.isEmpty { break }
                continue
            }
            left.append(units[p])
            p += 1
        }
        return left.count >= 2 ? left : nil
    }
}
