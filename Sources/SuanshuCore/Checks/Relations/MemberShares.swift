/// The shares (or contribution rates) of every member of a named partition of three or more
/// (checks/partitions.rules), said in parallel clauses, add to 100: 人均工资性收入…比重为56.5%；
/// 人均经营净收入…占比16.7%；人均财产净收入…占比8.3%；人均转移净收入…占比18.5%; 最终消费支出…贡献率
/// 为44.5%；资本形成总额…贡献率为25.2%；货物和服务净出口…贡献率为30.3%. Each figure's subject names
/// its member, in the rule's order, one after the other in a paragraph. (Two members of a
/// partition may be shares of two wholes, 城镇 and 农村居民's 恩格尔系数, and a sum near 100 by
/// chance is too likely there: three or more only.) Shares far from 100 together are taken for
/// shares of something else and make no check. Their pulls in points add to the whole's rate,
/// for a rule whose whole is a metric (GDP).
extension Checker {
    func memberShares(_ context: Context, _ found: inout CheckList) {
        let rules = partitions.rules.filter { $0.members.count >= 3 }
        guard !rules.isEmpty else { return }
        for (kind, unit) in [(ClaimKind.share, "%"), (.contribution, "%"), (.contribution, "pp")] {
            // One unit at a time: a contribution in points (拉动…个百分点) stands between the rates.
            let numbers = context.numbers(ofKind: kind).filter { context.claims[Int($0)].unit == unit }
            var k = 0
            while k < numbers.count {
                defer { k += 1 }
                let first = context.claims[Int(numbers[k])]
                let opening = subjectOpening(first)
                guard !opening.isEmpty, let rule = rules.first(where: { names(opening, $0.members[0]) }),
                      numbers.count - k >= rule.members.count else { continue }
                // The next figures of the kind, one for each later member, nothing else between.
                let run = (0..<rule.members.count).map { context.claims[Int(numbers[k + $0])] }
                guard run.allSatisfy({ !$0.isPrior && $0.qualifier == .exact && context.sameParagraph(first, $0)
                                        && context.samePeriod(first, $0) && context.listItems(of: $0).count == 1
                                        && ($0.wholeMetric == nil || first.wholeMetric == nil || $0.wholeMetric == first.wholeMetric) }),
                      zip(run, rule.members).allSatisfy({ names(subjectOpening($0), $1) }) else { continue }
                if unit == "pp" {
                    // Points pulled by every member add to the whole's rate.
                    if let rate = wholeRate(rule, before: first, context) { pointsSum(run, rate, rule, context, &found) }
                    k += rule.members.count - 1
                    continue
                }
                let total = run.reduce(0) { $0 + $1.value.doubleValue }
                guard total > 90, total < 110 else { continue }
                let others = Array(run.dropLast()), last = run[run.count - 1]
                let range = CornerRange(claims: others) { 100 - $0.reduce(0, +) }
                let link = Link(strength: .strong, evidence: [.partition(file: "checks/partitions.rules", line: rule.line),
                                                              context.fields(run).evidence])
                found.add("sum", run, stated: last, range: range, context: context, link: link) { r in
                    "the members' " + (kind == .share ? "shares " : "contribution rates ") + run.map { context.label($0) }.joined(separator: ", ")
                        + " make up the whole: 100 less the others leaves \(context.range(r, like: last)); stated \(context.text.originalString(last.range)) \(context.gap(r, last))"
                }
                k += rule.members.count - 1
            }
        }
    }

    /// The members' pulls in points against the whole's rate: 最终消费支出拉动经济增长2.2个百分点；
    /// 资本形成总额拉动1.3个百分点；货物和服务净出口拉动1.5个百分点 against GDP's 比上年增长5.0%.
    private func pointsSum(_ run: [Claim], _ rate: Claim, _ rule: PartitionRule, _ context: Context, _ found: inout CheckList) {
        let range = CornerRange(claims: run) { $0.reduce(0, +) }
        let link = Link(strength: .strong, evidence: [.partition(file: "checks/partitions.rules", line: rule.line),
                                                      context.fields(run).evidence])
        found.add("sum", run + [rate], stated: rate, range: range, context: context, link: link) { r in
            "the members' pulls " + run.map { context.label($0) }.joined(separator: ", ")
                + " add to \(context.range(r, like: rate)); stated the whole's \(context.text.originalString(rate.range)) \(context.gap(r, rate))"
        }
    }

    /// The whole's growth rate: the first rate after the nearest level before `first` of the
    /// rule's whole (a metric: GDP), of its period, with no other level between (国内生产总值达到
    /// 1349084亿元，按不变价格计算，比上年增长5.0%).
    private func wholeRate(_ rule: PartitionRule, before first: Claim, _ context: Context) -> Claim? {
        guard !rule.whole.isEmpty, let levels = context.numbers(ofMetric: String(decoding: rule.whole, as: UTF16.self)),
              let level = context.nearest(to: first, in: levels, { f in
                  context.isLevel(f) && f.number < first.number && context.samePeriod(f, first) }) else { return nil }
        let sentence = context.claims(inSentence: level.sentence)
        guard let next = sentence[(level.number + 1)...].first(where: { $0.kind == .growth && !$0.isPrior || context.isLevel($0) && $0.unit == level.unit }),
              next.kind == .growth, next.unit == "%", next.qualifier == .exact, context.isYearOnYear(next), context.samePeriod(next, level) else { return nil }
        return next
    }

    /// The first units of the claim's subject as its text names it (in the working text's
    /// form), where a member's clause names it (人均 before 工资性收入).
    private func subjectOpening(_ c: Claim) -> ArraySlice<UInt16> {
        guard let text = c.subject?.text else { return [] }
        return Array(text.utf16)[...]
    }

    /// The opening holds `member` within its first seven units.
    private func names(_ opening: ArraySlice<UInt16>, _ member: [UInt16]) -> Bool {
        opening.indices.prefix(7).contains { opening[$0...].starts(with: member) }
    }
}
