/// The relations the checker looks for, one function each.
extension Checker {
    /// The same figure said twice (restatement), and an approximate figure against the exact
    /// one (bound: 超过45万亿元 against 45.47万亿元). Figures of one kind, unit, subject,
    /// period and basis; two exact ones further apart than 10% are taken for different
    /// figures, not a misprint.
    func restatementsAndBounds(_ context: Context, _ found: inout CheckList) {
        struct Key: Hashable {
            var kind: ClaimKind
            var unit, metric, entity, partner, from, to, basis: Int32
        }
        // Claim numbers: a group is read through the flat facts, and claims copied only when used.
        var groups: [Key: [Int32]] = [:]
        let yearOnYear = context.nameNumber("yoy")
        for c in context.claims where !c.isPrior {
            let k = context.facts(of: c)
            // No basis said is year on year.
            let key = Key(kind: c.kind, unit: k.unit, metric: k.metric, entity: k.entity, partner: k.partner,
                          from: k.from, to: k.to, basis: k.basis < 0 ? yearOnYear : k.basis)
            groups[key, default: []].append(Int32(c.number))
        }
        func facts(_ n: Int32) -> Context.Facts { context.facts(number: n) }
        func claim(_ n: Int32) -> Claim { context.claims[Int(n)] }
        // In the order the groups first appear, so that output is the same every run.
        for group in groups.values.sorted(by: { facts($0[0]).start < facts($1[0]).start }) where group.count > 1 {
            let exact = group.filter { facts($0).qualifier == .exact }
            if let firstNumber = exact.first {
                let first = claim(firstNumber)
                for n in exact.dropFirst() where facts(n).sentence != first.sentence && facts(n).sentence - first.sentence <= Context.window {
                    let later = claim(n)
                    let a = first.value.doubleValue
                    let b = later.value.doubleValue
                    guard abs(a - b) <= 0.1 * max(abs(a), abs(b)) else { continue }
                    let range = CornerRange(claims: [first]) { $0[0] }
                    found.add("restatement", [first, later], stated: later, range: range, context: context) { r in
                        "\(context.label(first)) restated as \(context.label(later)) \(context.gap(r, later))"
                    }
                }
            }
            for n in group where facts(n).qualifier != .exact {
                let approximate = claim(n)
                let nearby = context.aroundNumbers(approximate, in: group)
                // The same approximate figure said before: a restatement (超过45万亿元 twice).
                if let o = nearby.first(where: { facts($0).number != approximate.number && facts($0).qualifier == approximate.qualifier && claim($0).value == approximate.value }),
                   facts(o).start < approximate.range.lowerBound {
                    let other = claim(o)
                    let range = CornerRange(claims: [other]) { $0[0] }
                    found.add("restatement", [other, approximate], stated: approximate, range: range, context: context) { r in
                        "\(context.label(other)) restated as \(context.label(approximate)) \(context.gap(r, approximate))"
                    }
                }
                // An approximate figure bounds the nearest exact one of about its size (超过45万亿元
                // and 45.47万亿元); far apart, they are two figures.
                let nearestExact = nearby.filter { facts($0).qualifier == .exact }
                    .min { abs(facts($0).start - approximate.range.lowerBound) < abs(facts($1).start - approximate.range.lowerBound) }
                    .map(claim)
                if let first = nearestExact,
                   abs(approximate.value.doubleValue - first.value.doubleValue) <= 0.25 * abs(first.value.doubleValue) {
                    let range = CornerRange(claims: [approximate]) { $0[0] }
                    // Loose wording (接近八成) a little off its exact figure is worth a note,
                    // not an alarm; far off, it is an error.
                    // (超过 and 不到 are hard bounds: they get no tolerance.)
                    let tolerance: Double? = [.nearly, .about].contains(approximate.qualifier) ? 0.1 * abs(first.value.doubleValue) : nil
                    found.add("bound", [approximate, first], stated: first, range: range, context: context, message: { r in
                        "\(context.label(approximate)) allows \(context.range(r, like: first)); stated \(context.label(first)) \(context.gap(r, first))"
                    }, nearMiss: tolerance, nearMissNote: "; loose wording this close to the exact figure is not called an error")
                }
            }
        }
    }

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
                    }) else { break }
                    parts.append(part)
                }
                guard parts.count == rule.parts.count else { continue }
                // A difference (出口 = 进口 + 贸易顺差) is a sum like the rest.
                let range = CornerRange(claims: parts) { $0.reduce(0, +) }
                found.add("sum", parts + [whole], stated: whole, range: range, context: context) { r in
                    parts.map { context.label($0) }.joined(separator: " + ") + " = \(context.range(r, like: whole)); stated \(context.label(whole)) \(context.gap(r, whole))"
                }
                aggregateGrowth(whole, parts, context, &found)
            }
        }
    }

    /// The whole's growth rate from its parts' levels and growth rates.
    private func aggregateGrowth(_ whole: Claim, _ parts: [Claim], _ context: Context, _ found: inout CheckList) {
        func growth(of level: Claim) -> Claim? {
            context.nearest(to: level, in: context.numbers(ofTermOf: level)) { c in
                c.kind == .growth && !c.isPrior && context.sameSubject(c, level) && context.samePeriod(c, level)
                    && c.qualifier == .exact && context.isYearOnYear(c)
            }
        }
        guard let stated = growth(of: whole) else { return }
        let rates = parts.compactMap(growth(of:))
        guard rates.count == parts.count else { return }
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
        found.add("aggregate-growth", used, stated: stated, range: range, context: context) { r in
            "parts " + zip(parts, rates).map { "\(context.label($0)) (\(context.text.originalString($1.range)))" }.joined(separator: ", ")
                + " imply a prior-year total of \(context.figure(priorTotal, like: whole)) and growth of \(context.range(r, like: stated)); stated \(context.text.originalString(stated.range)) \(context.gap(r, stated))"
        }
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

    /// part / whole = stated share.
    func shares(_ context: Context, _ found: inout CheckList) {
        for share in context.claims where share.kind == .share && share.unit == "%" && !share.isPrior {
            guard let subject = share.subject else { continue }
            let wholeMetric = share.wholeMetric ?? subject.metric
            guard let wholeMetric else { continue }
            guard let part = context.nearest(to: share, in: context.numbers(ofTermOf: share), { c in
                context.isLevel(c) && context.sameSubject(c, share) && context.samePeriod(c, share)
            }) ?? listedPart(of: share, context) else { continue }
            guard let whole = context.nearest(to: share, in: context.numbers(ofMetric: wholeMetric), { c in
                context.isLevel(c) && context.isOfWhole(c) && context.sameUnit(c, part)
                    && context.samePeriod(c, share) && c.number != part.number
            }) else { continue }
            // A part that cannot be told from its whole makes no check.
            guard !context.sameSubject(part, whole), part.value != whole.value else { continue }
            let range = CornerRange(claims: [part, whole]) { $0[0] / $0[1] * 100 }
            found.add("share", [part, whole, share], stated: share, range: range, context: context) { r in
                "\(context.label(part)) / \(context.label(whole)) = \(context.range(r, like: share)); stated \(context.text.originalString(share.range)) \(context.gap(r, share))"
            }
        }
    }

    /// A part's growth and weight give the stated percentage points:
    /// pp = (part − part / (1 + g)) / (whole / (1 + G)) × 100.
    func contributions(_ context: Context, _ found: inout CheckList) {
        for c in context.claims where c.kind == .contribution && c.unit == "pp" {
            guard let subject = c.subject, let wholeMetric = c.wholeMetric ?? subject.metric else { continue }
            let sameTerm = context.numbers(ofTermOf: c)
            guard let part = context.nearest(to: c, in: sameTerm, { context.isLevel($0) && context.sameSubject($0, c) && context.samePeriod($0, c) }),
                  let partGrowth = context.nearest(to: c, in: sameTerm, { $0.kind == .growth && !$0.isPrior && context.sameSubject($0, c) && context.samePeriod($0, c) }),
                  let whole = context.nearest(to: c, in: context.numbers(ofMetric: wholeMetric), {
                      context.isLevel($0) && context.isOfWhole($0) && context.sameUnit($0, part) && context.samePeriod($0, c) && $0.number != part.number
                  }),
                  let wholeGrowth = context.nearest(to: whole, in: context.numbers(ofTermOf: whole), {
                      $0.kind == .growth && !$0.isPrior && context.sameSubject($0, whole) && context.samePeriod($0, whole)
                  }) else { continue }
            let range = CornerRange(claims: [part, partGrowth, whole, wholeGrowth]) { v in
                (v[0] - v[0] / (1 + v[1] / 100)) / (v[2] / (1 + v[3] / 100)) * 100
            }
            // The part's prior-year weight in the whole, worth reporting.
            let weight = (part.value.doubleValue / (1 + partGrowth.value.doubleValue / 100))
                / (whole.value.doubleValue / (1 + wholeGrowth.value.doubleValue / 100)) * 100
            found.add("contribution", [part, partGrowth, whole, wholeGrowth, c], stated: c, range: range, context: context) { r in
                "\(context.label(part)) growing \(context.text.originalString(partGrowth.range)) with a prior-year weight of \(Context.fixed(weight, 1))% in \(context.label(whole)) growing \(context.text.originalString(wholeGrowth.range)) contributes \(context.range(r, like: c)); stated \(context.text.originalString(c.range)) \(context.gap(r, c))"
            }
        }
    }

    /// 第一产业…第二产业…第三产业…；三次产业增加值占国内生产总值的比重分别为6.8%、36.5%和56.7%:
    /// a list of shares said of the parts listed just before, in their order.
    private func listedPart(of share: Claim, _ context: Context) -> Claim? {
        guard let metric = share.subject?.metric else { return nil }
        let (sentence, position) = context.place(of: share)
        let list = sentence[max(sentence.startIndex, position - 12)..<min(sentence.endIndex, position + 12)]
            .filter { $0.kind == .share && $0.rule == share.rule && $0.contextStart == share.contextStart }
        guard list.count > 1, let first = list.first else { return nil }
        // The levels of that metric before the list, one per entity, latest first.
        var parts: [Claim] = []
        for c in context.around(first, in: context.numbers(ofMetric: metric) ?? []).reversed()
        where c.range.upperBound <= first.range.lowerBound && context.isLevel(c) && context.facts(of: c).entity >= 0 && context.samePeriod(c, share) {
            if parts.contains(where: { context.sameEntity($0, c) }) { break }
            parts.insert(c, at: 0)
            if parts.count == list.count { break }
        }
        guard parts.count == list.count, let index = list.firstIndex(where: { $0.number == share.number }) else { return nil }
        return parts[index]
    }

    /// A level, its earlier level or its change, and its growth rate agree.
    func growths(_ context: Context, _ found: inout CheckList) {
        for g in context.claims where g.kind == .growth && !g.isPrior && g.unit == "%" && (g.basis ?? "yoy") == "yoy" {
            let sameTerm = context.numbers(ofTermOf: g)
            guard context.facts(of: g).metric >= 0,
                  let now = context.nearest(to: g, in: sameTerm, { context.isLevel($0) && context.sameSubject($0, g) && context.samePeriod($0, g) })
            else { continue }
            // A stated earlier level: 较二零二三年的1,830.6亿澳门元上升23.9%.
            if let prior = context.nearest(to: g, in: sameTerm, { c in
                (c.kind == .amount || c.kind == .count) && c.isPrior && context.sameUnit(c, now) && c.sentence == g.sentence
                    && context.sameSubject(c, g)
            }), now.sentence == g.sentence || !context.isOfWhole(g) {
                let range = CornerRange(claims: [now, prior]) { ($0[0] / $0[1] - 1) * 100 }
                found.add("growth", [now, prior, g], stated: g, range: range, context: context, message: { r in
                    "\(context.label(now)) against \(context.text.originalString(prior.range)) before is \(context.range(r, like: g)); stated \(context.text.originalString(g.range)) \(context.gap(r, g))"
                }, nearMiss: Self.revisionTolerance, nearMissNote: Self.revisionNote)
                continue
            }
            // The level of the same months a year before, said elsewhere: 作为比较，2024年全年
            // 实际使用外资为8262.5亿元. Only for a rate said with its level: a rate in a later
            // sentence may be of a part whose name was not read.
            if now.sentence == g.sentence, let period = g.period, let prior = context.nearest(to: g, in: sameTerm, { c in
                context.isLevel(c) && context.sameUnit(c, now) && c.qualifier == .exact && context.sameSubject(c, g)
                    && context.isYearBefore(c, period)
            }) {
                let range = CornerRange(claims: [now, prior]) { ($0[0] / $0[1] - 1) * 100 }
                found.add("growth", [now, prior, g], stated: g, range: range, context: context, message: { r in
                    "\(context.label(now)) against \(context.label(prior)) a year before is \(context.range(r, like: g)); stated \(context.text.originalString(g.range)) \(context.gap(r, g))"
                }, nearMiss: Self.revisionTolerance, nearMissNote: Self.revisionNote)
                continue
            }
            // A stated change: 比上年增加2.09万亿元.
            if let change = context.nearest(to: g, in: sameTerm, { c in
                c.kind == .change && context.sameUnit(c, now) && context.sameSubject(c, g) && context.samePeriod(c, g)
            }) {
                let range = CornerRange(claims: [now, change]) { ($0[0] / ($0[0] - $0[1]) - 1) * 100 }
                let prior = now.value.doubleValue - change.value.doubleValue
                found.add("growth", [now, change, g], stated: g, range: range, context: context, message: { r in
                    "\(context.label(now)) after a change of \(context.text.originalString(change.range)) implies a prior level of \(context.figure(prior, like: now)) and growth of \(context.range(r, like: g)); stated \(context.text.originalString(g.range)) \(context.gap(r, g))"
                }, nearMiss: Self.revisionTolerance, nearMissNote: Self.revisionNote)
            }
        }
    }

    /// A change against two stated levels: 2025年进出口45.47万亿元，比上年增加1.62万亿元,
    /// with 2024年进出口43.85万亿元 (or 较二零二三年的1,830.6亿) → 45.47 − 43.85 = 1.62.
    func changes(_ context: Context, _ found: inout CheckList) {
        for change in context.claims where change.kind == .change && change.unit != "pp" && change.unit != "%" && !change.isPrior {
            let sameTerm = context.numbers(ofTermOf: change)
            guard context.facts(of: change).metric >= 0, let period = change.period,
                  let now = context.nearest(to: change, in: sameTerm, {
                      context.isLevel($0) && context.sameUnit($0, change) && context.sameSubject($0, change) && context.samePeriod($0, change)
                  }),
                  let prior = context.nearest(to: change, in: sameTerm, { c in
                      (c.kind == .amount || c.kind == .count) && context.sameUnit(c, change) && c.qualifier == .exact
                          && context.sameSubject(c, change) && (c.isPrior ? c.sentence == change.sentence : context.isYearBefore(c, period))
                  }) else { continue }
            let range = CornerRange(claims: [now, prior]) { $0[0] - $0[1] }
            found.add("change", [prior, now, change], stated: change, range: range, context: context) { r in
                "\(context.label(now)) against \(context.text.originalString(prior.range)) before is a change of \(context.range(r, like: change)); stated \(context.text.originalString(change.range)) \(context.gap(r, change))"
            }
        }
    }

    /// An earlier rate and a change in points give this period's rate: 9月份为下降0.3%，
    /// 涨幅回升0.5个百分点 → 0.2%.
    func rateChanges(_ context: Context, _ found: inout CheckList) {
        for change in context.claims where change.kind == .change && change.unit == "pp" {
            // The rates just before it (a sentence without full stops may hold thousands).
            let (sentence, position) = context.place(of: change)
            let before = sentence[max(sentence.startIndex, position - 8)..<position].filter {
                $0.range.upperBound <= change.range.lowerBound && ($0.kind == .growth || $0.kind == .rate) && $0.unit == "%"
            }
            // One rate before the change and the period it is measured against named
            // (同比下降5.7%，降幅较去年全年收窄3.8个百分点): the earlier rate is that period's, said
            // elsewhere.
            if before.count == 1, let now = before.first, let against = change.comparedPeriod,
               let prior = context.nearest(to: change, in: context.numbers(ofTermOf: now), { c in
                   // `now` is in percent (see `before`).
                   c.kind == now.kind && context.sameUnit(c, now) && !c.isPrior && c.qualifier == .exact && context.sameSubject(c, now)
                       && context.sameBasis(c, now) && context.isPeriod(c, against)
               }) {
                let range = CornerRange(claims: [prior, change]) { $0[0] + $0[1] }
                found.add("sum", [prior, change, now], stated: now, range: range, context: context) { r in
                    "\(context.label(prior)) then \(context.text.originalString(change.range)) gives \(context.range(r, like: now)); stated \(context.label(now)) \(context.gap(r, now))"
                }
                continue
            }
            // The two rates just before the change: this period's and the earlier one.
            guard before.count >= 2 else { continue }
            var now = before[before.count - 2]
            var prior = before[before.count - 1]
            guard now.kind == prior.kind, context.sameMetric(now, prior) else { continue }
            // Which is the earlier rate: the one said as a prior figure, else the one of the
            // earlier period.
            if now.isPrior && !prior.isPrior {
                swap(&now, &prior)
            } else if !prior.isPrior {
                guard let a = now.period, let b = prior.period, a.from != b.from || a.to != b.to else { continue }
                if a.to < b.to { swap(&now, &prior) }
            }
            let range = CornerRange(claims: [prior, change]) { $0[0] + $0[1] }
            found.add("sum", [prior, change, now], stated: now, range: range, context: context) { r in
                "\(context.text.originalString(prior.range)) then \(context.text.originalString(change.range)) gives \(context.range(r, like: now)); stated \(context.label(now)) \(context.gap(r, now))"
            }
        }
    }

    /// Nested counts: the groups of 超过万亿元、千亿元和百亿元的 partners hold 14 ≤ 62 ≤ 137,
    /// all within the 249 counted before.
    func orders(_ context: Context, _ found: inout CheckList) {
        var lists: [String: [Claim]] = [:]
        for c in context.claims where c.kind == .count && c.qualifier == .exact {
            lists["\(c.sentence)/\(c.rule)/\(c.contextStart)", default: []].append(c)
        }
        for list in lists.values.sorted(by: { $0[0].range.lowerBound < $1[0].range.lowerBound }) where list.count >= 2 {
            let ordered = list.sorted { $0.listIndex < $1.listIndex }
            guard ordered[0].listIndex == 0, let thresholds = thresholdOrder(before: ordered[0], context) else { continue }
            // Falling thresholds (万亿, 千亿, 百亿) nest growing groups.
            var items = thresholds < 0 ? ordered : ordered.reversed()
            // The count the groups are part of, stated before them in the sentence.
            let members = Set(list.map(\.id))
            if let total = context.claims(inSentence: ordered[0].sentence).last(where: {
                $0.kind == .count && !members.contains($0.id) && $0.range.upperBound <= ordered[0].range.lowerBound
            }) {
                items.append(total)
            }
            // Possible when each can be at most the next.
            let nested = zip(items, items.dropFirst()).allSatisfy { a, b in
                guard let low = a.interval.low, let high = b.interval.high else { return true }
                return low <= high
            }
            let stated = items.last!
            let value = stated.value.doubleValue
            let range = nested ? CornerRange(low: value, high: value) : CornerRange(low: -1, high: -1)
            found.add("order", items, stated: stated, range: range, context: context) { _ in
                items.map { context.text.originalString($0.range) }.joined(separator: " ≤ ") + (nested ? " ✓" : " — the groups are not nested as the text says")
            }
        }
    }

    /// A part is at most its whole: 汽车322.7万辆…其中，新能源汽车158.0万辆; 在41个工业大类
    /// 行业中，有36个行业….
    func subsets(_ context: Context, _ found: inout CheckList) {
        let units = context.text.utf16
        // Claims are in text order: each run of one sentence's claims in turn.
        var start = 0
        while start < context.claims.count {
            var end = start + 1
            while end < context.claims.count, context.claims[end].sentence == context.claims[start].sentence { end += 1 }
            let sentence = context.claims[start..<end]
            start = end
            guard sentence.count > 1 else { continue }
            let levels = sentence.filter { context.isLevel($0) && $0.qualifier != .under }.sorted { $0.range.lowerBound < $1.range.lowerBound }
            for (whole, part) in zip(levels, levels.dropFirst()) where whole.unit == part.unit && context.samePeriod(whole, part) {
                let between = units[whole.range.upperBound..<part.range.lowerBound]
                let introducesPart = words.breakdown.contains { between.contains(word: $0) }
                    || (between.contains { words.among.contains($0) } && between.last.map { words.amongPart.contains($0) } == true)
                guard introducesPart, !between.contains(0x3B), !between.contains(0x3002) else { continue }  // ; 。
                addContainment(part, whole, context, &found)
                // A share said of the part (增长面接近九成) is part / whole.
                if let share = sentence.first(where: { $0.kind == .share && $0.range.lowerBound > part.range.upperBound }),
                   !found.isChecked(share: share) {
                    let r = CornerRange(claims: [part, whole]) { $0[0] / $0[1] * 100 }
                    found.add("share", [part, whole, share], stated: share, range: r, context: context) { r in
                        "\(context.label(part)) / \(context.label(whole)) = \(context.range(r, like: share)); stated \(context.text.originalString(share.range)) \(context.gap(r, share))"
                    }
                }
            }
        }
    }

    /// Counts of a part within the count of its whole (within.rules): 自全球130多个国家和地区
    /// 的进口实现了增长 is at most the 249个国家和地区 China trades with.
    func countsWithin(_ context: Context, _ found: inout CheckList) {
        for rule in within {
            for number in context.numbers(ofMetric: rule.part) ?? [] {
                let part = context.claims[Int(number)]
                guard part.kind == .count, !part.isPrior else { continue }
                // The whole's count is the largest one (249 in all, not the 137 of them over
                // 百亿元): a part may well exceed a group within the whole.
                guard let noun = countedNoun(part, context),
                      let whole = context.around(part, in: context.numbers(ofMetric: rule.whole) ?? []).filter({ c in
                          c.kind == .count && !c.isPrior && c.qualifier == .exact && context.sameEntity(c, part)
                              && context.samePartner(c, part) && context.samePeriod(c, part)
                              && counts(c, noun, context)
                      }).max(by: { $0.value < $1.value }) else { continue }
                addContainment(part, whole, context, &found)
            }
        }
    }

    /// What a count counts: the words after its figure up to a comma, 的 or the like
    /// (249个国家和地区, → 国家和地区), at most eight units; nil when there are fewer than two.
    private func countedNoun(_ c: Claim, _ context: Context) -> ArraySlice<UInt16>? {
        let units = context.text.utf16
        var end = c.range.upperBound
        while end < units.count, end - c.range.upperBound < 8, units[end] >= 0x3400, !words.nounEnd.contains(units[end]) { end += 1 }
        return end - c.range.upperBound >= 2 ? units[c.range.upperBound..<end] : nil
    }

    /// True when `c` counts `noun`: the noun follows its figure, or stands before it in its
    /// clause (国家和地区达到了249个).
    private func counts(_ c: Claim, _ noun: ArraySlice<UInt16>, _ context: Context) -> Bool {
        if let own = countedNoun(c, context) { return own == noun }
        let units = context.text.utf16
        var start = c.range.lowerBound
        while start > 0, c.range.lowerBound - start < 40, ![0x3002, 0x3B, 0x0A].contains(units[start - 1]) { start -= 1 }  // 。 ; line break
        return units[start..<c.range.lowerBound].contains(word: Array(noun))
    }

    /// A part is at most its whole: consistent when some rounding allows it.
    private func addContainment(_ part: Claim, _ whole: Claim, _ context: Context, _ found: inout CheckList) {
        let nested = (part.interval.low ?? part.value) <= (whole.interval.high ?? whole.value)
        let range = CornerRange(low: -Double.infinity, high: whole.value.doubleValue)
        found.add("order", [part, whole], stated: whole, range: nested ? range : nil, context: context) { _ in
            "\(context.label(part)) is part of \(context.label(whole)) ✓"
        }
        if !nested, found.checks.last?.claims == [context.id(part), context.id(whole)] {
            found.checks[found.checks.count - 1].verdict = .inconsistent
            found.checks[found.checks.count - 1].message = "\(context.label(part)) is said to be part of \(context.label(whole)) but is larger"
        }
    }

    /// −1 when the list's subject names falling thresholds (超过万亿元、千亿元和百亿元), +1 for
    /// rising ones, nil when it names none.
    private func thresholdOrder(before first: Claim, _ context: Context) -> Int? {
        let units = context.text.utf16
        let sentenceStart = max(0, first.range.lowerBound - 60)
        let before = units[sentenceStart..<first.range.lowerBound]
        guard words.threshold.contains(where: { before.contains(word: $0) }) else { return nil }
        let found = words.scales(in: before)
        guard found.count >= 2 else { return nil }
        if zip(found, found.dropFirst()).allSatisfy({ $0 > $1 }) { return -1 }
        if zip(found, found.dropFirst()).allSatisfy({ $0 < $1 }) { return 1 }
        return nil
    }
}
