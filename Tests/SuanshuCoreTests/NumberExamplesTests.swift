import Foundation
import Testing
@testable import SuanshuCore

/// Runs the number engine over Grammars/numbers/examples.txt: every example sentence must
/// yield exactly the quantities listed under it, with their spans, values, units,
/// qualifiers and intervals.
struct NumberExamplesTests {
    struct Expected: CustomStringConvertible {
        var text: String
        var value: String?
        var unit: String?
        var qualifier: String?
        var interval: String?
        var form = "plain"
        var rangeEnd: String?
        var notAClaim: String?
        var line: Int

        var description: String { "line \(line): \(text)" }
    }

    struct Example: CustomTestStringConvertible, Sendable {
        var sentence: String
        var line: Int
        var expected: [String]  // raw lines, parsed in the test so a bad line fails loudly
        var testDescription: String { "line \(line): \(sentence)" }
    }

    static let examples: [Example] = {
        let text = GrammarFiles.builtIn["numbers/examples.txt"] ?? ""
        var examples: [Example] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("> ") {
                examples.append(Example(sentence: String(line.dropFirst(2)), line: index + 1, expected: []))
            } else if !line.hasPrefix("#"), !line.trimmingCharacters(in: .whitespaces).isEmpty, !examples.isEmpty {
                examples[examples.count - 1].expected.append(String(line))
            }
        }
        return examples
    }()

    static func parse(_ raw: String, line: Int) -> Expected {
        // The text may hold one space (41.76 万亿元): fields are split on two or more spaces.
        let fields = raw.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var expected = Expected(text: fields[0], line: line)
        for field in fields.dropFirst() {
            if field.hasPrefix("not=") { expected.notAClaim = String(field.dropFirst(4)) }
            else if field.hasPrefix("form=") { expected.form = String(field.dropFirst(5)) }
            else if field.hasPrefix("range=") { expected.rangeEnd = String(field.dropFirst(6)) }
            else if field.hasPrefix("[") { expected.interval = field }
            else if expected.value == nil { expected.value = field }
            else if expected.unit == nil { expected.unit = field }
            else { expected.qualifier = field }
        }
        return expected
    }

    @Test func examplesAreThere() {
        #expect(Self.examples.count > 40)
    }

    @Test(arguments: Group.of(examples, parts: 4))
    func exampleGroup(_ group: Group<Example>) throws {
        for example in group.elements { try self.example(example) }
    }

    func example(_ example: Example) throws {
        let document = try segment(example.sentence)
        let engine = try NumberEngine()
        let (perSentence, _) = engine.quantities(in: document)
        let found = Array(perSentence.joined())
        let expected = example.expected.enumerated().map { Self.parse($1, line: example.line + $0 + 1) }
        #expect(found.count == expected.count,
                "line \(example.line): found \(found.map { document.text.originalString($0.range) }), expected \(expected.map(\.text))")
        var searchFrom = 0
        for (quantity, want) in zip(found, expected) {
            let text = document.text.originalString(quantity.range)
            let span = document.text.originalSpan(quantity.range)
            #expect(text == want.text, "\(want)")
            // The span is where the text next stands in the sentence.
            let scalars = Array(example.sentence.unicodeScalars)
            let needle = Array(want.text.unicodeScalars)
            var at = searchFrom
            while at + needle.count <= scalars.count, Array(scalars[at..<(at + needle.count)]) != needle { at += 1 }
            #expect(span == Span(start: at, end: at + needle.count), "\(want)")
            searchFrom = at + needle.count
            #expect(quantity.notAClaim?.rawValue == want.notAClaim, "\(want)")
            guard want.notAClaim == nil else { continue }
            #expect(quantity.value.description == want.value, "\(want)")
            #expect((quantity.unit ?? "-") == want.unit, "\(want)")
            #expect(quantity.qualifier.rawValue == want.qualifier, "\(want)")
            let interval = "[\(quantity.interval.low?.description ?? ""),\(quantity.interval.high?.description ?? "")]"
            #expect(interval == want.interval, "\(want)")
            #expect(quantity.form.rawValue == want.form, "\(want)")
            #expect(quantity.rangeEnd?.rawValue == want.rangeEnd, "\(want)")
        }
    }
}
