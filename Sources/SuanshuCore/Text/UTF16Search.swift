extension Collection where Element == UInt16 {
    /// True when the units hold `word` somewhere: a search in the working text without
    /// making a String of it.
    func contains(word: [UInt16]) -> Bool {
        guard let first = word.first, count >= word.count else { return false }
        var i = startIndex
        while i != endIndex {
            if self[i] == first, self[i...].starts(with: word) { return true }
            i = index(after: i)
        }
        return false
    }
}
