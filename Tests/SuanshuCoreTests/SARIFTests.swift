import Foundation
import Testing
@testable import SuanshuCore

/// The SARIF report against the structure SARIF 2.1.0 requires, and its regions against the
/// text they point at.
struct SARIFTests {
    /// What the SARIF 2.1.0 schema requires of the parts the report uses.
    static let schema = #"""
    {
      "type": "object",
      "required": ["version", "runs"],
      "properties": {
        "version": {"const": "2.1.0"},
        "runs": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/run"}}
      },
      "$defs": {
        "run": {
          "type": "object",
          "required": ["tool"],
          "properties": {
            "tool": {"type": "object", "required": ["driver"], "properties": {"driver": {
              "type": "object", "required": ["name"], "properties": {
                "name": {"type": "string"},
                "rules": {"type": "array", "items": {"type": "object", "required": ["id"]}}}}}},
            "columnKind": {"enum": ["utf16CodeUnits", "unicodeCodePoints"]},
            "results": {"type": "array", "items": {"$ref": "#/$defs/result"}}
          }
        },
        "result": {
          "type": "object",
          "required": ["message"],
          "properties": {
            "ruleId": {"type": "string"},
            "level": {"enum": ["none", "note", "warning", "error"]},
            "kind": {"enum": ["notApplicable", "pass", "fail", "review", "open", "informational"]},
            "message": {"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}}},
            "locations": {"type": "array", "items": {"$ref": "#/$defs/location"}},
            "relatedLocations": {"type": "array", "items": {"$ref": "#/$defs/location"}}
          }
        },
        "location": {
          "type": "object",
          "properties": {
            "id": {"type": "integer", "minimum": 0},
            "physicalLocation": {"type": "object", "required": ["artifactLocation"], "properties": {
              "artifactLocation": {"type": "object", "properties": {"uri": {"type": "string"}, "index": {"type": "integer", "minimum": 0}}},
              "region": {"type": "object", "properties": {
                "startLine": {"type": "integer", "minimum": 1}, "startColumn": {"type": "integer", "minimum": 1},
                "endLine": {"type": "integer", "minimum": 1}, "endColumn": {"type": "integer", "minimum": 1},
                "charOffset": {"type": "integer", "minimum": 0}, "charLength": {"type": "integer", "minimum": 0}}}}}
          }
        }
      }
    }
    """#

    @Test func reportFollowsSARIFAndPointsAtTheFigures() throws {
        let (document, _) = try FixtureTests.output("nea-energy-2024-planted")
        let log = SARIF.log([document], version: "test")
        let json = try JSONSerialization.jsonObject(with: Data(log.bytes()))
        let errors = try JSONSchemaValidator(schema: Data(Self.schema.utf8)).validate(json)
        #expect(errors.isEmpty, "\(errors.prefix(5))")
        let run = try #require(((json as? [String: Any])?["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == document.checks.count)
        let failing = try #require(results.first { $0["level"] as? String == "error" })
        #expect(failing["ruleId"] as? String == "growth")
        // The stated figure's region holds it, by offset and by line and column.
        let text = String(decoding: try fixtureBytes("nea-energy-2024-planted.txt"), as: UTF8.self)
        let location = try #require((failing["locations"] as? [[String: Any]])?.first)
        let region = try #require((location["physicalLocation"] as? [String: Any])?["region"] as? [String: Int])
        let offset = try #require(region["charOffset"])
        let length = try #require(region["charLength"])
        #expect(scalars(text, Span(start: offset, end: offset + length)) == "28.1%")
        let line = text.split(separator: "\n", omittingEmptySubsequences: false)[region["startLine"]! - 1]
        let column = region["startColumn"]! - 1
        #expect(String(String.UnicodeScalarView(Array(line.unicodeScalars)[column..<(column + length)])) == "28.1%")
        let related = try #require(failing["relatedLocations"] as? [[String: Any]])
        #expect(related.count == 2)
    }

    /// Artifact locations are RFC 3986 URIs: relative to SRCROOT or file URIs, spaces and
    /// non-ASCII bytes percent-encoded; standard input named.
    @Test(arguments: [
        ("Fixtures/a b.txt", "Fixtures/a%20b.txt", "SRCROOT"),
        ("发布/海关 2024#1.txt", "%E5%8F%91%E5%B8%83/%E6%B5%B7%E5%85%B3%202024%231.txt", "SRCROOT"),
        ("/tmp/x%y.txt", "file:///tmp/x%25y.txt", nil),
        ("-", "stdin", "STDIN"),
    ])
    func artifactURIs(_ source: String, _ uri: String, _ base: String?) throws {
        let fields = Dictionary(uniqueKeysWithValues: SARIF.artifactLocation(source).map { ($0.0, $0.1) })
        #expect(fields["uri"] == .string(uri))
        #expect(fields["uriBaseId"] == base.map { .string($0) })
    }

    @Test func validatorCatchesBrokenSARIF() throws {
        let validator = try JSONSchemaValidator(schema: Data(Self.schema.utf8))
        #expect(!validator.validate(["version": "2.0.0", "runs": []] as [String: Any]).isEmpty)
        #expect(!validator.validate(["version": "2.1.0", "runs": [["tool": ["driver": [:] as [String: Any]]]]] as [String: Any]).isEmpty)
    }
}
