/// A share whose whole's figure stands in its 占 phrase, of the level said right before 占:
/// 达标城市有153个，占339个城市的45.1%; 5G基站总数达454.9万个，占移动基站总数1256.6万个的36.2%.
extension Checker {
    /// part / whole = the stated share, all three in one frame of the text.
    func figureShares(_ context: Context, _ found: inout CheckList) {
        let units = context.text.utf16
        for share in context.claims(ofKind: .share) where share.unit == "%" && !share.isPrior && share.number >= 2 {
            // The whole: the figure inside the words that made it a share (a rule's `#` in
            // claims/kinds.rules: no other gap runs across a figure).
            let whole = context.claims[share.number - 1]
            let part = context.claims[share.number - 2]
            guard whole.sentence == share.sentence, part.sentence == share.sentence,
                  whole.range.lowerBound >= share.contextStart, part.range.upperBound <= share.contextStart,
                  context.isLevel(whole), context.isLevel(part), whole.qualifier == .exact || whole.qualifier == .about,
                  part.qualifier != .under, part.unit == whole.unit, context.sameMeasureWord(part, whole),
                  // The part is what 占 is said of: its figure ends the clause before 占, or 占 follows it.
                  share.contextStart - part.range.upperBound <= 1,
                  share.contextStart == part.range.upperBound || [0x2C, 0xFF0C].contains(units[part.range.upperBound]) else { continue }
            let range = CornerRange(claims: [part, whole]) { $0[0] / $0[1] * 100 }
            let link = Link(strength: .strong, evidence: [context.frame("share-of-figure", part.range.upperBound..<share.range.upperBound),
                                                          context.fields([part, whole, share]).evidence])
            found.add("share", [part, whole, share], stated: share, range: range, context: context, link: link) { r in
                "\(context.label(part)) / \(context.label(whole)) = \(context.range(r, like: share)); stated \(context.text.originalString(share.range)) \(context.gap(r, share))"
            }
        }
    }
}
