import Foundation
import Testing
@testable import SuanshuCore

/// The package root, found from this file's path, for reading Fixtures/.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

func fixtureBytes(_ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: packageRoot.appendingPathComponent("Fixtures").appendingPathComponent(name)))
}

/// One segmenter for the test process; ICU iterators are not thread-safe, so tests that
/// segment take the lock.
let sharedSegmenter = Mutex(try! Segmenter())

final class Mutex<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}

func segment(_ bytes: [UInt8], encoding: InputEncoding = .auto) throws -> SegmentedDocument {
    try sharedSegmenter.withLock { try SegmentedDocument(source: "test", bytes: bytes, encoding: encoding, segmenter: $0) }
}

func segment(_ text: String) throws -> SegmentedDocument {
    try segment(Array(text.utf8))
}

/// The substring of a string at a span of Unicode scalar offsets, computed independently
/// of the code under test.
func scalars(_ text: String, _ span: Span) -> String {
    let all = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    out.append(contentsOf: all[span.start..<span.end])
    return String(out)
}

/// Each token as (category, original text, span).
func tokenList(_ document: SegmentedDocument) -> [(TokenCategory, String, Span)] {
    document.segmentation.tokens.map { token in
        (token.category, document.text.originalString(token.range), document.text.originalSpan(token.range))
    }
}

/// An examples file of Grammars/: each "> text" line, with its line number and the lines below
/// it split into fields at two spaces or more ("#" lines and blank lines left out).
func readExamples(_ text: String) -> [(line: Int, text: String, expected: [(line: Int, fields: [String])])] {
    var examples: [(line: Int, text: String, expected: [(line: Int, fields: [String])])] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        if line.hasPrefix("> ") {
            examples.append((index + 1, String(line.dropFirst(2)), []))
        } else if !line.hasPrefix("#"), !line.trimmingCharacters(in: .whitespaces).isEmpty, !examples.isEmpty {
            let fields = line.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            examples[examples.count - 1].expected.append((index + 1, fields))
        }
    }
    return examples
}

/// A long test input, shown in the test log by its length: Swift Testing prints every
/// argument, and a 100,000-character one made lines of 400 KB.
struct Long: Sendable, CustomTestStringConvertible {
    let text: String
    init(_ text: String) { self.text = text }
    var testDescription: String { "(\(text.count) characters)" }
}

/// Cases taken a group at a time: Swift Testing names every case it starts, and a case per
/// example or fixture made a passing `swift test` print 200 KB. A failure still names its
/// example or fixture in its message.
struct Group<Element: Sendable>: Sendable, CustomTestStringConvertible {
    let elements: [Element]
    let part: Int
    let parts: Int
    var testDescription: String { "part \(part) of \(parts), \(elements.count) cases" }

    /// `all` in `parts` groups dealt in turn, so that each is a spread of the whole (the
    /// costly fixtures are not all in one).
    static func of(_ all: [Element], parts: Int) -> [Group] {
        (0..<min(parts, all.count)).map { p in
            Group(elements: stride(from: p, to: all.count, by: parts).map { all[$0] }, part: p + 1, parts: parts)
        }
    }
}

/// `body` on each case in turn, for a table run as one test or a group at a time: a case that
/// throws is recorded with the case named, and the cases after it still run. (A failed
/// `#require` has recorded itself, with its comment, already.)
func forEachCase<Element>(_ cases: some Sequence<Element>, sourceLocation: SourceLocation = #_sourceLocation,
                          _ body: (Element) throws -> Void) {
    for element in cases {
        do {
            try body(element)
        } catch is ExpectationFailedError {
        } catch {
            Issue.record(error, "case \(String(describingForTest: element))", sourceLocation: sourceLocation)
        }
    }
}
