/// Parts and wholes of the named partitions (checks/sums.rules), and the whole's growth from its parts'.
extension Checker {
    /// Parts and wholes of checks/sums.rules, and the whole's growth from its parts'.
    func sumsAndAggregates(_ context: Context, _ found: inout CheckList) {
        for rule in sums {
            // Wholes are claims of the rule's term, or of its metric with an entity in front
            // (跨境电商进出口), whose parts then take the entity too.
            // Where each part is looked for, by the whole's entity: names are looked up once.
            var lookups: [Int32: [(candidates: [Int32]?, names: TermNames)]] = [:]
            for number in context.numbers(ofMetric: rule.whole) ?? context.numbers(ofTerm: rule.whole) ?? [] {
                let whole = context.claims[Int(number)]
                guard context.isLevel(whole), whole.qualifier == .exact || whole.qualifier == .about || whole.qualifier == .nearly else { continue }
                var parts: [Claim] = []
                let entityNumber = context.facts(of: whole).entity
                let partLookups = lookups[entityNumber] ?? rule.parts.map { term in
                    (context.numbers(ofTerm: bareTerm(term, whole)) ?? context.numbers(ofTerm: term),
                     TermNames(term, entity: whole.subject?.entity, context))
                }
                lookups[entityNumber] = partLookups
                for (candidates, names) in partLookups {
                    guard let part = context.nearest(to: whole, in: candidates, { c in
                        context.isLevel(c) && context.sameUnit(c, whole) && context.samePeriod(c, whole)
                            && context.samePartner(c, whole) && names.match(c, context)
                            // (A seasonally adjusted level is a series of its own: not a part of
                            // the month's unadjusted figures.)
                            && context.claims[Int(c.number)].measure == whole.measure
                    }) else { break }
                    parts.append(part)
                }
                guard parts.count == rule.parts.count else { continue }
                // A difference (出口 = 进口 + 贸易顺差) is a sum like the rest.
                let range = CornerRange(claims: parts) { $0.reduce(0, +) }
                // The partition names the parts; the text must state each one's subject, and
                // no figure may be of a period the text does not give.
                let used = parts + [whole]
                let link = Link(strength: context.subjectsStated(used) ? .strong : .weak,
                                evidence: [.partition(file: "checks/sums.rules", line: rule.line), context.fields(used).evidence])
                found.add("sum", used, stated: whole, range: range, context: context, link: link) { r in
                    context.sumMessage(parts, whole, r)
                }
                aggregateGrowth(whole, parts, .partition(file: "checks/sums.rules", line: rule.line), context, &found)
            }
        }
    }

    /// The whole's growth rate from its parts' levels and growth rates.
    /// (Also for the members of checks/partitions.rules: `partition` names the rule.)
    /// `partsNamed`: each part's clause names its member (checks/partitions.rules).
    func aggregateGrowth(_ whole: Claim, _ parts: [Claim], _ partition: Link.Evidence, _ context: Context, _ found: inout CheckList,
                         partsNamed: Bool = false) {
        // A rate 分别 pairs with its level (…分别为…和…，同比分别增长…和…) is tied by that frame.
        var listed: Set<Int> = []
        func growth(of level: Claim, ownParagraph: Bool = false) -> Claim? {
            if let paired = context.listedRate(of: level) {
                return paired.flatMap { c in
                    guard context.samePeriod(c, level), c.qualifier != .under, context.isYearOnYear(c) else { return nil }
                    listed.insert(c.number)
                    return c
                }
            }
            // A member's level and its rate right after it (…41314元，名义增长5.3%，…实际增长5.1%):
            // the first rate of the sentence after the level, no other level between.
            if partsNamed, let next = context.claims(inSentence: level.sentence)[(level.number + 1)...].first(where: {
                $0.kind == .growth && !$0.isPrior || context.isLevel($0) && $0.unit == level.unit }), next.kind == .growth {
                return context.samePeriod(next, level) && next.qualifier == .exact && context.isYearOnYear(next) ? next : nil
            }
            // (A part's, of its paragraph: 国际航线…增长25.3% of the cargo paragraph is no rate of
            // the 国际航线 of the ton-kilometres before it. A whole's may be the headline's.)
            return context.nearest(to: level, in: context.numbers(ofTermOf: level)) { c in
                c.kind == .growth && !c.isPrior && context.sameSubject(c, level) && context.samePeriod(c, level)
                    && c.qualifier == .exact && context.isYearOnYear(c) && (!ownParagraph || context.sameParagraph(context.claims[Int(c.number)], level))
            }
        }
        guard let stated = growth(of: whole) else { return }
        let rates = parts.compactMap { growth(of: $0, ownParagraph: true) }
        // Rates at constant prices are not weighted by levels at current prices; each part has
        // a rate of its own.
        guard rates.count == parts.count, Set((rates + [stated]).map(\.number)).count == rates.count + 1,
              !(rates + [stated]).contains(where: { $0.measure == "constant-prices" || $0.measure == "real" }) else { return }
        // (按可比口径计算，进出口增长4.6% against its parts' own rates: of another base; every rate
        // on the comparable base, 同口径增长…, is weighted as any.)
        let restated = (rates + [stated]).filter { onRestatedBase($0, context) }.count
        guard restated == 0 || restated == rates.count + 1 else { return }
        let n = parts.count
        let range = CornerRange(claims: parts + rates) { v in
            var now = 0.0
            var before = 0.0
            for k in 0..<n {
                now += v[k]
                before += v[k] / (1 + v[n + k] / 100)
            }
            return (now / before - 1) * 100
        }
        let used = zip(parts, rates).flatMap { [$0, $1] } + [stated, whole]
        // The prior-year total the parts imply, worth reporting.
        let priorTotal = zip(parts, rates).reduce(0.0) { $0 + $1.0.value.doubleValue / (1 + $1.1.value.doubleValue / 100) }
        // Levels tied by the partition (their subjects stated, or their members named), rates
        // by their subjects stated or by 分别.
        // (or by following their level in its sentence, no other level between: 为377.9亿元，按年上升16.4%).
        let levelsTied = partsNamed || context.subjectsStated(parts + [whole])
        let ratesTied = zip(rates + [stated], parts + [whole]).allSatisfy { rate, level in
            listed.contains(rate.number) || rate.namesSubject || partsNamed && follows(rate, level, context)
        }
        let link = Link(strength: levelsTied && ratesTied ? .strong : .weak,
                        evidence: [partition] + (listed.isEmpty ? [] : [context.frame("respectively", listFrame(rates, context))]) + [context.fields(used).evidence])
        found.add("aggregate-growth", used, stated: stated, range: range, context: context, link: link) { r in
            "parts " + zip(parts, rates).map { "\(context.label($0)) (\(context.text.originalString($1.range)))" }.joined(separator: ", ")
                + " imply a prior-year total of \(context.figure(priorTotal, like: whole)) and growth of \(context.range(r, like: stated)); stated \(context.text.originalString(stated.range)) \(context.gap(r, stated))"
        }
    }

    /// `rate` stands after `level` in its sentence with no other level of its unit between.
    private func follows(_ rate: Claim, _ level: Claim, _ context: Context) -> Bool {
        rate.sentence == level.sentence && rate.number > level.number
            && !context.claims[(level.number + 1)..<rate.number].contains { context.isLevel($0) && $0.unit == level.unit }
    }

    /// The words before the first rate of a 分别 list (按年分别增加), where the frame stands.
    private func listFrame(_ rates: [Claim], _ context: Context) -> Range<Int> {
        let first = rates.first { $0.listIndex == 0 && context.listItems(of: $0).count > 1 } ?? rates[0]
        return context.clauseStart(before: first.range.lowerBound)..<first.range.lowerBound
    }

    /// A term of sums.rules with the whole's entity put in front, when the term is a bare
    /// metric: 出口 for 民营企业进出口 is 民营企业出口.
    private func bareTerm(_ term: String, _ whole: Claim) -> String {
        (whole.subject?.entity ?? "") + term
    }

    /// A part's term for a whole: the bare term (出口) said of the whole's entity or of none,
    /// or the term with the whole's entity in front (民营企业出口). Names looked up once.
    private struct TermNames {
        let term: Int32
        let entity: Int32?
        let entityTerm: Int32

        init(_ term: String, entity: String?, _ context: Context) {
            self.term = context.nameNumber(term)
            self.entity = entity.map { context.nameNumber($0) }
            entityTerm = context.nameNumber((entity ?? "") + term)
        }

        func match(_ c: Context.Facts, _ context: Context) -> Bool {
            let own = context.facts(of: c)
            if own.term == term {
                return entity == nil || (entity! >= 0 && own.entity == entity!) || (entityTerm >= 0 && own.term == entityTerm)
            }
            return entityTerm >= 0 && own.term == entityTerm
        }
    }
}
