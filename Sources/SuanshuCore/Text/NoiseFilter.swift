/// Finds what reposting sites add to a release: pinyin glosses after characters
/// (進(jìn)出口) and injected spam (bet365體育在線, 莊閑和游戲app), from Grammars/noise/.
public struct NoiseFilter: Sendable {
    public enum Kind: String, Sendable {
        case pinyinGloss = "pinyin gloss"
        case spam
    }

    private let spam: WordTable<Bool>
    private var pinyinLetters: Set<UInt16> = []

    public init(grammars: GrammarFiles = .builtIn) throws {
        var spam = WordTable<Bool>.Builder()
        for entry in try Lexicon(grammars, "noise/spam.lex").entries {
            spam.insert(try workingForm(entry.word), true)
        }
        self.spam = spam.table
        for entry in try Lexicon(grammars, "noise/pinyin.lex").entries where entry.word == "letters" {
            pinyinLetters.formUnion(try workingForm(try entry.required("chars")))
        }
    }

    /// The noise in a working text, in order and not overlapping.
    public func find(in text: NormalizedText) -> [(range: Range<Int>, kind: Kind)] {
        text.utf16.withUnsafeBufferPointer { units in
            var found: [(Range<Int>, Kind)] = []
            var i = 0
            let n = units.count
            while i < n {
                let unit = units[i]
                if unit == 0x28, i > 0, isIdeograph(units[i - 1]), let end = glossEnd(units, from: i + 1) {
                    found.append((i..<end, .pinyinGloss))
                    i = end
                    continue
                }
                if let (length, _) = spam.match(units, at: i, limit: n) {
                    var start = i
                    var end = i + length
                    // Latin letters and digits glued before (bet365) and letters after (app).
                    while start > 0, isASCIIAlphanumeric(units[start - 1]) { start -= 1 }
                    while end < n, isASCIILetter(units[end]) { end += 1 }
                    if let last = found.last, last.0.upperBound > start { start = last.0.upperBound }
                    found.append((start..<end, .spam))
                    i = end
                    continue
                }
                i += 1
            }
            return found
        }
    }

    /// After "(": pinyin letters, an optional space, then ")". Returns the end past ")".
    private func glossEnd(_ units: UnsafeBufferPointer<UInt16>, from start: Int) -> Int? {
        var j = start
        while j < units.count, j - start < 8, pinyinLetters.contains(units[j]) { j += 1 }
        guard j > start else { return nil }
        if j < units.count, units[j] == 0x20 { j += 1 }
        guard j < units.count, units[j] == 0x29 else { return nil }
        return j + 1
    }

    private func isIdeograph(_ unit: UInt16) -> Bool { unit >= 0x3400 && unit <= 0x9FFF }
    private func isASCIILetter(_ unit: UInt16) -> Bool { (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x61 && unit <= 0x7A) }
    private func isASCIIAlphanumeric(_ unit: UInt16) -> Bool { isASCIILetter(unit) || (unit >= 0x30 && unit <= 0x39) }
}
