import Foundation
import Testing
@testable import SuanshuCore

/// Runs the checker over Grammars/checks/examples/*.txt: short documents, each with the checks
/// it must give (relation, verdict, link strength, the claims' texts in order) and the links
/// it must not make.
struct CheckExamplesTests {
    struct Example: CustomTestStringConvertible, Sendable {
        var file: String
        var line: Int
        var text: String
        var expected: [(line: Int, fields: [String])]
        var testDescription: String { "\(file):\(line)" }
    }

    /// `> document` (a literal \n is a line break), then one line per expectation:
    ///   RELATION  VERDICT  STRENGTH  CLAIM-TEXT  CLAIM-TEXT …   a check that must be there
    ///   none  RELATION  [CLAIM-TEXT …]                          no check of RELATION (* for any)
    ///                                                           among these claims
    ///   calm                                                    no inconsistent check at all
    /// Fields are separated by two spaces or more; CLAIM-TEXT#2 is the second claim of that text.
    static let examples: [Example] = {
        GrammarFiles.builtIn.files.sorted(by: { $0.key < $1.key }).filter { $0.key.hasPrefix("checks/examples/") }.flatMap { file, text in
            readExamples(text).map { Example(file: file, line: $0.line, text: $0.text.replacingOccurrences(of: "\\n", with: "\n"), expected: $0.expected) }
        }
    }()

    static let analyzer = Mutex(try! Analyzer())

    /// Every relation family has at least 10 documents that must give it and 5 that must not.
    @Test func everyFamilyHasItsExamples() {
        var positive: [String: Int] = [:], negative: [String: Int] = [:]
        for example in Self.examples {
            let family = String(example.file.dropFirst("checks/examples/".count).prefix { $0 != "." })
            if example.expected.contains(where: { $0.fields.first == family }) { positive[family, default: 0] += 1 }
            if example.expected.contains(where: { $0.fields.first == "none" || $0.fields.first == "calm" }) { negative[family, default: 0] += 1 }
        }
        #expect(!positive.isEmpty)
        for family in Set(positive.keys).union(negative.keys).sorted() {
            #expect(positive[family, default: 0] >= 10, "\(family): \(positive[family, default: 0]) positive examples")
            #expect(negative[family, default: 0] >= 5, "\(family): \(negative[family, default: 0]) negative examples")
        }
    }

    @Test(arguments: Group.of(examples, parts: 4))
    func exampleGroup(_ group: Group<Example>) throws {
        for example in group.elements { try self.example(example) }
    }

    func example(_ example: Example) throws {
        let document = try Self.analyzer.withLock { try $0.analyze(source: "example", bytes: Array(example.text.utf8)) }
        let text = document.text
        // Claim ids by their text (and its occurrence: 5.3%#2).
        var ids: [String: String] = [:]
        var seen: [String: Int] = [:]
        for claim in document.claims {
            let written = text.originalString(claim.range)
            seen[written, default: 0] += 1
            ids[seen[written]! == 1 ? written : "\(written)#\(seen[written]!)"] = claim.id
        }
        let described = document.checks.map { check in
            "\(check.relation) \(check.verdict.rawValue) \(check.link.strength.rawValue) "
                + check.claims.map { id in document.claims.first { $0.id == id }.map { text.originalString($0.range) } ?? id }.joined(separator: " ")
        }
        for (line, fields) in example.expected {
            let place = "\(example.file):\(line)"
            switch fields[0] {
            case "calm":
                #expect(!document.checks.contains { $0.verdict == .inconsistent }, "\(place): \(described)")
            case "none":
                let relation = fields.count > 1 ? fields[1] : "*"
                let claims = try fields.dropFirst(2).map { try #require(ids[$0], "\(place): no claim \($0) in \(ids.keys.sorted())") }
                let offending = document.checks.filter { check in
                    (relation == "*" || check.relation == relation) && claims.allSatisfy(check.claims.contains)
                }
                #expect(offending.isEmpty, "\(place): \(described)")
            default:
                try #require(fields.count >= 4, "\(place): RELATION VERDICT STRENGTH CLAIM…")
                let claims = try fields.dropFirst(3).map { try #require(ids[$0], "\(place): no claim \($0) in \(ids.keys.sorted())") }
                let match = document.checks.contains { check in
                    check.relation == fields[0] && check.verdict.rawValue == fields[1] && check.link.strength.rawValue == fields[2]
                        && check.claims == claims
                }
                #expect(match, "\(place): found \(described)")
            }
        }
    }
}
