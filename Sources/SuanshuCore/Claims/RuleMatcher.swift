/// Matches the patterns of kinds.rules around a quantity in one sentence of working text.
/// A class: the matcher's closures and recursion share it instead of copying its tables.
final class RuleMatcher {
    let text: UnsafeBufferPointer<UInt16>
    /// The sentence being read (see `read(_:quantities:)`).
    private(set) var sentence: Range<Int> = 0..<0
    let classes: [WordTable<Bool>]
    /// For each class, the words that hold one of its words but are none of them (增长率 for
    /// 率, 至少 for 少), nil when it lists none.
    let exceptions: [WordTable<Bool>?]
    /// Positions of the sentence inside its numbers: a gap does not run across them.
    private var blocked: [Bool] = []
    /// Nouns (metrics such as 增加值) that a class word must not be the start of: 增加 in
    /// 增加值 is no verb.
    let nouns: WordTable<String>
    /// `nounStart(covering:)` by position in the sentence: -2 not yet asked.
    private var nounStarts: [Int32] = []

    /// One matcher reads the sentences of a text one after another, its tables made again
    /// in place for each (a matcher and two arrays per sentence were a tenth of the stage).
    init(text: UnsafeBufferPointer<UInt16>, classes: [WordTable<Bool>], exceptions: [WordTable<Bool>?], nouns: WordTable<String>) {
        self.text = text
        self.classes = classes
        self.exceptions = exceptions
        self.nouns = nouns
    }

    /// Starts on a sentence and the quantities read in it.
    func read(_ sentence: Range<Int>, quantities: [Quantity]) {
        self.sentence = sentence
        blocked.removeAll(keepingCapacity: true)
        blocked.append(contentsOf: repeatElement(false, count: sentence.count))
        for q in quantities where q.notAClaim == nil {
            for i in q.range where sentence.contains(i) { blocked[i - sentence.lowerBound] = true }
        }
        nounStarts.removeAll(keepingCapacity: true)
    }

    /// What a rule matched: where its words start and end around the quantity.
    struct Match {
        var rule: ClaimRule
        var lower: Int
        var upper: Int
        /// The rule's place in the file: a later match is looked for after it.
        var index: Int = 0
    }

    /// The first rule from `start` on that matches, among the fallback rules or the others.
    func firstMatch(_ patterns: RulePatterns, for quantity: Quantity, fallback: Bool, from start: Int = 0) -> Match? {
        let slot = Self.slotBits(of: quantity)
        var left = quantity.range.lowerBound
        var right = quantity.range.upperBound
        if let q = quantity.qualifierRange {
            if q.upperBound <= left { left = q.lowerBound } else if q.lowerBound >= right { right = q.upperBound }
        }
        // The qualifier is stepped over; when the rule's own words hold it (约占, 约为),
        // they are matched from the number instead.
        let number = quantity.range
        return patterns.heads.withUnsafeBufferPointer { heads in
            patterns.steps.withUnsafeBufferPointer { steps in
                patterns.literals.withUnsafeBufferPointer { literals in
                  patterns.excluded.withUnsafeBufferPointer { excluded in
                    /// Whether the step's word may end (start) at p: its last (first) character.
                    func mayEnd(_ k: Int32, _ p: Int) -> Bool {
                        guard k >= 0 else { return true }
                        guard p > sentence.lowerBound else { return false }
                        let step = steps[Int(k)]
                        return step.kind == .literal ? literals[Int(step.a + step.b) - 1] == text[p - 1] : classes[Int(step.a)].mayEnd(with: text[p - 1])
                    }
                    func mayStart(_ k: Int32, _ p: Int) -> Bool {
                        guard k >= 0 else { return true }
                        guard p < sentence.upperBound else { return false }
                        let step = steps[Int(k)]
                        return step.kind == .literal ? literals[Int(step.a)] == text[p] : classes[Int(step.a)].mayStart(with: text[p])
                    }
                    let listed = patterns.candidates[slot].map { fallback ? $0.fallback : $0.rules }
                    let order = listed ?? heads.indices.filter { heads[$0].filter & slot != 0 && heads[$0].fallback == fallback }.map { Int32($0) }
                    for candidate in order where candidate >= start {
                        let index = Int(candidate)
                        let head = heads[index]
                        guard mayEnd(head.touchingBefore, left) || left != number.lowerBound && mayEnd(head.touchingBefore, number.lowerBound),
                              mayStart(head.touchingAfter, right) || right != number.upperBound && mayStart(head.touchingAfter, number.upperBound)
                        else { continue }
                        let before = Pattern(steps: UnsafeBufferPointer(rebasing: steps[Int(head.before.lowerBound)..<Int(head.before.upperBound)]),
                                             literals: literals, excluded: excluded)
                        let after = Pattern(steps: UnsafeBufferPointer(rebasing: steps[Int(head.after.lowerBound)..<Int(head.after.upperBound)]),
                                            literals: literals, excluded: excluded)
                        let last = before.steps.count - 1
                        guard let lower = matchLeft(before, last, left)
                                ?? (left == number.lowerBound ? nil : matchLeft(before, last, number.lowerBound)),
                              let upper = matchRight(after, 0, right)
                                ?? (right == number.upperBound ? nil : matchRight(after, 0, number.upperBound)) else { continue }
                        return Match(rule: patterns.rules[index], lower: lower, upper: upper, index: index)
                    }
                    return nil
                  }
                }
            }
        }
    }

    /// One side of a rule's pattern, read in place.
    private struct Pattern {
        let steps: UnsafeBufferPointer<RulePatterns.Step>
        let literals: UnsafeBufferPointer<UInt16>
        let excluded: UnsafeBufferPointer<Int32>

        /// The classes a gap step must not hold words of.
        func excluded(by step: RulePatterns.Step) -> UnsafeBufferPointer<Int32> {
            UnsafeBufferPointer(rebasing: excluded[Int(step.c)..<Int(step.c + step.b)])
        }
    }

    /// The slot names a quantity answers to, as bits: its form, its unit's dimension, and
    /// `amount` for a unit of that class (numbers/units.lex).
    static func slotBits(of quantity: Quantity) -> UInt32 {
        var bits = formBits(quantity.form)
        // 第一个 is an ordinal, never a count.
        if let dimension = quantity.dimension, quantity.form != .ordinal { bits |= ClaimRule.slotBits[dimension] ?? 0 }
        if quantity.unitClass == .amount, quantity.form != .ordinal { bits |= amountBit }
        // 2.5:29.6:67.9, 收入比2.34: a plain number with no unit.
        if quantity.form == .plain, quantity.dimension == nil { bits |= bareBit }
        return bits
    }
    private static let amountBit = ClaimRule.slotBits["amount"] ?? 0
    static let bareBit = ClaimRule.slotBits["bare"] ?? 0

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

    /// Steps k, k−1, … 0 of a pattern ending at p: where their words start.
    private func matchLeft(_ pattern: Pattern, _ k: Int, _ p: Int) -> Int? {
        guard k >= 0 else { return p }
        let step = pattern.steps[k]
        if step.kind == .gap {
            let limit = Int(step.a)
            let excluded = pattern.excluded(by: step)
            // The step before the gap, when it must stand there: its last character is tested
            // before it is matched.
            let anchor: RulePatterns.Step? = k > 0 && Self.isWord(pattern.steps[k - 1]) ? pattern.steps[k - 1] : nil
            var q = p
            for size in 0...limit {
                if size > 0 {
                    q = p - size
                    guard q >= sentence.lowerBound, !isStopper(text[q], long: limit > ClaimRule.shortGap), !blocked[q - sentence.lowerBound] else { return nil }
                }
                if let anchor, q <= sentence.lowerBound || !mayEnd(anchor, pattern.literals, text[q - 1]) { continue }
                if let found = matchLeft(pattern, k - 1, q) {
                    // The shortest gap the rest matches after holds a word of an excluded
                    // class: so does every longer one.
                    return holdsExcluded(excluded, q..<p) ? nil : found
                }
            }
            return nil
        }
        // With the step's words, then (when optional) without them.
        if let length = lengthLeft(step, pattern.literals, p), let found = matchLeft(pattern, k - 1, p - length) { return found }
        return step.optional ? matchLeft(pattern, k - 1, p) : nil
    }

    /// Whether a literal or a class word may end (start) with this character.
    @inline(__always)
    private func mayEnd(_ step: RulePatterns.Step, _ literals: UnsafeBufferPointer<UInt16>, _ unit: UInt16) -> Bool {
        step.kind == .literal ? literals[Int(step.a + step.b) - 1] == unit : classes[Int(step.a)].mayEnd(with: unit)
    }
    @inline(__always)
    private func mayStart(_ step: RulePatterns.Step, _ literals: UnsafeBufferPointer<UInt16>, _ unit: UInt16) -> Bool {
        step.kind == .literal ? literals[Int(step.a)] == unit : classes[Int(step.a)].mayStart(with: unit)
    }

    /// True when a word of one of the classes stands wholly inside the gap.
    private func holdsExcluded(_ excluded: UnsafeBufferPointer<Int32>, _ gap: Range<Int>) -> Bool {
        guard !excluded.isEmpty else { return false }
        for start in gap {
            for c in excluded where classWord(Int(c), at: start, limit: gap.upperBound) != nil { return true }
        }
        return false
    }

    /// A literal or a class word that must stand there: its first or last character can be
    /// tested before the step is matched.
    private static func isWord(_ step: RulePatterns.Step) -> Bool {
        (step.kind == .literal || step.kind == .word) && !step.optional
    }

    /// The length of a literal or class word ending at p, nil when none does; for a figure
    /// step, of the other figure's characters ending there.
    private func lengthLeft(_ step: RulePatterns.Step, _ literals: UnsafeBufferPointer<UInt16>, _ p: Int) -> Int? {
        if step.kind == .figure {
            var q = p
            while q > sentence.lowerBound, blocked[q - 1 - sentence.lowerBound] { q -= 1 }
            return q < p ? p - q : nil
        }
        if step.kind == .literal {
            let count = Int(step.b)
            guard p - count >= sentence.lowerBound, equal(literals, step, at: p - count) else { return nil }
            return count
        }
        return classWord(Int(step.a), endingAt: p, floor: sentence.lowerBound)
    }

    /// The length of the longest word of a class ending at p (and starting at or after
    /// `floor`), nil when none does or when it is part of a longer word: a noun (增加 in
    /// 增加值) or one of the class's exceptions (率 in 增长率).
    private func classWord(_ index: Int, endingAt p: Int, floor: Int) -> Int? {
        guard let (length, _) = classes[index].match(text, endingAt: p, floor: floor),
              !insideNoun(p - length..<p), !isException(index, p - length..<p) else { return nil }
        return length
    }

    /// The same, for the word starting at p and ending by `limit`.
    private func classWord(_ index: Int, at p: Int, limit: Int) -> Int? {
        guard let (length, _) = classes[index].match(text, at: p, limit: limit),
              !insideNoun(p..<(p + length)), !isException(index, p..<(p + length)) else { return nil }
        return length
    }

    /// True when an exception of the class (至少 for 少) holds the word.
    private func isException(_ index: Int, _ word: Range<Int>) -> Bool {
        guard let exceptions = exceptions[index] else { return false }
        var start = word.lowerBound
        while start >= sentence.lowerBound, word.upperBound - start <= exceptions.maximumLength {
            if let (length, _) = exceptions.match(text, at: start, limit: sentence.upperBound), start + length >= word.upperBound { return true }
            start -= 1
        }
        return false
    }

    /// Steps k, k+1, … of a pattern starting at p: where their words end.
    private func matchRight(_ pattern: Pattern, _ k: Int, _ p: Int) -> Int? {
        guard k < pattern.steps.count else { return p }
        let step = pattern.steps[k]
        if step.kind == .gap {
            let limit = Int(step.a)
            let excluded = pattern.excluded(by: step)
            let next = k + 1
            let anchor: RulePatterns.Step? = next < pattern.steps.count && Self.isWord(pattern.steps[next]) ? pattern.steps[next] : nil
            for size in 0...limit {
                let q = p + size
                if size > 0 {
                    guard q <= sentence.upperBound, !isStopper(text[q - 1], long: limit > ClaimRule.shortGap), !blocked[q - 1 - sentence.lowerBound] else { return nil }
                }
                if let anchor, q >= sentence.upperBound || !mayStart(anchor, pattern.literals, text[q]) { continue }
                if let found = matchRight(pattern, k + 1, q) { return holdsExcluded(excluded, p..<q) ? nil : found }
            }
            return nil
        }
        if let length = lengthRight(step, pattern.literals, p), let found = matchRight(pattern, k + 1, p + length) { return found }
        return step.optional ? matchRight(pattern, k + 1, p) : nil
    }

    /// The length of a literal or class word starting at p, nil when none does.
    private func lengthRight(_ step: RulePatterns.Step, _ literals: UnsafeBufferPointer<UInt16>, _ p: Int) -> Int? {
        if step.kind == .figure {
            var q = p
            while q < sentence.upperBound, blocked[q - sentence.lowerBound] { q += 1 }
            return q > p ? q - p : nil
        }
        if step.kind == .literal {
            let count = Int(step.b)
            guard p + count <= sentence.upperBound, equal(literals, step, at: p) else { return nil }
            return count
        }
        return classWord(Int(step.a), at: p, limit: sentence.upperBound)
    }

    /// True when a longer noun runs across the end of a matched word.
    private func insideNoun(_ word: Range<Int>) -> Bool {
        guard word.upperBound < sentence.upperBound else { return false }
        let start = nounStart(covering: word.upperBound)
        return start >= 0 && start <= word.lowerBound
    }

    /// Where the noun covering a position starts, -1 for none; found once per position
    /// (the rules of every quantity ask about the same few positions around it).
    private func nounStart(covering at: Int) -> Int {
        if nounStarts.isEmpty { nounStarts.append(contentsOf: repeatElement(-2, count: sentence.count)) }
        let known = nounStarts[at - sentence.lowerBound]
        if known != -2 { return Int(known) }
        let start = nouns.covers(text, at, floor: sentence.lowerBound, limit: sentence.upperBound)?.lowerBound ?? -1
        nounStarts[at - sentence.lowerBound] = Int32(start)
        return start
    }

    /// True when the step's literal stands at `start`.
    private func equal(_ literals: UnsafeBufferPointer<UInt16>, _ step: RulePatterns.Step, at start: Int) -> Bool {
        let from = Int(step.a)
        for k in 0..<Int(step.b) where text[start + k] != literals[from + k] { return false }
        return true
    }
}
