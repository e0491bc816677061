/// A rate, its change in points and, in brackets beside the change, the rate of the period
/// compared with: 学前三年毛入园率92.1%，比上年提高1.0个百分点（上年为91.1%）;
/// 医院病床使用率77.2%，比上年（79.5%）降低2.3个百分点 (the words: checks/words.lex,
/// compared-period and year-suffix).
extension Checker {
    func bracketPriorRates(_ context: Context, _ found: inout CheckList) {
        let units = context.text.utf16
        func isRate(_ c: Claim) -> Bool { [.rate, .growth, .share].contains(c.kind) && c.unit == "%" }
        func isOpen(_ p: Int) -> Bool { p >= 0 && p < units.count && (units[p] == 0x28 || units[p] == 0xFF08) }
        func isClose(_ p: Int) -> Bool { p >= 0 && p < units.count && (units[p] == 0x29 || units[p] == 0xFF09) }
        for change in context.claims(ofKind: .change) where change.kind == .change && change.unit == "pp" {
            let sentence = context.claims(inSentence: change.sentence)
            let n = change.number
            var pair: (now: Claim, prior: Claim, bracket: Range<Int>)?
            // A list of changes between a list of rates and, in brackets, as long a list of the
            // period compared with: 分别为53.6%、68.9%和64.2%，与2024年相比分别提高1.7、3.6和2.3个
            // 百分点（2024年全年分别为51.9%、65.3%和62.9%）: item for item.
            let siblings = sentence.filter { $0.kind == .change && $0.unit == "pp" && $0.sameRule(as: change) && $0.contextStart == change.contextStart }
            if siblings.count > 1, let first = siblings.first, let last = siblings.last, change.listIndex < siblings.count,
               sentence.indices.contains(first.number - siblings.count), sentence.indices.contains(last.number + siblings.count) {
                let k = siblings.count
                let nows = Array(context.claims[(first.number - k)..<first.number])
                let priors = Array(context.claims[(last.number + 1)...(last.number + k)])
                let open = last.range.upperBound
                if nows.allSatisfy(isRate), priors.allSatisfy(isRate), !nows.contains(where: \.isPrior),
                   isOpen(open), isClose(priors[k - 1].range.upperBound),
                   namesComparedPeriod((open + 1)..<priors[0].range.lowerBound, context) {
                    pair = (nows[change.listIndex], priors[change.listIndex], open..<(priors[k - 1].range.upperBound + 1))
                }
            }
            // After the change: （上年为91.1%）, （2024年为下降12.9%）.
            if pair == nil, siblings.count <= 1, sentence.indices.contains(n + 1), sentence.indices.contains(n - 1) {
                let (now, prior) = (context.claims[n - 1], context.claims[n + 1])
                let open = change.range.upperBound
                if isRate(now), isRate(prior), isOpen(open), isClose(prior.range.upperBound),
                   namesComparedPeriod((open + 1)..<prior.range.lowerBound, context) {
                    pair = (now, prior, open..<(prior.range.upperBound + 1))
                }
            }
            // Before it, right after the period compared with: 比上年（79.5%）降低2.3个百分点.
            if pair == nil, sentence.indices.contains(n - 2) {
                let (now, prior) = (context.claims[n - 2], context.claims[n - 1])
                let open = prior.range.lowerBound - 1
                let after = (prior.range.upperBound + 1)..<max(prior.range.upperBound + 1, change.range.lowerBound)
                if isRate(now), isRate(prior), isOpen(open), isClose(prior.range.upperBound), after.count <= 4,
                   !after.contains(where: { [0x2C, 0xFF0C, 0x3B, 0x3002].contains(units[$0]) }),
                   words.comparedPeriod.contains(where: { w in open >= w.count && units[(open - w.count)..<open].elementsEqual(w) }) {
                    pair = (now, prior, open..<(prior.range.upperBound + 1))
                }
            }
            guard let (now, prior, bracket) = pair, now.kind == prior.kind else { continue }
            let range = CornerRange(claims: [now, prior]) { $0[0] - $0[1] }
            let link = context.frameLink("prior-in-brackets", bracket, holds: true, [now, prior])
            found.add("difference", [now, prior, change], stated: change, range: range, context: context, link: link) { r in
                "\(context.label(now)) against \(context.text.originalString(prior.range)) in brackets is a change of \(context.range(r, like: change)); stated \(context.text.originalString(change.range)) \(context.gap(r, change))"
            }
        }
    }

    /// The words in a bracket before its rate name the period compared with: 上年为, 2024年为下降,
    /// 2024年全年分别为 (at most ten units: nothing else is said there).
    private func namesComparedPeriod(_ range: Range<Int>, _ context: Context) -> Bool {
        let units = context.text.utf16
        guard range.count <= 10, !range.contains(where: { [0x2C, 0xFF0C, 0x3B, 0x3002].contains(units[$0]) }) else { return false }
        if words.comparedPeriod.contains(where: { units[range].starts(with: $0) }) { return true }
        var p = range.lowerBound
        while p < range.upperBound, (0x30...0x39).contains(units[p]) { p += 1 }
        return p - range.lowerBound == 4 && p < range.upperBound && words.yearSuffix.contains(units[p])
    }
}
