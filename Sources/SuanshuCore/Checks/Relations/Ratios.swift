/// One figure as a multiple of another: 比前一年的647亿美元扩大为其2.3倍 → 1501.2 / 647; or as a
/// percentage of it: 相當於2019年同期（1,030.2萬人次）的101.7%.
extension Checker {
    func ratios(_ context: Context, _ found: inout CheckList) {
        for r in context.claims(ofKind: .ratio) where r.kind == .ratio && !r.isPrior {
            // The earlier figure stated in the ratio's sentence (比…的, 较…的) and the level of
            // now before it, in the same unit.
            let before = context.claims(inSentence: r.sentence).filter { $0.range.upperBound <= r.range.lowerBound && ($0.kind == .amount || $0.kind == .count) }
            guard let prior = before.last(where: { $0.isPrior }),
                  let now = before.last(where: { !$0.isPrior && $0.unit == prior.unit && $0.range.upperBound <= prior.range.lowerBound }),
                  // (No figure between, unless 其 refers back: 较一年前的176,972億港元上升5.3%，增加9,380
                  // 億港元，約為本地生產總值的5.9倍 is a multiple of another figure, named there.)
                  !context.claims(inSentence: r.sentence).contains(where: { $0.range.lowerBound >= prior.range.upperBound && $0.range.upperBound <= r.range.lowerBound })
                    // (…翻了一番还多，约为其2.3倍: 其 refers back to it.)
                    || context.text.utf16[prior.range.upperBound..<r.range.lowerBound].contains(0x5176),
                  // (Nor one whose words name another year: （去年同月為8,790噸），為2019年同月的1.4倍
                  // is a multiple of 2019's figure, which the text does not give.)
                  !namesYear(context.text.utf16[prior.range.upperBound..<r.range.lowerBound])
            else { continue }
            let range = CornerRange(claims: [now, prior]) { $0[0] / $0[1] }
            let link = context.frameLink("multiple-of-prior", context.between(prior, r), holds: true, [now, prior, r])
            found.add("ratio", [now, prior, r], stated: r, range: range, context: context, link: link) { r2 in
                "\(context.label(now)) over \(context.text.originalString(prior.range)) is \(context.range(r2, like: r)) times; stated \(context.text.originalString(r.range)) \(context.gap(r2, r))"
            }
        }
        // The same in percent: 相當於2019年同期（1,030.2萬人次）的101.7% → 1,047.8萬 / 1,030.2萬. The
        // percent stands right after the earlier level (its bracket and 的 between), and the
        // level of now is the one before that in its unit.
        for share in context.claims(ofKind: .share) where share.unit == "%" && !share.isPrior {
            let before = context.claims(inSentence: share.sentence).filter { $0.range.upperBound <= share.range.lowerBound }
            guard let prior = before.last, prior.isPrior, prior.kind == .amount || prior.kind == .count,
                  // Only its bracket and 的 between (not: 之1,367.5億美元（占26.6%） — the earlier
                  // figure's own share of another whole).
                  context.text.utf16[prior.range.upperBound..<share.range.lowerBound].allSatisfy({ [0xFF09, 0x29, 0x7684, 0x4E4B].contains($0) }),
                  let now = before.last(where: { !$0.isPrior && ($0.kind == .amount || $0.kind == .count) && $0.unit == prior.unit && $0.range.upperBound <= prior.range.lowerBound })
            else { continue }
            let range = CornerRange(claims: [now, prior]) { $0[0] / $0[1] * 100 }
            let link = context.frameLink("share-of-prior", context.clauseStart(before: share.range.lowerBound)..<share.range.lowerBound,
                                         holds: true, [now, prior, share])
            found.add("share", [now, prior, share], stated: share, range: range, context: context, link: link) { r2 in
                "\(context.label(now)) / \(context.text.originalString(prior.range)) = \(context.range(r2, like: share)); stated \(context.text.originalString(share.range)) \(context.gap(r2, share))"
            }
        }
    }

    /// Digits of a year before 年 (2019年, 114年) in the words.
    private func namesYear(_ words: ArraySlice<UInt16>) -> Bool {
        var digits = 0
        for u in words {
            if NumeralReader.isDigit(u) { digits += 1; continue }
            if u == 0x5E74, digits >= 3 { return true }
            digits = 0
        }
        return false
    }
}
