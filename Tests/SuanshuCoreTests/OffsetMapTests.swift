import Foundation
import Testing
@testable import SuanshuCore

/// Spans must point at the original input whatever normalisation did to the working copy.
struct OffsetMapTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let input: String
        /// A token expected in the output: its original text and category.
        let token: String
        let category: TokenCategory
        /// Its expected span in Unicode scalar offsets.
        let start: Int
        let end: Int
        /// What the working copy says at that token.
        let working: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "full-width digits", input: "出口增长４５．４７％。", token: "４５．４７", category: .number,
             start: 4, end: 9, working: "45.47"),
        Case(name: "full-width percent after digits", input: "增长３．８％", token: "％", category: .punctuation,
             start: 5, end: 6, working: "%"),
        Case(name: "Traditional ideographs", input: "我國外貿進出口45.47萬億元", token: "進出口", category: .ideographic,
             start: 4, end: 7, working: "进出口"),
        Case(name: "Traditional magnitude", input: "我國外貿進出口45.47萬億元", token: "萬", category: .ideographic,
             start: 12, end: 13, working: "万"),
        Case(name: "emoji before a number", input: "😀😀出口26.99万亿元", token: "26.99", category: .number,
             start: 4, end: 9, working: "26.99"),
        Case(name: "CJK Extension B before a number", input: "𠀀𠀁𠀂增长6.1%", token: "6.1", category: .number,
             start: 5, end: 8, working: "6.1"),
        Case(name: "Extension B character itself", input: "名稱𠀀有限公司", token: "𠀀", category: .ideographic,
             start: 2, end: 3, working: "𠀀"),
        Case(name: "CRLF line breaks", input: "第一行。\r\n進口18.48萬億元\r\n", token: "18.48", category: .number,
             start: 8, end: 13, working: "18.48"),
        Case(name: "lone CR line breaks", input: "標題\r進口18.48萬億元\r", token: "18.48", category: .number,
             start: 5, end: 10, working: "18.48"),
        Case(name: "ideographic space", input: "　　出口16.03万亿元", token: "16.03", category: .number,
             start: 4, end: 9, working: "16.03"),
        Case(name: "circled digit left out", input: "見①號", token: "號", category: .ideographic,
             start: 2, end: 3, working: "号"),
        Case(name: "square unit expands to two units", input: "面積20㎡", token: "20㎡", category: .number,
             start: 2, end: 5, working: "20m2"),
    ]

    @Test func tokenSpanPointsAtOriginal() {
        forEachCase(Self.cases) { try tokenSpanPointsAtOriginal($0) }
    }

    func tokenSpanPointsAtOriginal(_ c: Case) throws {
        let document = try segment(c.input)
        let found = document.segmentation.tokens.filter { document.text.originalString($0.range) == c.token }
        let token = try #require(found.first, "\(c.name): no token \(c.token) in \(tokenList(document))")
        let span = document.text.originalSpan(token.range)
        #expect(span == Span(start: c.start, end: c.end), "\(c.name)")
        #expect(scalars(c.input, span) == c.token, "\(c.name)")
        #expect(token.category == c.category, "\(c.name)")
        #expect(document.text.string(token.range) == c.working, "\(c.name)")
    }

    /// Every token and sentence of every case maps back to exactly its original text, and
    /// tokens never overlap.
    @Test func everySpanRoundTrips() {
        forEachCase(Self.cases) { try everySpanRoundTrips($0) }
    }

    func everySpanRoundTrips(_ c: Case) throws {
        let document = try segment(c.input)
        var previousEnd = 0
        for token in document.segmentation.tokens {
            let span = document.text.originalSpan(token.range)
            #expect(scalars(c.input, span) == document.text.originalString(token.range), "\(c.name)")
            #expect(span.start >= previousEnd, "\(c.name)")
            previousEnd = span.end
        }
        for sentence in document.segmentation.sentences {
            let span = document.text.originalSpan(sentence.range)
            #expect(scalars(c.input, span) == document.text.originalString(sentence.range), "\(c.name)")
        }
    }

    /// Full-width ASCII and the ideographic space take a shortcut past ICU: the working text
    /// is still NFKC (Foundation's compatibility mapping as the oracle), alone, in runs and
    /// before a combining mark, and each unit keeps its own origin.
    @Test func fullWidthFormsAreTheirNFKC() throws {
        var forms = (0xFF01...0xFF5E).map { Character(Unicode.Scalar($0)!) }
        forms.append("\u{3000}")
        for form in forms {
            for text in ["出口\(form)增长", "\(form)\(form)", "出口\(form)\u{0301}增长"] {
                let normalized = try NormalizedText(DecodedText.make(utf16: Array(text.utf16), encoding: "UTF-16"))
                let expected = text.precomposedStringWithCompatibilityMapping
                #expect(String(decoding: normalized.utf16, as: UTF16.self) == expected, "\(text)")
            }
            let normalized = try NormalizedText(DecodedText.make(utf16: Array("出口\(form)增长".utf16), encoding: "UTF-16"))
            #expect(normalized.originalSpan(2..<3) == Span(start: 2, end: 3), "\(form)")
        }
    }

    /// A text of over a million units is normalised in two halves: the same units and
    /// origins as line by line.
    @Test func largeTextNormalisedInHalvesAsLineByLine() throws {
        let lines = ["出口增长３．８％，國際貿易", "進出口45.47萬億元\u{01}😀", "㎡面积　约", "e\u{0301}x"]
        var text: [String] = []
        var units = 0
        while units <= NormalizedText.twoHalvesFrom + 1000 {
            let line = lines[text.count % lines.count]
            text.append(line)
            units += line.utf16.count + 1
        }
        let whole = try NormalizedText(DecodedText.make(utf16: Array(text.joined(separator: "\n").utf16), encoding: "UTF-16"))
        var expected: [UInt16] = []
        var origins: [(String, Int)] = []  // each working unit's original text, sampled
        for (k, line) in text.enumerated() {
            if k > 0 { expected.append(0x0A) }
            let alone = try NormalizedText(DecodedText.make(utf16: Array(line.utf16), encoding: "UTF-16"))
            if k % 97 == 0 {
                for i in alone.utf16.indices { origins.append((alone.originalString(i..<(i + 1)), expected.count + i)) }
            }
            expected += alone.utf16
        }
        #expect(whole.utf16 == expected)
        for (original, at) in origins {
            #expect(whole.originalString(at..<(at + 1)) == original, "unit \(at)")
        }
    }

    @Test func invalidUTF8BecomesReplacementWithByteOffset() throws {
        // "出口" then a stray 0xFF, then a truncated 3-byte sequence, then "26.99万亿元".
        let bytes: [UInt8] = Array("出口".utf8) + [0xFF] + [0xE4, 0xB8] + Array("26.99万亿元".utf8)
        let document = try segment(bytes)
        let text = "出口\u{FFFD}\u{FFFD}26.99万亿元"
        #expect(document.original.string(utf16: 0..<document.original.utf16.count) == text)
        let number = try #require(document.segmentation.tokens.first { $0.category == .number })
        #expect(document.text.originalSpan(number.range) == Span(start: 4, end: 9))
        let diagnostics = document.diagnostics.filter { $0.code == "invalid-utf8" }
        #expect(diagnostics.count == 2)
        #expect(diagnostics[0].span == Span(start: 2, end: 3))
        #expect(diagnostics[0].message.contains("byte offset 6"))
        #expect(diagnostics[1].span == Span(start: 3, end: 4))
        #expect(diagnostics[1].message.contains("byte offset 7"))
    }

    @Test func byteOrderMarkKeepsItsOffsetButIsNotAnalysed() throws {
        let document = try segment([0xEF, 0xBB, 0xBF] + Array("出口45亿元".utf8))
        #expect(document.original.byteOrderMarkLength == 1)
        let first = try #require(document.segmentation.tokens.first)
        #expect(document.text.originalString(first.range) == "出口")
        #expect(document.text.originalSpan(first.range) == Span(start: 1, end: 3))
    }
}
