/// The changes of a named partition's members add up to the whole's change, with their signs:
/// 夏粮2997.8亿斤，比上年增加74.8亿斤；早稻563.5亿斤，比上年略减3.3亿斤；秋粮10586.7亿斤，比上年增加
/// 150.3亿斤 against 全国粮食总产量…比2023年增加221.8亿斤 (74.8 − 3.3 + 150.3 = 221.8); 城镇常住人口…
/// 一年增加1083万人；乡村常住人口…减少1222万人 against 全国人口…少了139万人.
extension Checker {
    /// Called for a partition already found (`memberPartitions`): `parts` add to `whole`.
    func changeSum(_ whole: Claim, _ parts: [Claim], _ rule: PartitionRule, _ context: Context, _ found: inout CheckList) {
        let levels = parts + [whole]
        let changes = levels.compactMap { change(of: $0, context) }
        guard changes.count == levels.count else { return }
        let partChanges = Array(changes.dropLast()), stated = changes[changes.count - 1]
        let range = CornerRange(claims: partChanges) { $0.reduce(0, +) }
        let link = Link(strength: .strong, evidence: [.partition(file: "checks/partitions.rules", line: rule.line),
                                                      context.frame("level-then-change", context.between(whole, stated)),
                                                      context.fields(changes).evidence])
        found.add("sum", changes, stated: stated, range: range, context: context, link: link) { r in
            "the members' changes " + zip(parts, partChanges).map { "\(context.label($0)) (\(context.text.originalString($1.range)))" }.joined(separator: ", ")
                + " add to \(context.range(r, like: stated)); stated for \(context.label(whole)): \(context.text.originalString(stated.range)) \(context.gap(r, stated))"
        }
    }

    /// A level's change against the year before, said right after it in its sentence (…2997.8亿斤，
    /// 比上年增加74.8亿斤): the first change of its unit and measure word before any other level of
    /// that unit.
    private func change(of level: Claim, _ context: Context) -> Claim? {
        let sentence = context.claims(inSentence: level.sentence)
        for c in sentence[(level.number + 1)...] {
            if context.isLevel(c), c.unit == level.unit { return nil }
            if c.kind == .change, !c.isPrior, c.unit == level.unit, context.sameMeasureWord(c, level) {
                return context.samePeriod(c, level) && context.isYearOnYear(c) && c.qualifier != .under ? c : nil
            }
        }
        return nil
    }
}
