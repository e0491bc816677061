/// Words of a lexicon in the working text's form (NFKC, Simplified), for matching at a
/// position in UTF-16 text without building strings.
///
/// Lookups hash nothing: a bit set of 65,536 code units says whether any word starts (or
/// ends) with a unit, and its rank among the set units finds that unit's words, kept in
/// flat arrays. The matchers of every stage ask this at almost every position of a text.
struct WordTable<Value: Sendable>: Sendable {
    /// The tables behind one reference: a word table is handed to every matcher, and a
    /// copy is then one retain, not one per array.
    private final class Tables: Sendable {
        let words: [[UInt16]]
        let values: [Value]
        /// Every word's units one after another; word k is at `starts[k]`.
        let units: [UInt16]
        let starts: [Int]
        let lengths: [Int]
        let byFirst: UnitIndex
        let byLast: UnitIndex
        let maximumLength: Int

        init(words: [[UInt16]], values: [Value]) {
            self.words = words
            self.values = values
            var units: [UInt16] = []
            var starts: [Int] = []
            var byFirst = UnitIndex()
            var byLast = UnitIndex()
            let lengths = words.map(\.count)
            for word in words {
                starts.append(units.count)
                units += word
            }
            byFirst.index(keys: words.map { $0.first! }, lengths: lengths)
            byLast.index(keys: words.map { $0.last! }, lengths: lengths)
            self.units = units
            self.starts = starts
            self.lengths = lengths
            self.byFirst = byFirst
            self.byLast = byLast
            maximumLength = lengths.max() ?? 0
        }
    }

    private let tables: Tables

    /// The length of the longest word.
    var maximumLength: Int { tables.maximumLength }

    /// Whether some word starts (ends) with this unit: a test of one bit.
    @inline(__always)
    func mayStart(with unit: UInt16) -> Bool { tables.byFirst.keys.contains(unit) }
    @inline(__always)
    func mayEnd(with unit: UInt16) -> Bool { tables.byLast.keys.contains(unit) }

    /// The tables of some words, made once (a lexicon of hundreds of words made again at
    /// every word cost more than all else at start-up).
    init(words: [[UInt16]], values: [Value]) { tables = Tables(words: words, values: values) }

    /// Collects a lexicon's words, then makes the table of them.
    struct Builder {
        private var words: [[UInt16]] = []
        private var values: [Value] = []

        mutating func insert(_ word: [UInt16], _ value: Value) {
            guard !word.isEmpty else { return }
            words.append(word)
            values.append(value)
        }

        var table: WordTable { WordTable(words: words, values: values) }
    }

    /// The longest word starting at `start` and ending by `limit`.
    @inline(__always)
    func match(_ text: UnsafeBufferPointer<UInt16>, at start: Int, limit: Int) -> (length: Int, value: Value)? {
        let tables = tables
        guard start < limit, let candidates = tables.byFirst.candidates(text[start]) else { return nil }
        for k in candidates {
            let entry = tables.byFirst.order[k]
            let length = tables.lengths[entry]
            if start + length <= limit, Self.matches(tables, entry, text, start, length) { return (length, tables.values[entry]) }
        }
        return nil
    }

    /// Whether a word of the table (one whose value passes `accept`) starts anywhere in
    /// `range`, and ends within it.
    func occurs(in text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, where accept: (Value) -> Bool = { _ in true }) -> Bool {
        for i in range { if let (_, value) = match(text, at: i, limit: range.upperBound), accept(value) { return true } }
        return false
    }

    /// The longest word ending at `end` and starting at or after `floor`.
    @inline(__always)
    func match(_ text: UnsafeBufferPointer<UInt16>, endingAt end: Int, floor: Int) -> (length: Int, value: Value)? {
        let tables = tables
        guard end > floor, let candidates = tables.byLast.candidates(text[end - 1]) else { return nil }
        for k in candidates {
            let entry = tables.byLast.order[k]
            let length = tables.lengths[entry]
            if end - length >= floor, Self.matches(tables, entry, text, end - length, length) { return (length, tables.values[entry]) }
        }
        return nil
    }

    /// Every word that covers position `at` (starting at most `maximumLength` before it).
    func covers(_ text: UnsafeBufferPointer<UInt16>, _ at: Int, floor: Int, limit: Int) -> Range<Int>? {
        let tables = tables
        var start = at
        while start >= floor, at - start < tables.maximumLength {
            if let candidates = tables.byFirst.candidates(text[start]) {
                for k in candidates {
                    let entry = tables.byFirst.order[k]
                    let length = tables.lengths[entry]
                    if start + length > at, start + length <= limit, Self.matches(tables, entry, text, start, length) { return start..<(start + length) }
                }
            }
            start -= 1
        }
        return nil
    }

    @inline(__always)
    private static func matches(_ tables: Tables, _ entry: Int, _ text: UnsafeBufferPointer<UInt16>, _ start: Int, _ length: Int) -> Bool {
        tables.units.withUnsafeBufferPointer { units in
            let from = tables.starts[entry]
            for k in 0..<length where text[start + k] != units[from + k] { return false }
            return true
        }
    }
}

/// The words that start (or end) with each code unit, longest first, found by the unit's
/// rank in a bit set: no hashing on lookup.
struct UnitIndex: Sendable {
    private(set) var keys = UnitSet()
    /// How many keys the 64-unit blocks before each block hold.
    private var keysBefore = [Int32](repeating: 0, count: 1025)
    /// The words of the key of rank r are `order[listStart[r]..<listStart[r + 1]]`.
    private var listStart: [Int] = [0]
    private(set) var order: [Int] = []

    /// Indexes words by their keys (first or last units), given their lengths.
    mutating func index(keys keyOf: [UInt16], lengths: [Int]) {
        for key in keyOf { keys.insert(key) }
        var total: Int32 = 0
        for block in 0..<1024 {
            keysBefore[block] = total
            total += Int32(keys.block(block).nonzeroBitCount)
        }
        keysBefore[1024] = total
        // Words by key rank, then longest first, then in the order given (the ranks worked
        // out once, not in every comparison of the sort).
        let ranks = keyOf.map(rank)
        order = keyOf.indices.sorted { a, b in
            if ranks[a] != ranks[b] { return ranks[a] < ranks[b] }
            if lengths[a] != lengths[b] { return lengths[a] > lengths[b] }
            return a < b
        }
        listStart = [Int](repeating: 0, count: Int(total) + 1)
        for entry in order { listStart[ranks[entry] + 1] += 1 }
        for r in 0..<Int(total) { listStart[r + 1] += listStart[r] }
    }

    /// Positions in `order` of the words keyed by `unit`, or nil when there are none.
    @inline(__always)
    func candidates(_ unit: UInt16) -> Range<Int>? {
        guard keys.contains(unit) else { return nil }
        let r = rank(unit)
        return listStart[r]..<listStart[r + 1]
    }

    @inline(__always)
    private func rank(_ unit: UInt16) -> Int {
        let block = Int(unit >> 6)
        let below = keys.block(block) & ((1 << UInt64(unit & 63)) &- 1)
        return Int(keysBefore[block]) + below.nonzeroBitCount
    }
}

/// A set of UTF-16 code units as 65,536 bits: a test is one load, not a hash (the
/// resolver tests a character this way at every position it reads back over).
struct UnitSet: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)

    mutating func insert(_ unit: UInt16) { bits[Int(unit >> 6)] |= 1 << UInt64(unit & 63) }

    mutating func formUnion(_ units: some Sequence<UInt16>) { for unit in units { insert(unit) } }

    @inline(__always)
    func contains(_ unit: UInt16) -> Bool { bits[Int(unit >> 6)] & (1 << UInt64(unit & 63)) != 0 }

    /// The 64 bits of units `64 * index ..< 64 * (index + 1)`.
    @inline(__always)
    func block(_ index: Int) -> UInt64 { bits[index] }
}

/// A lexicon word in the form the working text has it, so Traditional or full-width
/// entries match too.
func workingForm(_ word: String) throws(ICUError) -> [UInt16] {
    try NormalizedText(DecodedText.make(utf16: Array(word.utf16), encoding: "UTF-16")).utf16
}
