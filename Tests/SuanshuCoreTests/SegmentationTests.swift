import Testing
@testable import SuanshuCore

struct SegmentationTests {
    /// A headline-and-lead of a customs write-up, in Traditional characters as in the seed.
    static let release = "1. 今年外貿總值首次突破45萬億元大關。\n據海關統計，2025年，我國外貿進出口45.47萬億元，增長3.8%。"

    @Test func numbersAndMagnitudesOfTraditionalRelease() throws {
        let document = try segment(Self.release)
        let tokens = tokenList(document)
        func find(_ text: String, after start: Int = 0) -> (TokenCategory, String, Span)? {
            tokens.first { $0.1 == text && $0.2.start >= start }
        }
        let expected: [(String, TokenCategory, Int, Int)] = [
            ("45", .number, 13, 15), ("萬", .ideographic, 15, 16), ("億", .ideographic, 16, 17),
            ("元", .ideographic, 17, 18), ("2025", .number, 28, 32), ("45.47", .number, 41, 46),
            ("萬", .ideographic, 46, 47), ("億", .ideographic, 47, 48), ("元", .ideographic, 48, 49),
            ("3.8", .number, 52, 55),
        ]
        for (text, category, start, end) in expected {
            let token = try #require(find(text, after: start), "\(text) not in \(tokens)")
            #expect(token.0 == category, "\(text)")
            #expect(token.2 == Span(start: start, end: end), "\(text)")
            #expect(scalars(Self.release, token.2) == text)
        }
    }

    @Test func sentencesSplitAtFullStopsLineBreaksAndSemicolons() throws {
        let text = "標題一行\n其中，出口26.99萬億元，增長6.1%；進口18.48萬億元，增長0.5%。主持人：下面請提問。"
        let document = try segment(text)
        let sentences = document.segmentation.sentences.map { document.text.originalString($0.range) }
        #expect(sentences == ["標題一行", "其中，出口26.99萬億元，增長6.1%；", "進口18.48萬億元，增長0.5%。", "主持人：下面請提問。"])
    }

    /// Text with no full stop is cut into sentences of bounded length that together cover
    /// it, never inside a number; a run of separated numbers ("1,2,3,…") is a list and is cut.
    @Test(arguments: [
        // (what, text, the number that must stay whole)
        ("prose", Long(String(repeating: "出口机电产品增长较快", count: 3_000)), nil),
        ("commas", Long(String(repeating: "出口增长，", count: 3_000)), nil),
        ("number at the cut", Long(String(repeating: "出", count: 1_995) + "12,345,678.90亿元" + String(repeating: "进", count: 3_000)), Long("12,345,678.90")),
        ("list of numbers", Long(String(repeating: "1,", count: 20_000)), nil),
        ("digits", Long(String(repeating: "7", count: 5_000)), Long(String(repeating: "7", count: 5_000))),
    ] as [(String, Long, Long?)])
    func longTextIsCutIntoBoundedSentences(_ what: String, _ long: Long, _ wholeText: Long?) throws {
        let document = try segment(long.text)
        let whole = wholeText?.text
        let sentences = document.segmentation.sentences.map(\.range)
        #expect(sentences.first?.lowerBound == 0, "\(what)")
        #expect(sentences.last?.upperBound == document.text.utf16.count, "\(what)")
        for (a, b) in zip(sentences, sentences.dropFirst()) { #expect(a.upperBound == b.lowerBound, "\(what)") }
        let limit = Segmenter.longestSentence + Segmenter.longestNumber
        if whole?.count ?? 0 < limit {
            #expect(sentences.allSatisfy { $0.count <= limit }, "\(what): \(sentences.map(\.count).max() ?? 0)")
        }
        if let whole {
            #expect(sentences.contains { document.text.string($0).contains(whole) }, "\(what): \(whole) was cut")
        }
    }

    /// A large text's sentences are found in two stretches at once, cut after a line break:
    /// they must be the sentences of the whole, wherever the line break falls.
    @Test(arguments: [
        ("lines", "标题一行\n其中，出口26.99万亿元，增长6.1%；进口18.48万亿元。\n主持人：下面请提问。\n"),
        ("CR LF and blank lines", "第一句。\r\n\r\n  第二句；第三句\r\n第四句。"),
        ("a long line", String(repeating: "出口机电产品增长较快", count: 500) + "\n" + String(repeating: "进口，", count: 900)),
        ("no final line break", "甲。\n乙\n丙"),
    ].map { ($0.0, Long($0.1)) })
    func stretchesCutAfterLineBreaksGiveTheSentencesOfTheWhole(_ what: String, _ long: Long) throws {
        let text = long.text
        let normalized = try NormalizedText(DecodedText.make(utf16: Array(text.utf16), encoding: "UTF-8"))
        let segmenter = try Segmenter()
        let whole = try segmenter.segment(normalized, words: false).sentences.map(\.range)
        let units = normalized.utf16
        for cut in units.indices where units[cut] == 0x0A {
            let first = try segmenter.segment(normalized, 0..<(cut + 1), words: false).sentences
            let second = try Segmenter().segment(normalized, (cut + 1)..<units.count, words: false).sentences
            #expect((first + second).map(\.range) == whole, "\(what), cut at \(cut + 1)")
        }
    }

    @Test func sentencesLeaveOutSurroundingWhitespace() throws {
        let document = try segment("  \r\n　第一句。  \r\n\r\n 第二句\r\n")
        let spans = document.segmentation.sentences.map { document.text.originalSpan($0.range) }
        #expect(spans == [Span(start: 5, end: 9), Span(start: 16, end: 19)])
    }

    @Test(arguments: [
        ("1,234.5", TokenCategory.number), ("2025", .number), ("GDP", .letter), ("增长", .ideographic),
        ("，", .punctuation), ("%", .punctuation),
    ])
    func categories(_ text: String, _ category: TokenCategory) throws {
        let document = try segment("数据 \(text) 数据")
        let token = try #require(document.segmentation.tokens.first { document.text.originalString($0.range) == text })
        #expect(token.category == category)
        #expect(document.segmentation.tokens.contains { $0.category == .whitespace })
    }
}
