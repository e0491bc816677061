/// Words of a lexicon in the working text's form (NFKC, Simplified), for matching at a
/// position in UTF-16 text without building strings.
///
/// Lookups hash nothing: a bit set of 65,536 code units says whether any word starts (or
/// ends) with a unit, and its rank among the set units finds that unit's words, kept in
/// flat arrays. The matchers of every stage ask this at almost every position of a text.
struct WordTable<Value: Sendable>: Sendable {
    private(set) var words: [[UInt16]] = []
    private var values: [Value] = []
    /// Every word's units one after another; word k is at `starts[k]`.
    private var units: [UInt16] = []
    private var starts: [Int] = []
    private var byFirst = UnitIndex()
    private var byLast = UnitIndex()
    private var maximumLength = 0

    init() {}

    mutating func insert(_ word: [UInt16], _ value: Value) {
        guard let first = word.first, let last = word.last else { return }
        starts.append(units.count)
        units += word
        words.append(word)
        values.append(value)
        maximumLength = max(maximumLength, word.count)
        // Lexicons hold tens of words: the index is simply made again.
        let lengths = words.map(\.count)
        byFirst.insert(first, lengths: lengths)
        byLast.insert(last, lengths: lengths)
    }

    /// The longest word starting at `start` and ending by `limit`.
    @inline(__always)
    func match(_ text: UnsafeBufferPointer<UInt16>, at start: Int, limit: Int) -> (length: Int, value: Value)? {
        guard start < limit, let candidates = byFirst.candidates(text[start]) else { return nil }
        for k in candidates {
            let entry = byFirst.order[k]
            let length = words[entry].count
            if start + length <= limit, matches(entry, text, start, length) { return (length, values[entry]) }
        }
        return nil
    }

    /// The longest word ending at `end` and starting at or after `floor`.
    @inline(__always)
    func match(_ text: UnsafeBufferPointer<UInt16>, endingAt end: Int, floor: Int) -> (length: Int, value: Value)? {
        guard end > floor, let candidates = byLast.candidates(text[end - 1]) else { return nil }
        for k in candidates {
            let entry = byLast.order[k]
            let length = words[entry].count
            if end - length >= floor, matches(entry, text, end - length, length) { return (length, values[entry]) }
        }
        return nil
    }

    /// Every word that covers position `at` (starting at most `maximumLength` before it).
    func covers(_ text: UnsafeBufferPointer<UInt16>, _ at: Int, floor: Int, limit: Int) -> Range<Int>? {
        var start = at
        while start >= floor, at - start < maximumLength {
            if let candidates = byFirst.candidates(text[start]) {
                for k in candidates {
                    let entry = byFirst.order[k]
                    let length = words[entry].count
                    if start + length > at, start + length <= limit, matches(entry, text, start, length) { return start..<(start + length) }
                }
            }
            start -= 1
        }
        return nil
    }

    @inline(__always)
    private func matches(_ entry: Int, _ text: UnsafeBufferPointer<UInt16>, _ start: Int, _ length: Int) -> Bool {
        units.withUnsafeBufferPointer { units in
            let from = starts[entry]
            for k in 0..<length where text[start + k] != units[from + k] { return false }
            return true
        }
    }
}

/// The words that start (or end) with each code unit, longest first, found by the unit's
/// rank in a bit set: no hashing on lookup.
struct UnitIndex: Sendable {
    private var keys = UnitSet()
    /// How many keys the 64-unit blocks before each block hold.
    private var keysBefore = [Int32](repeating: 0, count: 1025)
    /// The words of the key of rank r are `order[listStart[r]..<listStart[r + 1]]`.
    private var listStart: [Int] = [0]
    private(set) var order: [Int] = []
    /// Each word's key, by word number.
    private var keyOf: [UInt16] = []

    /// Adds the newest word (number `lengths.count - 1`), keyed by `unit`.
    mutating func insert(_ unit: UInt16, lengths: [Int]) {
        keyOf.append(unit)
        keys.insert(unit)
        var total: Int32 = 0
        for block in 0..<1024 {
            keysBefore[block] = total
            total += Int32(keys.block(block).nonzeroBitCount)
        }
        keysBefore[1024] = total
        // Words by key rank, then longest first, then in the order given.
        order = keyOf.indices.sorted { a, b in
            let (ra, rb) = (rank(keyOf[a]), rank(keyOf[b]))
            if ra != rb { return ra < rb }
            if lengths[a] != lengths[b] { return lengths[a] > lengths[b] }
            return a < b
        }
        listStart = [Int](repeating: 0, count: Int(total) + 1)
        for entry in order { listStart[rank(keyOf[entry]) + 1] += 1 }
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

/// A set of UTF-16 code units as 65,536 bits.
struct UnitSet: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)

    mutating func insert(_ unit: UInt16) { bits[Int(unit >> 6)] |= 1 << UInt64(unit & 63) }

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
