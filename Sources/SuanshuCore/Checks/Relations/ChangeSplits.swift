/// A change said as a whole and split after it: 在10月份0.2%的同比变动中，去年价格变动的翘尾影响
/// 约为-0.5个百分点，今年价格变动的新影响约为0.7个百分点 → −0.5 + 0.7 = 0.2. The clause opens with
/// 在 (checks/words.lex split-open) and closes with 中 (among) around the rate; the parts are the
/// changes in points after it in its sentence, no other rate among them.
extension Checker {
    func changeSplits(_ context: Context, _ found: inout CheckList) {
        let units = context.text.utf16
        for whole in context.claims where (whole.kind == .growth || whole.kind == .rate) && whole.unit == "%" {
            // 在…0.2%的…中，: the rate inside the clause that 在 opens and 中 closes.
            let start = context.clauseStart(before: whole.range.lowerBound)
            guard start < whole.range.lowerBound, words.splitOpen.contains(units[start]) else { continue }
            var end = whole.range.upperBound
            while end < units.count, end - whole.range.upperBound < 16, units[end] != 0x2C, units[end] != 0xFF0C, units[end] != 0x3002 { end += 1 }
            guard end < units.count, units[end] == 0x2C || units[end] == 0xFF0C, end > whole.range.upperBound,
                  words.among.contains(units[end - 1]) else { continue }
            // The parts: the changes in points after that clause, up to the full stop.
            let after = context.claims(inSentence: whole.sentence).filter { $0.range.lowerBound > end }
            let parts = after.filter { ($0.kind == .contribution || $0.kind == .change) && $0.unit == "pp" }
            guard parts.count >= 2, !after.contains(where: {
                $0.unit == "%" && ($0.kind == .growth || $0.kind == .rate)
            }) else { continue }
            let range = CornerRange(claims: parts) { $0.reduce(0, +) }
            let link = Link(strength: .strong, evidence: [context.frame("split-of-change", start..<end), context.fields(parts + [whole]).evidence])
            found.add("sum", parts + [whole], stated: whole, range: range, context: context, link: link) { r in
                context.sumMessage(parts, whole, r)
            }
        }
    }
}
