/// Matches the patterns of kinds.rules around a quantity in one sentence of working text.
/// A class: the matcher's closures and recursion share it instead of copying its tables.
final class RuleMatcher {
    let text: UnsafeBufferPointer<UInt16>
    let sentence: Range<Int>
    let classes: [WordTable<Bool>]
    /// Positions inside other numbers: a gap does not run across them.
    let blocked: [Bool]
    /// Nouns (metrics such as 增加值) that a class word must not be the start of: 增加 in
    /// 增加值 is no verb.
    let nouns: WordTable<String>

    init(text: UnsafeBufferPointer<UInt16>, sentence: Range<Int>, classes: [WordTable<Bool>], blocked: [Bool],
         nouns: WordTable<String>) {
        self.text = text
        self.sentence = sentence
        self.classes = classes
        self.blocked = blocked
        self.nouns = nouns
    }

    /// What a rule matched: where its words start and end around the quantity.
    struct Match {
        var rule: ClaimRule
        var lower: Int
        var upper: Int
    }

    /// The first rule that matches, among the fallback rules or the others.
    func firstMatch(_ rules: [ClaimRule], for quantity: Quantity, fallback: Bool) -> Match? {
        let slot = Self.slotBits(of: quantity)
        var left = quantity.range.lowerBound
        var right = quantity.range.upperBound
        if let q = quantity.qualifierRange {
            if q.upperBound <= left { left = q.lowerBound } else if q.lowerBound >= right { right = q.upperBound }
        }
        // The qualifier is stepped over; when the rule's own words hold it (约占, 约为),
        // they are matched from the number instead.
        let number = quantity.range
        // Rules are read in place: a copy of one to test it costs three retains and releases,
        // and every quantity tests dozens.
        return rules.withUnsafeBufferPointer { rules in
            for index in rules.indices where rules[index].filter & slot != 0 && rules[index].fallback == fallback {
                let before = rules[index].before
                let after = rules[index].after
                guard let lower = matchLeft(before, before.count - 1, left)
                        ?? (left == number.lowerBound ? nil : matchLeft(before, before.count - 1, number.lowerBound)),
                      let upper = matchRight(after, 0, right)
                        ?? (right == number.upperBound ? nil : matchRight(after, 0, number.upperBound)) else { continue }
                return Match(rule: rules[index], lower: lower, upper: upper)
            }
            return nil
        }
    }

    /// The slot names a quantity answers to, as bits: its form, and its unit's dimension.
    static func slotBits(of quantity: Quantity) -> UInt32 {
        var bits = formBits(quantity.form)
        // 第一个 is an ordinal, never a count.
        if let dimension = quantity.dimension, quantity.form != .ordinal { bits |= ClaimRule.slotBits[dimension] ?? 0 }
        return bits
    }

    /// A form's bit, without hashing its name for every quantity.
    private static func formBits(_ form: Quantity.Form) -> UInt32 {
        switch form {
        case .plain: plainBit
        case .percent: percentBit
        case .points: pointsBit
        case .multiple: multipleBit
        case .doubling: doublingBit
        case .ordinal: ordinalBit
        }
    }
    private static let plainBit = ClaimRule.slotBits[Quantity.Form.plain.rawValue] ?? 0
    private static let percentBit = ClaimRule.slotBits[Quantity.Form.percent.rawValue] ?? 0
    private static let pointsBit = ClaimRule.slotBits[Quantity.Form.points.rawValue] ?? 0
    private static let multipleBit = ClaimRule.slotBits[Quantity.Form.multiple.rawValue] ?? 0
    private static let doublingBit = ClaimRule.slotBits[Quantity.Form.doubling.rawValue] ?? 0
    private static let ordinalBit = ClaimRule.slotBits[Quantity.Form.ordinal.rawValue] ?? 0

    private func isStopper(_ unit: UInt16, long: Bool) -> Bool {
        switch unit {
        case 0x3B, 0x3002, 0x21, 0x3F, 0x0A, 0x0D: true      // ; 。 ! ? line breaks
        case 0x2C, 0x3A: !long                              // , :
        default: false
        }
    }

    private func matchLeft(_ elements: [ClaimRule.Element], _ k: Int, _ p: Int) -> Int? {
        guard k >= 0 else { return p }
        switch elements[k] {
        case .literal(let word):
            guard p - word.count >= sentence.lowerBound, equal(word, at: p - word.count) else { return nil }
            return matchLeft(elements, k - 1, p - word.count)
        case .word(let index):
            guard let (length, _) = classes[index].match(text, endingAt: p, floor: sentence.lowerBound),
                  !insideNoun(p - length..<p) else { return nil }
            return matchLeft(elements, k - 1, p - length)
        case .gap(let limit):
            var q = p
            for size in 0...limit {
                if size > 0 {
                    q = p - size
                    guard q >= sentence.lowerBound, !isStopper(text[q], long: limit > ClaimRule.shortGap), !blocked[q - sentence.lowerBound] else { return nil }
                }
                if let found = matchLeft(elements, k - 1, q) { return found }
            }
            return nil
        case .optional(let element):
            // With the element, then without it.
            if let found = matchOneLeft(element, p, then: { matchLeft(elements, k - 1, $0) }) { return found }
            return matchLeft(elements, k - 1, p)
        }
    }

    /// One element (a word or text) ending at p, then the rest.
    private func matchOneLeft(_ element: ClaimRule.Element, _ p: Int, then rest: (Int) -> Int?) -> Int? {
        switch element {
        case .literal(let word):
            guard p - word.count >= sentence.lowerBound, equal(word, at: p - word.count) else { return nil }
            return rest(p - word.count)
        case .word(let index):
            guard let (length, _) = classes[index].match(text, endingAt: p, floor: sentence.lowerBound),
                  !insideNoun(p - length..<p) else { return nil }
            return rest(p - length)
        default:
            return nil  // gaps are never optional
        }
    }

    private func matchRight(_ elements: [ClaimRule.Element], _ k: Int, _ p: Int) -> Int? {
        guard k < elements.count else { return p }
        switch elements[k] {
        case .literal(let word):
            guard p + word.count <= sentence.upperBound, equal(word, at: p) else { return nil }
            return matchRight(elements, k + 1, p + word.count)
        case .word(let index):
            guard let (length, _) = classes[index].match(text, at: p, limit: sentence.upperBound),
                  !insideNoun(p..<(p + length)) else { return nil }
            return matchRight(elements, k + 1, p + length)
        case .gap(let limit):
            for size in 0...limit {
                let q = p + size
                if size > 0 {
                    guard q <= sentence.upperBound, !isStopper(text[q - 1], long: limit > ClaimRule.shortGap), !blocked[q - 1 - sentence.lowerBound] else { return nil }
                }
                if let found = matchRight(elements, k + 1, q) { return found }
            }
            return nil
        case .optional(let element):
            if let found = matchOneRight(element, p, then: { matchRight(elements, k + 1, $0) }) { return found }
            return matchRight(elements, k + 1, p)
        }
    }

    private func matchOneRight(_ element: ClaimRule.Element, _ p: Int, then rest: (Int) -> Int?) -> Int? {
        switch element {
        case .literal(let word):
            guard p + word.count <= sentence.upperBound, equal(word, at: p) else { return nil }
            return rest(p + word.count)
        case .word(let index):
            guard let (length, _) = classes[index].match(text, at: p, limit: sentence.upperBound),
                  !insideNoun(p..<(p + length)) else { return nil }
            return rest(p + length)
        default:
            return nil
        }
    }

    /// True when a longer noun runs across the end of a matched word.
    private func insideNoun(_ word: Range<Int>) -> Bool {
        guard word.upperBound < sentence.upperBound,
              let noun = nouns.covers(text, word.upperBound, floor: sentence.lowerBound, limit: sentence.upperBound) else { return false }
        return noun.lowerBound <= word.lowerBound
    }

    private func equal(_ word: [UInt16], at start: Int) -> Bool {
        for (k, unit) in word.enumerated() where text[start + k] != unit { return false }
        return true
    }
}
