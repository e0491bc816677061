import Foundation
import Testing
@testable import SuanshuCore

/// Runs the extractor over Grammars/claims/examples.txt: each example must yield exactly the
/// claims listed under it, with kind, text, value, unit and the roles given.
struct ClaimExamplesTests {
    struct Example: CustomTestStringConvertible, Sendable {
        var text: String
        var line: Int
        var expected: [(line: Int, fields: [String])]
        var testDescription: String { "line \(line): \(text.prefix(30))" }
    }

    static let examples: [Example] = {
        readExamples(GrammarFiles.builtIn["claims/examples.txt"] ?? "").map { Example(text: $0.text.replacingOccurrences(of: "\\n", with: "\n"), line: $0.line, expected: $0.expected) }
    }()

    static let analyzer = Mutex(try! Analyzer())

    @Test func examplesAreThere() {
        #expect(Self.examples.count > 15)
    }

    @Test(arguments: Group.of(examples, parts: 4))
    func exampleGroup(_ group: Group<Example>) throws {
        for example in group.elements { try self.example(example) }
    }

    func example(_ example: Example) throws {
        let document = try Self.analyzer.withLock { try $0.analyze(source: "example", bytes: Array(example.text.utf8)) }
        let claims = document.claims
        let text = document.text
        #expect(claims.count == example.expected.count,
                "line \(example.line): found \(claims.map { "\($0.kind.rawValue) \(text.originalString($0.range))" })")
        for (claim, want) in zip(claims, example.expected) {
            let place = "line \(want.line)"
            #expect(claim.kind.rawValue == want.fields[0], "\(place)")
            #expect(text.originalString(claim.range) == want.fields[1], "\(place)")
            #expect(claim.value.description == want.fields[2], "\(place)")
            #expect(claim.unit == want.fields[3], "\(place)")
            for field in want.fields.dropFirst(4) {
                let parts = field.split(separator: "=", maxSplits: 1).map(String.init)
                let (key, value) = (parts[0], parts.count > 1 ? parts[1] : "")
                let actual: String? = switch key {
                case "qualifier": claim.qualifier.rawValue
                case "metric": claim.subject?.metric
                case "entity": claim.subject?.entity
                case "partner": claim.subject?.partner
                case "basis": claim.basis
                case "period": claim.period.map { "\($0.from)..\($0.to)" }
                default: "unknown key \(key)"
                }
                #expect(actual == (value == "-" ? nil : value), "\(place): \(key)")
            }
        }
    }
}
