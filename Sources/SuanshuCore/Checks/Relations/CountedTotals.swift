/// A total said of a counted number of figures before it (checks/totals.lex): 风雹灾害损失
/// 119.4亿元，洪涝损失…238.6亿元…，两者合计358亿元; 广东、江苏和北京分别投入…，三省市合计12770.0亿元.
extension Checker {
    func countedTotals(_ context: Context, _ found: inout CheckList) {
        let units = context.text.utf16
        for total in context.claims where context.isLevel(total) && (total.qualifier == .exact || total.qualifier == .about) {
            // The clause: a numeral, at most three characters, a total word, maybe 为, the figure.
            // (A figure whose words begin before its clause, in a list, has no such clause.)
            let clauseStart = context.clauseStart(before: total.range.lowerBound)
            let clauseEnd = min(total.contextStart, total.range.lowerBound)
            guard clauseEnd >= clauseStart else { continue }
            let clause = clauseStart..<clauseEnd
            if namedTotal(total, clause, context, &found) { continue }
            // (An aside in brackets in the parts' name is none of its length: 五省（市）合计.)
            var aside = 0
            if clause.count >= 4, let open = (clause.lowerBound + 1..<min(clause.lowerBound + 4, clause.upperBound)).first(where: { units[$0] == 0x28 }),
               let close = (open..<min(open + 5, clause.upperBound)).first(where: { units[$0] == 0x29 }) {
                aside = close - open + 1
            }
            guard clause.count >= 3, clause.count <= 16, let count = words.partsCounts[units[clause.lowerBound]],
                  let (at, offset, word) = (clause.lowerBound + 1...min(clause.lowerBound + 4 + aside, clause.upperBound)).lazy.compactMap({ p -> (Int, Bool, Int)? in
                      if let w = words.total.first(where: { units[p..<clause.upperBound].starts(with: $0) }) { return (p, false, w.count) }
                      if count == 2, let w = words.offset.first(where: { units[p..<clause.upperBound].starts(with: $0) }) { return (p, true, w.count) }
                      return nil
                  }).first,
                  // (A total's clause is the numeral, the parts' name and the total word: 两者合计; an
                  // offset's may name the balance after it: 两者相抵形成投资收益逆差.)
                  units[(clause.lowerBound + 1)..<at].allSatisfy({ (0x3400...0x9FFF).contains($0) || aside > 0 && [0x28, 0x29].contains($0) }) else { continue }
            // (五省（市）合计软件业务收入79,991亿元: after the total word, the measure the figures
            // before it were named with in their sentence.)
            let measure = String(decoding: units[min(at + word, clause.upperBound)..<clause.upperBound], as: UTF16.self)
            // The parts: the last `count` levels of the total's unit before it, back to the full
            // stop (across ；).
            let start = context.sentenceStart(before: total.range.lowerBound)
            let candidates = context.claims[..<total.number].reversed().prefix { $0.range.lowerBound >= start }.reversed().filter {
                context.isLevel($0) && $0.unit == total.unit && context.sameMeasureWord($0, total) && context.samePeriod($0, total)
            }
            guard candidates.count >= count else { continue }
            let parts = Array(candidates.suffix(count))
            guard offset || clause.count <= 8 + aside
                    || measure.utf16.count >= 2 && units[start..<parts[0].range.lowerBound].contains(word: Array(measure.utf16)) else { continue }
            guard parts.allSatisfy({ $0.qualifier == .exact || $0.qualifier == .about }) else { continue }
            if offset {
                let (larger, smaller) = parts[0].value.doubleValue >= parts[1].value.doubleValue ? (parts[0], parts[1]) : (parts[1], parts[0])
                let range = CornerRange(claims: [larger, smaller]) { $0[0] - $0[1] }
                var link = Link(strength: candidates.count == 2 ? .strong : .weak,
                                evidence: [context.frame("counted-offset", clause), context.fields([larger, smaller, total]).evidence])
                if candidates.count > 2 { link.note = "the sentence holds more figures of its unit than the two offset; the last two are taken" }
                found.add("difference", [larger, smaller, total], stated: total, range: range, context: context, link: link) { r in
                    "\(context.label(larger)) less \(context.label(smaller)) is \(context.range(r, like: total)); stated \(context.label(total)) \(context.gap(r, total))"
                }
                continue
            }
            let range = CornerRange(claims: parts) { $0.reduce(0, +) }
            // Strong when the sentence holds just so many such figures before the total.
            var link = Link(strength: candidates.count == count ? .strong : .weak,
                            evidence: [context.frame("counted-total", clause), context.fields(parts + [total]).evidence])
            if candidates.count > count { link.note = "the sentence holds more figures of its unit than the total counts; the last ones are taken" }
            found.add("sum", parts + [total], stated: total, range: range, context: context, link: link) { r in
                context.sumMessage(parts, total, r)
            }
        }
    }

    /// A total said of the figures its clause names before the numeral (定金及预收款与个人按揭
    /// 贷款两项合计33174亿元): the names, split at the last joiners into as many as the numeral
    /// says, each the name of the nearest level before it of the total's unit and period.
    private func namedTotal(_ total: Claim, _ clause: Range<Int>, _ context: Context, _ found: inout CheckList) -> Bool {
        let units = context.text.utf16
        guard clause.count >= 6, clause.count <= 40,
              let (numeral, count) = (clause.lowerBound + 2..<clause.upperBound).lazy.compactMap({ q -> (Int, Int)? in
                  guard let count = words.partsCounts[units[q]], q + 1 < clause.upperBound,
                        (q + 1...min(q + 2, clause.upperBound - 1)).contains(where: { p in words.total.contains { units[p..<clause.upperBound].starts(with: $0) } })
                  else { return nil }
                  return (q, count)
              }).first else { return false }
        // The names: split at the last count − 1 joiners (定金及预收款 keeps its 及).
        let named = clause.lowerBound..<numeral
        let joins = named.filter { partitions.joiners.contains(units[$0]) }.suffix(count - 1)
        guard joins.count == count - 1 else { return false }
        let bounds = [named.lowerBound] + joins.flatMap { [$0, $0 + 1] } + [named.upperBound]
        let names = stride(from: 0, to: bounds.count, by: 2).map { String(decoding: units[bounds[$0]..<bounds[$0 + 1]], as: UTF16.self) }
        guard names.allSatisfy({ $0.utf16.count >= 2 }) else { return false }
        // Each the nearest level so named before the total (a few sentences back at most).
        var parts: [Claim] = []
        for name in names {
            guard let part = context.claims[..<total.number].reversed().prefix(40).first(where: { c in
                context.isLevel(c) && c.unit == total.unit && context.sameMeasureWord(c, total) && context.samePeriod(c, total)
                    && (c.qualifier == .exact || c.qualifier == .about)
                    && (c.subject?.metric == name || c.subject?.term == name)
            }), !parts.contains(where: { $0.number == part.number }) else { return false }
            parts.append(part)
        }
        parts.sort { $0.number < $1.number }
        let range = CornerRange(claims: parts) { $0.reduce(0, +) }
        let link = Link(strength: .strong, evidence: [context.frame("named-total", clause), context.fields(parts + [total]).evidence])
        found.add("sum", parts + [total], stated: total, range: range, context: context, link: link) { r in
            context.sumMessage(parts, total, r)
        }
        return true
    }
}
