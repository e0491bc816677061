import CICU

/// Splits a working text into sentences and word tokens with ICU.
///
/// ICU's sentence break splits at 。！？ and line breaks; briefings and long enumerations
/// also need clauses, so a sentence is split again after ；. Surrounding whitespace is left
/// out of sentences. Words come from ICU's dictionary word break run per sentence. Not
/// thread-safe (it owns ICU iterators): one segmenter per thread.
public final class Segmenter {
    private let sentenceBreak: BreakIterator
    private let wordBreak: BreakIterator

    public init() throws(ICUError) {
        sentenceBreak = try BreakIterator(.sentence)
        wordBreak = try BreakIterator(.word)
    }

    /// Sentences, and with `words` their word tokens. The claim layer reads characters, not
    /// tokens, so extraction skips word break: it is the slowest stage.
    public func segment(_ text: NormalizedText, words wantWords: Bool = true) throws(ICUError) -> Segmentation {
        try segment(text, 0..<text.utf16.count, words: wantWords)
    }

    /// The sentences of one stretch of the text that starts after a line break (or at the
    /// start), with their offsets in the whole text: ICU always breaks after a line break,
    /// so stretches cut there give the sentences of the whole.
    func segment(_ text: NormalizedText, _ stretch: Range<Int>, words wantWords: Bool = true) throws(ICUError) -> Segmentation {
        var result = Segmentation()
        if wantWords { result.tokens.reserveCapacity(stretch.count / 2) }
        try text.utf16.withUnsafeBufferPointer { (units) throws(ICUError) in
            var pieceStart = stretch.lowerBound
            try sentenceBreak.forEachBoundary(in: UnsafeBufferPointer(rebasing: units[stretch])) { boundary, _ in
                let boundary = stretch.lowerBound + Int(boundary)
                // 六二四．八亿: a point between Chinese digits is a decimal point, not a full stop.
                if boundary < stretch.upperBound, boundary - 2 >= pieceStart, units[boundary - 1] == 0x2E,
                   isChineseDigit(units[boundary - 2]), isChineseDigit(units[boundary]) { return }
                var from = pieceStart
                // Clauses end after a semicolon (；is ; once normalised).
                for i in pieceStart..<boundary where units[i] == 0x3B {
                    appendSentence(from..<(i + 1), units, &result)
                    from = i + 1
                }
                appendSentence(from..<boundary, units, &result)
                pieceStart = boundary
            }
            for index in result.sentences.indices where wantWords {
                let sentence = result.sentences[index]
                let first = result.tokens.count
                try words(in: sentence.range, units, &result.tokens)
                result.sentences[index].tokens = first..<result.tokens.count
            }
        }
        return result
    }

    /// The longest a sentence may be (UTF-16 units). Text with no full stop for megabytes
    /// is cut into pieces (after a comma where there is one), so that nothing above works on
    /// an unbounded sentence.
    static let longestSentence = 2000

    private func appendSentence(_ range: Range<Int>, _ units: UnsafeBufferPointer<UInt16>,
                                _ result: inout Segmentation) {
        var start = range.lowerBound
        while range.upperBound - start > Self.longestSentence {
            var cut = start + Self.longestSentence
            var k = cut
            while k > start + Self.longestSentence / 2, units[k - 1] != 0x2C, units[k - 1] != 0x20 { k -= 1 }
            if k > start + Self.longestSentence / 2 { cut = k }
            // Never inside a number (a run of digits runs on to its end, however long) nor
            // between the halves of a surrogate pair. Past `longestNumber` a separator ends
            // the run: "1,2,3,…" for a megabyte is a list, not one number.
            let run = cut
            while cut < range.upperBound, isNumberPart(units[cut - 1]), isNumberPart(units[cut]),
                  cut - run < Self.longestNumber || (isDigit(units[cut - 1]) && isDigit(units[cut])) { cut += 1 }
            if cut < range.upperBound, units[cut - 1] & 0xFC00 == 0xD800 { cut += 1 }
            appendPiece(start..<cut, units, &result)
            start = cut
        }
        appendPiece(start..<range.upperBound, units, &result)
    }

    /// How far a cut may move on over separators to keep a number whole.
    static let longestNumber = 64

    private func isDigit(_ unit: UInt16) -> Bool { unit >= 0x30 && unit <= 0x39 }

    /// 〇 零 一 … 九 as the working text has them (ICU reads them as letters, so a point
    /// between two of them ends a sentence for it).
    private static let chineseDigits: Set<UInt16> = Set("〇零一二三四五六七八九两".utf16)

    private func isChineseDigit(_ unit: UInt16) -> Bool { Self.chineseDigits.contains(unit) }

    private func isNumberPart(_ unit: UInt16) -> Bool {
        (unit >= 0x30 && unit <= 0x39) || unit == 0x2E || unit == 0x2C
    }

    private func appendPiece(_ range: Range<Int>, _ units: UnsafeBufferPointer<UInt16>,
                             _ result: inout Segmentation) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isSpace(units[lower]) { lower += 1 }
        while upper > lower, isSpace(units[upper - 1]) { upper -= 1 }
        guard lower < upper else { return }
        result.sentences.append(Sentence(start: Int32(lower), end: Int32(upper), tokens: 0..<0))
    }

    private func words(in range: Range<Int>, _ units: UnsafeBufferPointer<UInt16>,
                       _ tokens: inout [Token]) throws(ICUError) {
        let slice = UnsafeBufferPointer(rebasing: units[range])
        let base = Int32(range.lowerBound)
        var start: Int32 = 0
        try wordBreak.forEachBoundary(in: slice) { boundary, status in
            let category = Self.category(status: status, first: slice[Int(start)])
            tokens.append(Token(start: base + start, end: base + boundary, category: category))
            start = boundary
        }
    }

    static func category(status: Int32, first: UInt16) -> TokenCategory {
        switch status {
        case ..<Int32(SX_WORD_NONE_LIMIT): isSpace(first) ? .whitespace : .punctuation
        case ..<Int32(SX_WORD_NUMBER_LIMIT): .number
        case ..<Int32(SX_WORD_KANA_LIMIT): .letter
        case ..<Int32(SX_WORD_IDEO_LIMIT): .ideographic
        default: .letter
        }
    }
}

/// White space as the working text has it: NFKC turned U+3000 and other wide spaces into
/// U+0020 already.
@inline(__always)
func isSpace(_ unit: UInt16) -> Bool {
    switch unit {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
        true
    default:
        false
    }
}
