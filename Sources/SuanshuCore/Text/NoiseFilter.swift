/// Finds what reposting sites add to a release: pinyin glosses after characters
/// (進(jìn)出口) and injected spam (bet365體育在線, 莊閑和游戲app), from Grammars/noise/.
/// A spam word is removed only where its shape says it was injected — glued to Latin
/// letters or digits, glued in front of a figure, standing alone between sentences, or in
/// a 《》/【】 title glued to a figure — and never where a metric of the lexicon starts
/// (博彩毛收入 in a Macau release is content).
public struct NoiseFilter: Sendable {
    public enum Kind: String, Sendable {
        case pinyinGloss = "pinyin gloss"
        case spam
    }

    /// Spam words; the value is true for cues that mark a bracketed title only (彩, 快三).
    private let spam: WordTable<Bool>
    /// Metric names (claims/metrics.lex): a spam word inside one is content.
    private let metrics: WordTable<Bool>
    private var pinyinLetters: Set<UInt16> = []

    public init(grammars: GrammarFiles = .builtIn) throws {
        var spam = WordTable<Bool>.Builder()
        for entry in try Lexicon(grammars, "noise/spam.lex").entries {
            spam.insert(try workingForm(entry.word), entry.flags.contains("title-cue"))
        }
        self.spam = spam.table
        var metrics = WordTable<Bool>.Builder()
        for entry in try Lexicon(grammars, "claims/metrics.lex").entries {
            metrics.insert(try workingForm(entry.word), true)
        }
        self.metrics = metrics.table
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
                if let (length, cueOnly) = spam.match(units, at: i, limit: n), !insideMetric(units, at: i, length: length) {
                    // A run of spam words (皇冠体育在线) is one.
                    var runEnd = i + length
                    var j = i + 1
                    while j <= runEnd, j < n {
                        if let (more, cue) = spam.match(units, at: j, limit: n), !cue, j + more > runEnd { runEnd = j + more }
                        j += 1
                    }
                    // Latin letters and digits glued before (bet365) and letters after (app).
                    var start = i
                    var end = runEnd
                    while start > 0, isASCIIAlphanumeric(units[start - 1]) { start -= 1 }
                    while end < n, isASCIILetter(units[end]) { end += 1 }
                    if let last = found.last, last.0.upperBound > start { start = last.0.upperBound }
                    let glued = start < i || end > runEnd || (i..<runEnd).contains { isASCIILetter(units[$0]) }
                    if let title = enclosingTitle(units, around: start..<end), title.lowerBound >= (found.last?.0.upperBound ?? 0),
                       isDigit(units, at: title.upperBound) || standsAlone(units, title) {
                        found.append((title, .spam))
                        i = title.upperBound
                        continue
                    }
                    if !cueOnly, glued || isDigit(units, at: end) || standsAlone(units, start..<end) {
                        found.append((start..<end, .spam))
                        i = end
                        continue
                    }
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

    /// True when a metric name of the lexicon starting at or shortly before `i` covers the
    /// word there (博彩毛收入, 幸运博彩).
    private func insideMetric(_ units: UnsafeBufferPointer<UInt16>, at i: Int, length: Int) -> Bool {
        for start in stride(from: i, through: max(0, i - 4), by: -1) {
            if let (metric, _) = metrics.match(units, at: start, limit: units.count), start + metric > i { return true }
        }
        return false
    }

    /// The 《…》 or 【…】 title (brackets included, at most 16 units) holding a range.
    private func enclosingTitle(_ units: UnsafeBufferPointer<UInt16>, around range: Range<Int>) -> Range<Int>? {
        let pairs: [(UInt16, UInt16)] = [(0x300A, 0x300B), (0x3010, 0x3011)]
        for (open, close) in pairs {
            var a = range.lowerBound - 1
            while a >= 0, range.lowerBound - a <= 16, units[a] != open, units[a] != close { a -= 1 }
            guard a >= 0, units[a] == open else { continue }
            var b = range.upperBound
            while b < units.count, b - a <= 16, units[b] != close, units[b] != open { b += 1 }
            guard b < units.count, units[b] == close else { continue }
            return a..<(b + 1)
        }
        return nil
    }

    /// Between the start of a line or sentence and a space or the end of a line: a run no
    /// sentence of the release holds (皇冠体育在线　贸易顺差…).
    private func standsAlone(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
        let before = range.lowerBound == 0 || [0x0A, 0x0D, 0x20, 0x3000, 0x3002, 0xFF01, 0xFF1F, 0xFF1B].contains(units[range.lowerBound - 1])
        let after = range.upperBound == units.count || [0x0A, 0x0D, 0x20, 0x3000].contains(units[range.upperBound])
        return before && after
    }

    /// An ASCII or full-width digit at `i`.
    private func isDigit(_ units: UnsafeBufferPointer<UInt16>, at i: Int) -> Bool {
        guard i < units.count else { return false }
        return (0x30...0x39).contains(units[i]) || (0xFF10...0xFF19).contains(units[i])
    }

    private func isIdeograph(_ unit: UInt16) -> Bool { unit >= 0x3400 && unit <= 0x9FFF }
    private func isASCIILetter(_ unit: UInt16) -> Bool { (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x61 && unit <= 0x7A) }
    private func isASCIIAlphanumeric(_ unit: UInt16) -> Bool { isASCIILetter(unit) || (unit >= 0x30 && unit <= 0x39) }
}
