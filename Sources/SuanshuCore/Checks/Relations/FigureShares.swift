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
            guard whole.sentence == share.sentence, whole.range.lowerBound >= share.contextStart,
                  context.isLevel(whole), whole.qualifier == .exact || whole.qualifier == .about else { continue }
            // The part is what 占 is said of: its figure ends the clause before 占, or 占 follows
            // it; or the clause names it before 占 (债务余额占…限额568,853亿元的94.3%).
            let before = context.claims[share.number - 2]
            let figureBefore = before.sentence == share.sentence && before.range.upperBound <= share.contextStart
                && share.contextStart - before.range.upperBound <= 1
                && (share.contextStart == before.range.upperBound || [0x2C, 0xFF0C].contains(units[before.range.upperBound]))
            guard let part = figureBefore ? before : namedPart(before: share, like: whole, context),
                  context.isLevel(part), part.qualifier != .under, part.unit == whole.unit, context.sameMeasureWord(part, whole) else { continue }
            let range = CornerRange(claims: [part, whole]) { $0[0] / $0[1] * 100 }
            let frameStart = figureBefore ? part.range.upperBound : context.clauseStart(before: share.contextStart)
            let link = Link(strength: .strong, evidence: [context.frame("share-of-figure", frameStart..<share.range.upperBound),
                                                          context.fields([part, whole, share]).evidence])
            found.add("share", [part, whole, share], stated: share, range: range, context: context, link: link) { r in
                "\(context.label(part)) / \(context.label(whole)) = \(context.range(r, like: share)); stated \(context.text.originalString(share.range)) \(context.gap(r, share))"
            }
        }
    }

    /// The level the share's clause names before 占 with words alone (债务余额占…): the one of
    /// the last four sentences whose name ends with those words (of whatever period: the share's
    /// is read from the whole's words, 占2025年…限额); nil when none or two differ.
    private func namedPart(before share: Claim, like whole: Claim, _ context: Context) -> Claim? {
        let units = context.text.utf16
        let clause = context.clauseStart(before: share.contextStart)..<share.contextStart
        guard clause.count >= 2, units[clause].allSatisfy({ (0x3400...0x9FFF).contains($0) }),
              words.wholeOpeners.contains(units[share.contextStart]) else { return nil }
        let name = String(decoding: units[clause], as: UTF16.self)
        var found: Claim?
        for c in context.claims[max(0, share.number - 40)..<(share.number - 1)].reversed() {
            if share.sentence - c.sentence > 4 { break }
            guard c.sentence < share.sentence || c.range.upperBound <= clause.lowerBound, context.isLevel(c), c.qualifier == .exact, !c.isPrior,
                  c.unit == whole.unit, let subject = c.subject,
                  subject.text.bytesEnd(with: name) || (subject.metric ?? "").bytesEnd(with: name) else { continue }
            if let found, found.value != c.value { return nil }
            found = found ?? c
        }
        return found
    }
}
