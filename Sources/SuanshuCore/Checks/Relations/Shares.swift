/// part / whole = the stated share.
extension Checker {
    /// part / whole = stated share.
    func shares(_ context: Context, _ found: inout CheckList) {
        for share in context.claims(ofKind: .share) where share.unit == "%" && !share.isPrior {
            guard let subject = share.subject, !inRespectivelyList(share, context) else { continue }
            let wholeMetric = share.wholeMetric ?? subject.metric
            guard let wholeMetric else { continue }
            guard let part = context.nearest(to: share, in: context.numbers(ofTermOf: share), { c in
                context.isLevel(c) && context.sameSubject(c, share) && context.samePeriod(c, share)
            }) ?? listedPart(of: share, context) else { continue }
            // (占服务贸易逆差的: a whole named as a balance is a figure named so, not 服务贸易收入.)
            let named = min(share.contextStart, share.range.lowerBound)..<share.range.lowerBound
            let prefix = namedWholePrefix(share, context)
            guard let whole = context.nearest(to: share, in: context.numbers(ofMetric: wholeMetric), { c in
                !(prefix.map { namesOtherWholePrefix(context.claims[Int(c.number)], than: $0, context) } ?? false) &&
                context.isLevel(c) && context.isOfWhole(c) && context.sameUnit(c, part)
                    && context.samePeriod(c, share) && c.number != part.number
                    && context.netAgrees(named: named, whole: context.claims[Int(c.number)])
            }) else { continue }
            // A part that cannot be told from its whole makes no check; nor a figure of a later
            // sentence that has a share of its own there (…占对中亚出口总值的52.9%。同期出口劳动密集型
            // 产品793.4亿元，增长4.1%，占20.3%: a part of a whole itself).
            guard !context.sameSubject(part, whole), part.value != whole.value,
                  !(whole.sentence > share.sentence
                    && context.claims(inSentence: whole.sentence).contains { $0.kind == .share && $0.number > whole.number }) else { continue }
            let range = CornerRange(claims: [part, whole]) { $0[0] / $0[1] * 100 }
            // 占…的 names the whole in the share's clause, and the part stands in its sentence.
            let units = context.text.utf16
            let holds = share.wholeNamed && part.sentence == share.sentence && whole.namesSubject
                && !(wholeName(in: named, units).map { namedOtherwise($0, whole) } ?? false)
                // (占对共建国家出口总值的: a whole of a partner's, not a figure of none.)
                && !(whole.subject?.partner == nil && wholeName(in: named, units).map { name in
                    (words.partnerOpen + words.toward).contains { name.starts(with: $0) } } == true)
            // Or a named partition has the part among the whole's members (第三产业用电量 of
            // 全社会用电量).
            let partition = context.subjectsStated([part, whole]) ? partitionLine(part: part, whole: whole) : nil
            let link = context.frameLink("part-of-whole", min(share.contextStart, share.range.lowerBound)..<share.range.lowerBound, holds: holds || partition != nil,
                                         [part, whole, share], extra: partition.map { [.partition(file: "checks/sums.rules", line: $0)] } ?? [])
            found.add("share", [part, whole, share], stated: share, range: range, context: context, link: link) { r in
                "\(context.label(part)) / \(context.label(whole)) = \(context.range(r, like: share)); stated \(context.text.originalString(share.range)) \(context.gap(r, share))"
            }
        }
    }

    /// The line of checks/sums.rules whose whole is `whole`'s and whose members hold `part`'s.
    private func partitionLine(part: Claim, whole: Claim) -> Int? {
        func term(_ c: Claim) -> String { c.subject?.term ?? "" }
        let (partTerm, wholeTerm, wholeMetric) = (term(part), term(whole), whole.subject?.metric ?? "")
        return sums.first { ($0.whole == wholeTerm || $0.whole == wholeMetric) && $0.parts.contains(partTerm) }?.line
    }

    /// 第一产业…第二产业…第三产业…；三次产业增加值占国内生产总值的比重分别为6.8%、36.5%和56.7%:
    /// a list of shares said of the parts listed just before, in their order.
    private func listedPart(of share: Claim, _ context: Context) -> Claim? {
        guard let metric = share.subject?.metric else { return nil }
        let (sentence, position) = context.place(of: share)
        let list = sentence[max(sentence.startIndex, position - 12)..<min(sentence.endIndex, position + 12)]
            .filter { $0.kind == .share && $0.sameRule(as: share) && $0.contextStart == share.contextStart }
        guard list.count > 1, let first = list.first else { return nil }
        // The levels of that metric before the list, one per entity, latest first; a list said
        // of the whole's own metric (三次产业占国内生产总值的比重依次为…) names its parts by
        // entity alone: the levels of one metric before it in its paragraph.
        let ofWhole = metric == share.wholeMetric
        let candidates = ofWhole ? Array(context.claims[max(0, first.number - 40)..<first.number]).filter { context.sameParagraph($0, first) }
            : context.around(first, in: context.numbers(ofMetric: metric) ?? [])
        var parts: [Claim] = []
        for c in candidates.reversed()
        where c.range.upperBound <= first.range.lowerBound && context.isLevel(c) && context.facts(of: c).entity >= 0 && context.samePeriod(c, share) {
            if ofWhole, c.subject?.metric == metric { continue }
            if ofWhole, let later = parts.first, !context.sameMetric(c, later) || !context.sameUnit(c, later) { continue }
            if parts.contains(where: { context.sameEntity($0, c) }) { break }
            parts.insert(c, at: 0)
            if parts.count == list.count { break }
        }
        guard parts.count == list.count, let index = list.firstIndex(where: { $0.number == share.number }) else { return nil }
        return parts[index]
    }
}
