/// From the quantities of each sentence to the claims of the output contract: decides each
/// quantity's kind by the rules of Grammars/claims/kinds.rules, lets lists share kinds and
/// units, and gives each claim its currency, subject, period and basis.
public struct ClaimExtractor: Sendable {
    let grammar: ClaimGrammar

    public init(grammars: GrammarFiles = .builtIn) throws {
        grammar = try ClaimGrammar(grammars)
    }

    /// Takes the quantities over (`consuming`): each sentence's are let go once its kinds are
    /// decided, and the periods found, before the subjects are read.
    public func claims(in text: NormalizedText, segmentation: Segmentation, quantities: consuming [[Quantity]],
                       sideBySideFrom: Int = SideBySide.threshold) -> [Claim] {
        var quantities = consume quantities
        // (A Traditional release dated in Taiwan's calendar, 114年10月, is Taiwan's: its bare 元
        // is the New Taiwan dollar when it names no currency.)
        let taiwanDated = quantities.contains { $0.contains { q in q.dateField == .year && q.numeral == .arabic && q.numberRange.count == 3 } }
        let currency = text.utf16.withUnsafeBufferPointer { documentCurrency($0, script: text.script, taiwanDated: taiwanDated) }
        let (decided, resolver, periods) = decidedAndPeriods(text, segmentation, &quantities, currency, sideBySideFrom)
        _ = consume quantities
        var claims = consume decided
        let earlier = adoptEarlierKinds(&claims)
        resolver.resolve(&claims, periods: periods, sideBySideFrom: sideBySideFrom)
        adoptEarlierSubjects(&claims, earlier)
        return claims
    }

    /// How many sentences back a figure decided by no words of its own looks for an earlier
    /// statement of itself (rules flagged like-earlier): a briefing's answer restates what the
    /// question or the release said a few turns before.
    static let earlierReach = 20

    /// Rules flagged like-earlier: a figure they decided takes the kind the same figure (form,
    /// size and unit) has where the document stated it before with words that decide (城镇化率
    /// 是66.16% … 上年末是66.16%). Done once the whole document's kinds are known, in order.
    /// Returns the pairs (claim, the earlier statement it took its kind from).
    private func adoptEarlierKinds(_ claims: inout [Claim]) -> [(Int, Int)] {
        func size(_ value: ExactDecimal) -> ExactDecimal { value.isNegative ? -value : value }
        let flagged = grammar.likeEarlierRules
        var pairs: [(Int, Int)] = []
        guard !flagged.isEmpty else { return pairs }
        for k in claims.indices where flagged.contains(claims[k].rule) {
            let claim = claims[k]
            var j = k - 1
            while j >= 0, claim.sentence - claims[j].sentence <= Self.earlierReach {
                let earlier = claims[j]
                j -= 1
                // (Its qualifier too: 连续6年保持在80%以上 restates no 近八成 said before.)
                guard earlier.quantity.form == claim.quantity.form, earlier.unit == claim.unit, size(earlier.value) == size(claim.value),
                      earlier.qualifier == claim.qualifier,
                      !grammar.undecidedRules.contains(earlier.rule) else { continue }
                claims[k].kind = earlier.kind
                pairs.append((k, j + 1))
                break
            }
        }
        return pairs
    }

    /// A figure that took its kind from an earlier statement of itself and whose own clause
    /// names no subject (上年末是66.16%, in an answer about 城镇化率) is of that statement's
    /// subject, not of whatever the paragraph spoke of last. It stays carried, not stated.
    private func adoptEarlierSubjects(_ claims: inout [Claim], _ pairs: [(Int, Int)]) {
        let named: StatedFields = [.subject, .subjectOpen]
        for (k, j) in pairs where claims[k].stated.isDisjoint(with: named) && !claims[j].stated.isDisjoint(with: named) {
            let carried = claims[k].subject
            claims[k].subject = claims[j].subject
            // The figures of its kind, or a rate's change in points, after it in its sentence
            // that took the same subject from it (，今年是67.00%，提高了0.84个百分点).
            let kind = claims[k].kind
            var m = k + 1
            while m < claims.count, claims[m].sentence == claims[k].sentence, claims[m].subject == carried,
                  claims[m].kind == kind || kind == .rate && claims[m].kind == .change && claims[m].unit == "pp" {
                claims[m].subject = claims[j].subject
                m += 1
            }
        }
    }

    /// The resolver and the periods, which need every sentence's dates and figures; then each
    /// sentence's kinds, the claims numbered. A large document's kinds are decided in pieces,
    /// two at a time, each piece's quantities let go once its kinds are: the claims grow as
    /// the quantities shrink, and the two are never both whole (on a document of a million
    /// figures each is a quarter of the memory). The resolver is made first, not beside the
    /// pieces, for that: 0.1–0.2 s more on the 20 MB benchmark text, 60 MB less.
    private func decidedAndPeriods(_ text: NormalizedText, _ segmentation: Segmentation, _ quantities: inout [[Quantity]],
                                   _ currency: String?,
                                   _ sideBySideFrom: Int) -> ([Claim], ContextResolver, ContextResolver.Periods) {
        let sentences = segmentation.sentences.count
        let resolver = ContextResolver(grammar: grammar, text: text, segmentation: segmentation, quantities: quantities)
        let periods = resolver.periods(quantities)
        guard sentences >= sideBySideFrom, sentences >= 2 else {
            var claims = quantities.withUnsafeBufferPointer { decided(in: text, segmentation: segmentation, quantities: $0, sentences: 0..<sentences, currency: currency) }
            Self.number(&claims, from: 0)
            return (claims, resolver, periods)
        }
        let found = quantities.withUnsafeMutableBufferPointer { quantities in
            SideBySide.pieces(sentences, cuts: SideBySide.evenCuts(sentences)) { range in
                let claims = decided(in: text, segmentation: segmentation, quantities: UnsafeBufferPointer(quantities), sentences: range, currency: currency)
                for index in range { quantities[index] = [] }
                return claims
            }
        }
        var pieces = consume found
        // Each piece numbered from where it starts, two at a time.
        var starts = [0]
        for piece in pieces { starts.append(starts[starts.count - 1] + piece.count) }
        pieces.withUnsafeMutableBufferPointer { pieces in
            _ = SideBySide.pieces(pieces.count, cuts: Array(1..<pieces.count)) { range in
                for k in range { Self.number(&pieces[k], from: starts[k]) }
            }
        }
        var claims: [Claim] = []
        claims.reserveCapacity(starts[starts.count - 1])
        for k in pieces.indices { claims += pieces[k] }
        return (claims, resolver, periods)
    }

    private static func number(_ claims: inout [Claim], from start: Int) {
        for k in claims.indices { claims[k].setNumber(start + k) }
    }

    /// The claims of some sentences, their kinds decided, not yet numbered or resolved.
    private func decided(in text: NormalizedText, segmentation: Segmentation, quantities: UnsafeBufferPointer<[Quantity]>, sentences: Range<Int>,
                        currency: String?) -> [Claim] {
        var claims: [Claim] = []
        text.utf16.withUnsafeBufferPointer { units in
            let matcher = RuleMatcher(text: units, classes: grammar.classes, exceptions: grammar.classExceptions, nouns: grammar.metrics(for: text.script))
            // The claims of a sentence so far, with their slots (form and dimension): one
            // array for all sentences.
            var before: [(slot: UInt32, claim: Claim)] = []
            // The claims of the sentence right before (rules flagged like-sentence-before).
            var sentenceBefore: [(slot: UInt32, claim: Claim)] = []
            var beforeIndex = -1
            for index in sentences {
                let sentence = segmentation.sentences[index]
                var found = quantities[index].filter { $0.notAClaim == nil }
                // Most sentences of a release state no figure: no matcher for them.
                guard !found.isEmpty else { continue }
                shareListUnits(&found, units)
                impliedUnits(&found, units, sentence: sentence.range)
                matcher.read(sentence.range, quantities: quantities[index])
                if beforeIndex == index - 1 { swap(&before, &sentenceBefore) } else { sentenceBefore.removeAll(keepingCapacity: true) }
                beforeIndex = index
                // The last claim of the sentence, with the quantity it was read from.
                before.removeAll(keepingCapacity: true)
                var previous: (quantity: Quantity, claim: Claim)?
                for quantity in found {
                    guard var claim = decide(quantity, previous: previous, before: before, sentenceBefore: sentenceBefore, matcher: matcher, units: units, sentence: index) else { continue }
                    // Read in the working text: a String of each figure cost more than its rules.
                    if claim.unit == "CNY", let currency, !grammar.currencies.occurs(in: units, quantity.range, where: { $0 == "CNY" }) {
                        claim.unit = currency
                    }
                    claims.append(claim)
                    before.append((RuleMatcher.slotBits(of: quantity), claim))
                    previous = (quantity, claim)
                }
            }
        }
        return claims
    }

    /// The kind of one quantity: a rule, else the list it belongs to, else a fallback rule.
    /// `before` holds the claims of the sentence before it, `previous` the last of them.
    private func decide(_ quantity: Quantity, previous: (quantity: Quantity, claim: Claim)?, before: [(slot: UInt32, claim: Claim)],
                        sentenceBefore: [(slot: UInt32, claim: Claim)], matcher: RuleMatcher,
                        units: UnsafeBufferPointer<UInt16>, sentence: Int) -> Claim? {
        if isRhetorical(quantity, units, limit: matcher.sentence.upperBound) { return nil }
        let slot = RuleMatcher.slotBits(of: quantity)
        // The figure before it that a rule reads: of the same form and unit dimension for one
        // that restates it, of the same form for like-previous.
        func previousFor(_ rule: ClaimRule) -> Claim? {
            if rule.restates { return before.last { $0.slot == slot }?.claim }
            let sameForm = { (c: (slot: UInt32, claim: Claim)) in c.claim.quantity.form == quantity.form }
            if rule.likeSentenceBefore { return (before.last(where: sameForm) ?? sentenceBefore.last(where: sameForm))?.claim }
            return rule.likePrevious ? before.last(where: sameForm)?.claim : nil
        }
        if let match = firstFitting(quantity, fallback: false, previousFor: previousFor, matcher: matcher, units: units) {
            return claim(quantity, match.rule, match, previous: previousFor(match.rule), sentence: sentence)
        }
        // The later items of a list, and the high end of a range (降幅介于0.7-2个百分点), are
        // of the kind and sign of the item before.
        if let previous, joined(previous.quantity, quantity, units) || previous.quantity.rangeEnd == .low && quantity.rangeEnd == .high,
           RuleMatcher.slotBits(of: previous.quantity) == slot {
            var claim = previous.claim
            let negated = previous.claim.value.isNegative != previous.quantity.value.isNegative
            claim.quantity = QuantityPlace(quantity)
            claim.range = quantity.range
            claim.value = negated ? -quantity.value : quantity.value
            claim.interval = negated ? Interval(quantity.interval.high.map { -$0 }, quantity.interval.low.map { -$0 }) : quantity.interval
            claim.qualifier = negated ? Self.negatedBound(quantity) : quantity.qualifier
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
        if let match = firstFitting(quantity, fallback: true, previousFor: previousFor, matcher: matcher, units: units) {
            return claim(quantity, match.rule, match, previous: previousFor(match.rule), sentence: sentence)
        }
        return nil
    }

    /// The first rule that matches and whose kind the figure can have: a rule that restates
    /// needs a figure to restate, a rank an ordinal that names a position.
    private func firstFitting(_ quantity: Quantity, fallback: Bool, previousFor: (ClaimRule) -> Claim?, matcher: RuleMatcher,
                              units: UnsafeBufferPointer<UInt16>) -> RuleMatcher.Match? {
        var start = 0
        while let match = matcher.firstMatch(grammar.patterns, for: quantity, fallback: fallback, from: start) {
            if match.rule.restates && previousFor(match.rule) == nil || match.rule.kind == .rank && !namesPosition(quantity, match, units) {
                start = match.index + 1
                continue
            }
            return match
        }
        return nil
    }

    /// Whether an ordinal the rule made a rank names a position: one with a measure word
    /// only when that word is one a rank ends with (第二位, 第三名; not 第一次, 第二批), and a
    /// 第N that no word around makes a position (第一，…) is none, while a word that is an
    /// ordinal by itself (首位, 次高) is.
    private func namesPosition(_ quantity: Quantity, _ match: RuleMatcher.Match, _ units: UnsafeBufferPointer<UInt16>) -> Bool {
        if quantity.dimension != nil {
            guard let suffix = grammar.rankSuffix,
                  let (length, _) = suffix.match(units, endingAt: quantity.range.upperBound, floor: quantity.numberRange.upperBound),
                  length == quantity.range.upperBound - quantity.numberRange.upperBound else { return false }
        }
        let bare = match.lower >= quantity.range.lowerBound && match.upper <= quantity.range.upperBound
        return !(bare && quantity.range.lowerBound < quantity.numberRange.lowerBound)
    }

    private func claim(_ quantity: Quantity, _ rule: ClaimRule, _ match: RuleMatcher.Match, previous: Claim?, sentence: Int) -> Claim? {
        var kind = rule.kind
        var negate = rule.negate
        // The kind of the figure of the same form before it in the sentence (its sign is its own).
        if rule.likePrevious || rule.restates || rule.likeSentenceBefore, let previous, previous.quantity.form == quantity.form {
            kind = previous.kind
        }
        // A figure restated (350.5千公顷（525.8万亩）) has the sign of the one it restates.
        if rule.restates, let previous, previous.value.isNegative { negate = true }
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
        case .ratio:
            unit = "times"
            // 增幅较上季翻了一番: a doubling compared is a ratio of 2, not a growth of 100.
            if quantity.form == .doubling {
                let hundredth = ExactDecimal(1, exponent: -2)
                value = .one + value * hundredth
                interval = Interval(interval.low.map { .one + $0 * hundredth }, interval.high.map { .one + $0 * hundredth })
            }
        case .rank:
            unit = "rank"
            interval = .point(value)
        case .streak:
            guard ["year", "month", "quarter"].contains(unit) else { return nil }
            interval = .point(value)
        case .count: unit = "count"
        case .amount: break
        }
        var qualifier = quantity.qualifier
        if negate && !value.isNegative {
            value = -value
            interval = Interval(interval.high.map { -$0 }, interval.low.map { -$0 })
            qualifier = Self.negatedBound(quantity)
        }
        let range = rule.extend ? min(match.lower, quantity.range.lowerBound)..<max(match.upper, quantity.range.upperBound) : quantity.range
        var claim = Claim(kind: kind, value: value, unit: unit, qualifier: qualifier, interval: interval,
                          range: range, sentence: sentence, subject: nil, period: nil, basis: nil, quantity: quantity, rule: rule.name,
                          contextStart: [.share, .contribution].contains(kind) ? match.lower : range.lowerBound,
                          // (The 其中 a like-sentence-before rule reads opens the clause; the
                          // figure's own name stands between it and the figure.)
                          ruleStart: rule.likeSentenceBefore ? quantity.range.lowerBound : min(match.lower, quantity.range.lowerBound),
                          isPrior: rule.prior)
        if rule.unsigned { claim.stated.insert(.signUnread) }
        return claim
    }

    /// The qualifier of a figure made negative: a range's low end bounds a decline from above
    /// (降幅介于0.7-2个百分点 is −0.7 at most and −2 at least), so its bounds change places.
    private static func negatedBound(_ quantity: Quantity) -> Qualifier {
        guard quantity.rangeEnd != nil else { return quantity.qualifier }
        switch quantity.qualifier {
        case .over: return .under
        case .under: return .over
        default: return quantity.qualifier
        }
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
            // (Only 个 waits for 百分点: 减少0.6萬人或1.47% lists a count and its rate.)
            if joined(item, next, units), item.form == .plain, next.form != .plain || next.unit != nil,
               item.unit == nil || (item.unit == "count" && next.form != .plain && units[item.range.upperBound - 1] == 0x4E2A) {
                item.form = next.form
                item.unit = next.unit
                item.dimension = next.dimension
                item.unitClass = next.unitClass
                quantities[index] = item
            }
            index -= 1
        }
    }

    /// A bare figure (no unit or form: 56.15亿, 5209万) is counted in the unit its words name:
    /// a metric ending with a count's unit word (出游人次达56.15亿, 观影人次5209万, 就业人数为
    /// 1256万; claims/implied-units.lex lists what may stand between). One with a magnitude in
    /// a clause that opens by comparing (，比上年增加7.24亿) is in the unit of the figure with a
    /// unit before it in the sentence.
    private func impliedUnits(_ quantities: inout [Quantity], _ units: UnsafeBufferPointer<UInt16>, sentence: Range<Int>) {
        var lastUnit: Quantity?
        for k in quantities.indices {
            var q = quantities[k]
            defer { if quantities[k].unitClass == .count || quantities[k].unitClass == .amount { lastUnit = quantities[k] } }
            guard q.form == .plain, q.unit == nil, q.notAClaim == nil else { continue }
            var p = q.range.lowerBound
            if let r = q.qualifierRange, r.upperBound <= p { p = r.lowerBound }
            let figure = p
            if let (length, _) = grammar.impliedUnitVerbs.match(units, endingAt: p, floor: sentence.lowerBound) { p -= length }
            let afterVerb = p
            if let (length, _) = grammar.impliedUnitTails.match(units, endingAt: p, floor: sentence.lowerBound) { p -= length }
            // Right before the figure, a unit word must end a name of a large count (观影人次5209万),
            // not be a verb (拨打12333).
            if let (length, word) = grammar.countUnits.match(units, endingAt: p, floor: sentence.lowerBound),
               p < figure || q.magnitude > 0,
               p - length == sentence.lowerBound || !isNumeral(units[p - length - 1]) {
                q.unit = word.code
                q.dimension = word.dimension
                q.unitClass = .count
            } else if q.magnitude > 0, let (length, _) = grammar.countedTails.match(units, endingAt: afterVerb, floor: sentence.lowerBound),
                      afterVerb - length > sentence.lowerBound, (0x3400...0x9FFF).contains(units[afterVerb - length - 1]) {
                // 投资者数量达22,703.82万: so many of what the name before the tail names.
                q.unit = "count"
                q.dimension = "count"
                q.unitClass = .count
            } else if q.magnitude > 0, let earlier = lastUnit, opensByComparing(q, units, sentence: sentence) {
                q.unit = earlier.unit
                q.dimension = earlier.dimension
                q.unitClass = earlier.unitClass
            } else {
                continue
            }
            quantities[k] = q
        }
    }

    /// Digits, and numeral characters as a figure's last: a unit word after one is its measure word.
    private func isNumeral(_ unit: UInt16) -> Bool {
        NumeralReader.isDigit(unit) || grammar.numeralCharacters.contains(unit)
    }

    /// Whether the figure's clause opens with a compare marker or a basis (比上年, 同比, 按年).
    private func opensByComparing(_ q: Quantity, _ units: UnsafeBufferPointer<UInt16>, sentence: Range<Int>) -> Bool {
        var start = q.range.lowerBound
        while start > sentence.lowerBound, ![0x2C, 0x3A, 0x3B, 0x3002, 0x0A].contains(units[start - 1]) { start -= 1 }
        guard start < q.range.lowerBound else { return false }
        return grammar.markers.compare.contains(units[start]) || grammar.bases.match(units, at: start, limit: q.range.lowerBound) != nil
    }

    /// The currency a bare 元 means: declared (港元，下同), or named in a Traditional text
    /// that never names renminbi.
    private func documentCurrency(_ units: UnsafeBufferPointer<UInt16>, script: Script, taiwanDated: Bool) -> String? {
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
        return script != .simplified && !mentionsRenminbi ? named ?? (taiwanDated ? "TWD" : nil) : nil
    }
}
