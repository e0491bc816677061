/// A total and its average a person (人均, checks/words.lex role per-person) over a population
/// the text states: 全国水资源总量为27845.6亿立方米…按2024年末全国总人口140828万人计算，人均水资源量为
/// 1977立方米 — total / people = average. The population is a count of people (role person)
/// in the average's sentence, a strong link; or the last one said before whose clause names a
/// population (role population), a weak one. The total is the last level before of the
/// average's unit whose name, without 人均 and 总, the average's holds (水资源总量 and
/// 人均水资源量; 用水总量 and 人均综合用水量), and names no group other than the one the average names.
extension Checker {
    func perPersonAverages(_ context: Context, _ found: inout CheckList) {
        let units = context.text.utf16
        for average in context.claims where context.isLevel(average) && average.kind == .amount {
            let clause = context.clauseStart(before: average.range.lowerBound)..<average.range.lowerBound
            guard let word = words.perPerson.first(where: { units[clause].contains(word: $0) }),
                  let name = average.subject?.metric.map({ Self.bareName($0, without: word) }), name.count >= 2 else { continue }
            let before = context.claims[..<average.number].reversed().prefix(200)
            // The people: a count of them in the sentence, else one said of a population.
            let inSentence = before.first { $0.sentence == average.sentence && isPeople($0, context) }
            let said = inSentence == nil ? before.first { c in
                guard average.sentence - c.sentence <= 40, isPeople(c, context) else { return false }
                let own = context.clauseStart(before: c.range.lowerBound)..<c.range.lowerBound
                return words.population.contains { units[own].contains(word: $0) }
            } : nil
            guard let people = inSentence ?? said, people.value.doubleValue > 0 else { continue }
            guard let total = before.first(where: { c in
                // (Of the average's period: 第二季本地生產總值 is no total of 首三季人均本地生產總值.)
                guard context.isLevel(c), c.unit == average.unit, c.number != people.number, c.qualifier == .exact, context.samePeriod(c, average),
                      let metric = c.subject?.metric, !words.perPerson.contains(where: { metric.utf16.starts(with: $0) }) else { return false }
                // (運輸界別用電1,544百萬千瓦時…全港人均用電量為6,218千瓦時: a group's figure is no
                // total of everyone's average.)
                if let group = c.subject?.entity, let own = average.subject?.entity, group != own { return false }
                let other = Self.bareName(metric, without: word)
                // (水资源量 is not 地下水资源量与地表水资源量的不重复量, which holds it.)
                return other.count >= 2 && name.contains(other)
            }) else { continue }
            let range = CornerRange(claims: [total, people]) { $0[0] / $0[1] }
            var link = Link(strength: inSentence != nil ? .strong : .weak,
                            evidence: [context.frame("per-person", clause), context.frame("people", people.range), context.fields([total, average]).evidence])
            if inSentence == nil { link.note = "the population is said before the average's sentence, and may be of another date or area" }
            found.add("average", [total, average], stated: average, range: range, context: context, link: link) { r in
                "\(context.label(total)) over \(context.text.originalString(people.range)) is \(context.range(r, like: average)) a person; stated \(context.text.originalString(average.range)) \(context.gap(r, average))"
            }
        }
    }

    /// A count of people: its measure word is one of role person (140828万人).
    private func isPeople(_ c: Claim, _ context: Context) -> Bool {
        c.kind == .count && c.qualifier == .exact && words.person.contains(context.text.utf16[c.range.upperBound - 1])
    }

    /// A name without the per-person word and without 总 (水资源总量 → 水资源量).
    private static func bareName(_ metric: String, without word: [UInt16]) -> String {
        var s = metric
        if s.utf16.starts(with: word) { s = String(decoding: Array(s.utf16.dropFirst(word.count)), as: UTF16.self) }
        return String(s.filter { $0 != "总" })
    }
}
