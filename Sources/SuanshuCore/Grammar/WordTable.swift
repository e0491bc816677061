/// Words of a lexicon in the working text's form (NFKC, Simplified), for matching at a
/// position in UTF-16 text without building strings.
struct WordTable<Value: Sendable>: Sendable {
    private var byFirst: [UInt16: [([UInt16], Value)]] = [:]
    private var byLast: [UInt16: [([UInt16], Value)]] = [:]
    private(set) var words: [[UInt16]] = []
    private var maximumLength = 0
    /// Which code units begin or end a word: most positions of a text fail here, before
    /// any hashing.
    private var firstUnits = UnitSet()
    private var lastUnits = UnitSet()

    init() {}

    mutating func insert(_ word: [UInt16], _ value: Value) {
        guard let first = word.first, let last = word.last else { return }
        byFirst[first, default: []].append((word, value))
        byFirst[first]!.sort { $0.0.count > $1.0.count }
        byLast[last, default: []].append((word, value))
        byLast[last]!.sort { $0.0.count > $1.0.count }
        words.append(word)
        maximumLength = max(maximumLength, word.count)
        firstUnits.insert(first)
        lastUnits.insert(last)
    }

    /// The longest word starting at `start` and ending by `limit`.
    func match(_ text: UnsafeBufferPointer<UInt16>, at start: Int, limit: Int) -> (length: Int, value: Value)? {
        guard start < limit, firstUnits.contains(text[start]), let candidates = byFirst[text[start]] else { return nil }
        for (word, value) in candidates where start + word.count <= limit {
            if matches(word, text, start) { return (word.count, value) }
        }
        return nil
    }

    /// The longest word ending at `end` and starting at or after `floor`.
    func match(_ text: UnsafeBufferPointer<UInt16>, endingAt end: Int, floor: Int) -> (length: Int, value: Value)? {
        guard end > floor, lastUnits.contains(text[end - 1]), let candidates = byLast[text[end - 1]] else { return nil }
        for (word, value) in candidates where end - word.count >= floor {
            if matches(word, text, end - word.count) { return (word.count, value) }
        }
        return nil
    }

    /// Every word that covers position `at` (starting at most `maximumLength` before it).
    func covers(_ text: UnsafeBufferPointer<UInt16>, _ at: Int, floor: Int, limit: Int) -> Range<Int>? {
        var start = at
        while start >= floor, at - start < maximumLength {
            if firstUnits.contains(text[start]), let candidates = byFirst[text[start]] {
                for (word, _) in candidates where start + word.count > at && start + word.count <= limit {
                    if matches(word, text, start) { return start..<(start + word.count) }
                }
            }
            start -= 1
        }
        return nil
    }

    private func matches(_ word: [UInt16], _ text: UnsafeBufferPointer<UInt16>, _ start: Int) -> Bool {
        for (k, unit) in word.enumerated() where text[start + k] != unit { return false }
        return true
    }
}

/// A set of UTF-16 code units as 65,536 bits.
struct UnitSet: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)

    mutating func insert(_ unit: UInt16) { bits[Int(unit >> 6)] |= 1 << UInt64(unit & 63) }

    @inline(__always)
    func contains(_ unit: UInt16) -> Bool { bits[Int(unit >> 6)] & (1 << UInt64(unit & 63)) != 0 }
}

/// A lexicon word in the form the working text has it, so Traditional or full-width
/// entries match too.
func workingForm(_ word: String) throws(ICUError) -> [UInt16] {
    try NormalizedText(DecodedText.make(utf16: Array(word.utf16), encoding: "UTF-16")).utf16
}
