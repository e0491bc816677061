/// From the quantities of each sentence to the claims of the output contract: decides each
/// quantity's kind by the rules of Grammars/claims/kinds.rules, lets lists share kinds and
/// units, and gives each claim its currency, subject, period and basis.
public struct ClaimExtractor: Sendable {
    let grammar: ClaimGrammar

    public init(grammars: GrammarFiles = .builtIn) throws {
        grammar = try ClaimGrammar(grammars)
    }

    /// Takes the quantities over (`consuming`): they are let go once the kinds and periods
    /// are found, before the subjects are read.
    public func claims(in text: NormalizedText, segmentation: Segmentation, quantities: consuming [[Quantity]],
                       sideBySideFrom: Int = SideBySide.threshold) -> [Claim] {
        let currency = text.utf16.withUnsafeBufferPointer { documentCurrency($0, script: text.script) }
        let resolver = ContextResolver(grammar: grammar, text: text, segmentation: segmentation, quantities: copy quantities)
        var (claims, periods) = decidedAndPeriods(text, segmentation, consume quantities, resolver, currency, sideBySideFrom)
        resolver.resolve(&claims, periods: periods, sideBySideFrom: sideBySideFrom)
        return claims
    }

    /// Each sentence's kinds (its own: a large document is read in two halves at once, the
    /// periods found alongside, which need only the dates), the claims numbered.
    private func decidedAndPeriods(_ text: NormalizedText, _ segmentation: Segmentation, _ quantities: [[Quantity]],
                                   _ resolver: ContextResolver, _ currency: String?,
                                   _ sideBySideFrom: Int) -> ([Claim], ContextResolver.Periods) {
        let sentences = segmentation.sentences.count
        func read(_ range: Range<Int>) -> [Claim] {
            decided(in: text, segmentation: segmentation, quantities: quantities, sentences: range, currency: currency)
        }
        guard sentences >= sideBySideFrom, sentences >= 2 else {
            var claims = read(0..<sentences)
            Self.number(&claims, from: 0)
            return (claims, resolver.periods(quantities))
        }
        var ((a, b), periods) = SideBySide.run({
            SideBySide.run({ read(0..<(sentences / 2)) }, { read((sentences / 2)..<sentences) })
        }, { resolver.periods(quantities) })
        // Each half numbered on its own thread (the second knows where it starts now).
        let firstCount = a.count
        _ = SideBySide.run({ Self.number(&a, from: 0) }, { Self.number(&b, from: firstCount) })
        return (a + b, periods)
    }

    private static func number(_ claims: inout [Claim], from start: Int) {
        for k in claims.indices { claims[k].setNumber(start + k) }
    }

    /// The claims of some sentences, their kinds decided, not yet numbered or resolved.
    private func decided(in text: NormalizedText, segmentation: Segmentation, quantities: [[Quantity]], sentences: Range<Int>,
                        currency: String?) -> [Claim] {
        var claims: [Claim] = []
        text.utf16.withUnsafeBufferPointer { units in
            let matcher = RuleMatcher(text: units, classes: grammar.classes, nouns: grammar.metrics)
            for index in sentences {
                let sentence = segmentation.sentences[index]
                var found = quantities[index].filter { $0.notAClaim == nil }
                // Most sentences of a release state no figure: no matcher for them.
                guard !found.isEmpty else { continue }
                shareListUnits(&found, units)
                matcher.read(sentence.range, quantities: quantities[index])
                var previous: (quantity: Quantity, claim: Claim)?
                for quantity in found {
                    guard var claim = decide(quantity, previous: previous, matcher: matcher, units: units, sentence: index) else { continue }
                    // Read in the working text: a String of each figure cost more than its rules.
                    if claim.unit == "CNY", let currency, !grammar.currencies.occurs(in: units, quantity.range, where: { $0 == "CNY" }) {
                        claim.unit = currency
                    }
                    claims.append(claim)
                    previous = (quantity, claim)
                }
            }
        }
        return claims
    }

    /// The kind of one quantity: a rule, else the list it belongs to, else a fallback rule.
    private func decide(_ quantity: Quantity, previous: (quantity: Quantity, claim: Claim)?, matcher: RuleMatcher,
                        units: UnsafeBufferPointer<UInt16>, sentence: Int) -> Claim? {
        if isRhetorical(quantity, units, limit: matcher.sentence.upperBound) { return nil }
        if let match = matcher.firstMatch(grammar.patterns, for: quantity, fallback: false) {
            return claim(quantity, match.rule, match, previous: previous?.claim, sentence: sentence)
        }
        if let previous, joined(previous.quantity, quantity, units),
           RuleMatcher.slotBits(of: previous.quantity) == RuleMatcher.slotBits(of: quantity) {
            var claim = previous.claim
            claim.quantity = QuantityPlace(quantity)
            claim.range = quantity.range
            claim.value = previous.claim.value.isNegative != previous.quantity.value.isNegative ? -quantity.value : quantity.value
            claim.interval = previous.claim.value.isNegative != previous.quantity.value.isNegative
                ? Interval(quantity.interval.high.map { -$0 }, quantity.interval.low.map { -$0 }) : quantity.interval
            claim.qualifier = quantity.qualifier
            // 跨过42万亿元、43万亿元: a qualifier before the first item holds for the list.
            if quantity.qualifier == .exact, let q = previous.quantity.qualifierRange, q.upperBound <= previous.quantity.range.lowerBound,
               [.over, .under].contains(previous.claim.qualifier) {
                claim.qualifier = previous.claim.qualifier
                claim.interval = previous.claim.qualifier == .over ? Interval(claim.value, nil) : Interval(nil, claim.value)
            }
            claim.rule = previous.claim.rule
            claim.listIndex = previous.claim.listIndex + 1
            claim.contextStart = previous.claim.contextStart
            return claim
        }
        if let match = matcher.firstMatch(grammar.patterns, for: quantity, fallback: true) {
            return claim(quantity, match.rule, match, previous: previous?.claim, sentence: sentence)
        }
        return nil
    }

    private func claim(_ quantity: Quantity, _ rule: ClaimRule, _ match: RuleMatcher.Match, previous: Claim?, sentence: Int) -> Claim? {
        var kind = rule.kind
        let negate = rule.negate
        // The kind of the figure of the same form before it in the sentence (its sign is its own).
        if rule.likePrevious, let previous, previous.quantity.form == quantity.form {
            kind = previous.kind
        }
        var value = quantity.value
        var interval = quantity.interval
        var unit = quantity.unit ?? ""
        switch kind {
        case .growth, .share, .rate:
            if rule.times100 {
                value = value * 100
                interval = interval.scaled(by: ExactDecimal(100))
            }
            unit = "%"
        case .contribution: unit = quantity.form == .points ? "pp" : "%"
        case .change: if quantity.form == .points { unit = "pp" }
        case .ratio: unit = "times"
        case .rank:
            unit = "rank"
            interval = .point(value)
        case .streak:
            guard ["year", "month", "quarter"].contains(unit) else { return nil }
            interval = .point(value)
        case .count: unit = "count"
        case .amount: break
        }
        if negate && !value.isNegative {
            value = -value
            interval = Interval(interval.high.map { -$0 }, interval.low.map { -$0 })
        }
        let range = rule.extend ? min(match.lower, quantity.range.lowerBound)..<max(match.upper, quantity.range.upperBound) : quantity.range
        return Claim(kind: kind, value: value, unit: unit, qualifier: quantity.qualifier, interval: interval,
                     range: range, sentence: sentence, subject: nil, period: nil, basis: nil, quantity: quantity, rule: rule.name,
                     contextStart: [.share, .contribution].contains(kind) ? match.lower : range.lowerBound,
                     ruleStart: min(match.lower, quantity.range.lowerBound), isPrior: rule.prior)
    }

    /// 三个方面, 一个中等国家: counts of things that are rhetoric, not figures.
    private func isRhetorical(_ quantity: Quantity, _ units: UnsafeBufferPointer<UInt16>, limit: Int) -> Bool {
        guard quantity.dimension == "count", quantity.form == .plain else { return false }
        if quantity.numeral == .chinese && quantity.value == .one { return true }
        return grammar.notCounted.match(units, at: quantity.range.upperBound, limit: limit) != nil
    }

    /// True when only a list word (、, 和, 及) stands between two quantities.
    private func joined(_ first: Quantity, _ second: Quantity, _ units: UnsafeBufferPointer<UInt16>) -> Bool {
        var start = first.range.upperBound
        if let q = first.qualifierRange, q.lowerBound >= start { start = q.upperBound }
        var end = second.range.lowerBound
        if let q = second.qualifierRange, q.upperBound <= end { end = q.lowerBound }
        guard start < end else { return start == end }
        guard let (length, _) = grammar.joiners.match(units, at: start, limit: end) else { return false }
        return start + length == end
    }

    /// 分别收窄1.4个、1.3个和0.7个百分点: the items of a list take the unit of its last item
    /// when they state none of their own (a bare number, or 个 before 百分点).
    private func shareListUnits(_ quantities: inout [Quantity], _ units: UnsafeBufferPointer<UInt16>) {
        guard quantities.count > 1 else { return }
        var index = quantities.count - 2
        while index >= 0 {
            let next = quantities[index + 1]
            var item = quantities[index]
            if joined(item, next, units), item.form == .plain, next.form != .plain || next.unit != nil,
               item.unit == nil || (item.unit == "count" && next.form != .plain) {
                item.form = next.form
                item.unit = next.unit
                item.dimension = next.dimension
                item.unitClass = next.unitClass
                quantities[index] = item
            }
            index -= 1
        }
    }

    /// The currency a bare 元 means: declared (港元，下同), or named in a Traditional text
    /// that never names renminbi.
    private func documentCurrency(_ units: UnsafeBufferPointer<UInt16>, script: Script) -> String? {
        var named: String?
        var i = 0
        var mentionsRenminbi = false
        while i < units.count {
            if let (length, code) = grammar.currencies.match(units, at: i, limit: units.count) {
                // 港元，下同 (or 港元,下同 once normalised) declares it outright.
                let after = i + length
                if after + 1 < units.count, units[after] == 0x2C, grammar.sameBelow.match(units, at: after + 1, limit: units.count) != nil {
                    return code
                }
                if code == "CNY" {
                    mentionsRenminbi = true
                } else if named == nil {
                    named = code
                }
                i += length
                continue
            }
            i += 1
        }
        return script != .simplified && !mentionsRenminbi ? named : nil
    }
}
