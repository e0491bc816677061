extension Array where Element == UInt16 {
    /// Where a text in `range` is cut in two for two threads: after the first line break
    /// from its middle on, which no stage reads across; nil when there is none before the end.
    func halvesCut(in range: Range<Int>) -> Int? {
        guard let lineBreak = self[(range.lowerBound + range.count / 2)..<range.upperBound].firstIndex(of: 0x0A),
              lineBreak + 1 < range.upperBound else { return nil }
        return lineBreak + 1
    }
}

extension Collection where Element == UInt16 {
    /// True when the units hold `word` somewhere: a search in the working text without
    /// making a String of it.
    func contains(word: [UInt16]) -> Bool { range(of: word) != nil }

    /// Where `word` first stands in the units: the generic `firstRange(of:)` looks up type
    /// metadata on every call, and the checker asks once per share.
    func range(of word: [UInt16]) -> Range<Index>? {
        guard let first = word.first, count >= word.count else { return nil }
        var i = startIndex
        while i != endIndex {
            if self[i] == first, self[i...].starts(with: word) { return i..<index(i, offsetBy: word.count) }
            i = index(after: i)
        }
        return nil
    }
}

extension String.UTF16View {
    /// `contains(word:)` of a String's units: they are read once, in order, into a buffer and
    /// searched there (the generic search indexes the view unit by unit, transcoding the
    /// UTF-8 each time, and counts it first; names are searched once per claim).
    func contains(word: [UInt16]) -> Bool {
        guard !word.isEmpty else { return false }
        // A string has at most as many UTF-16 units as UTF-8 bytes.
        return withUnsafeTemporaryAllocation(of: UInt16.self, capacity: Swift.max(1, String(self).utf8.count)) { buffer in
            var n = 0
            for unit in self {
                buffer[n] = unit
                n += 1
            }
            return UnsafeBufferPointer(rebasing: buffer[..<n]).contains(word: word)
        }
    }
}
