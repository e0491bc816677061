/// A list of shares after names listed before 分别 (checks/words.lex role respectively), each
/// of the whole named after 占: 同城、异地、国际/港澳台快递业务量分别占全部快递业务量的6.7%、91.4%和
/// 1.9% — the k-th name's level (同城快递业务量63.8亿件, said before) over the whole's level
/// (快递业务量956.4亿件) is the k-th share. The text pairs them, so the link is strong when every
/// part's name starts with its listed name and the whole's name is the one after 占.
extension Checker {
    func namedShareLists(_ context: Context, _ found: inout CheckList) {
        let units = context.text.utf16
        for first in context.claims where first.kind == .share && first.listIndex == 0 {
            let shares = context.listItems(of: first)
            guard shares.count >= 2, shares.allSatisfy({ $0.unit == "%" && !$0.isPrior }) else { continue }
            let clause = context.clauseStart(before: first.range.lowerBound)..<first.range.lowerBound
            // 分别, then 占, then the whole's name up to 的 before the first share.
            guard let respectively = words.respectively.lazy.compactMap({ units[clause].firstRange(of: $0) }).first,
                  let opener = units[respectively.upperBound..<clause.upperBound].firstIndex(where: { words.wholeOpeners.contains($0) }),
                  clause.upperBound - 1 > opener + 1, units[clause.upperBound - 1] == 0x7684 else { continue }
            var wholeName = Array(units[(opener + 1)..<(clause.upperBound - 1)])
            for generic in words.wholeGeneric where wholeName.starts(with: generic) && wholeName.count > generic.count + 1 {
                wholeName.removeFirst(generic.count)
            }
            // The names before 分别, apart at the partitions' joiners; the noun after the last
            // (快递业务量 of 国际/港澳台快递业务量) is the whole's.
            var names = units[clause.lowerBound..<respectively.lowerBound].split { partitions.joiners.contains($0) }.map(Array.init)
            guard names.count == shares.count, wholeName.count >= 2 else { continue }
            if let last = names.last, last.count > wholeName.count, last.suffix(wholeName.count).elementsEqual(wholeName) {
                names[names.count - 1] = Array(last.dropLast(wholeName.count))
            }
            let wholeMetric = String(decoding: wholeName, as: UTF16.self)
            // The levels said before the list, nearest first, within a few paragraphs.
            let earlier = context.claims[..<first.number].reversed().prefix(80).filter {
                context.isLevel($0) && $0.qualifier == .exact && first.sentence - $0.sentence <= 15 && context.samePeriod($0, first)
            }
            guard let whole = earlier.first(where: { $0.subject?.metric == wholeMetric }) else { continue }
            var parts: [Claim] = []
            for name in names {
                guard name.count >= 2, let part = earlier.first(where: { c in
                    c.number != whole.number && c.unit == whole.unit && context.sameMeasureWord(c, whole)
                        && (c.subject?.metric).map { Array($0.utf16).starts(with: name) } == true
                }) else { break }
                parts.append(part)
            }
            guard parts.count == shares.count, Set(parts.map(\.number)).count == parts.count else { continue }
            for (part, share) in zip(parts, shares) {
                let range = CornerRange(claims: [part, whole]) { $0[0] / $0[1] * 100 }
                let link = Link(strength: .strong, evidence: [context.frame("named-share-list", clause.lowerBound..<clause.upperBound),
                                                             context.fields([part, whole, share]).evidence])
                found.add("share", [part, whole, share], stated: share, range: range, context: context, link: link) { r in
                    "\(context.label(part)) / \(context.label(whole)) = \(context.range(r, like: share)); stated \(context.text.originalString(share.range)) \(context.gap(r, share))"
                }
            }
        }
    }
}
