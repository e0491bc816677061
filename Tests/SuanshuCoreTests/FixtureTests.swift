import Foundation
import Testing
@testable import SuanshuCore

/// Every composed release in Fixtures/ through the whole pipeline: its output must be the
/// golden file beside it, valid against the schema, with spans that hold their texts and no
/// claim made of a date, a list number, a name or a word.
///
/// After a reviewed change, regenerate the golden files with
///     SUANSHU_RECORD=1 swift test --filter FixtureTests
struct FixtureTests {
    static let names: [String] = {
        let directory = packageRoot.appendingPathComponent("Fixtures")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }()

    static let analyzer = Mutex(try! Analyzer())

    /// Each fixture's document and pretty JSON, made once for the tests that read them (four
    /// of them: each made its own, and the suite's time grows with the fixtures).
    static let outputs = Mutex<[String: (AnalyzedDocument, String)]>([:])

    static func output(_ name: String) throws -> (AnalyzedDocument, String) {
        if let known = outputs.withLock({ $0[name] }) { return known }
        let bytes = try fixtureBytes("\(name).txt")
        let document = try analyzer.withLock { try $0.analyze(source: "Fixtures/\(name).txt", bytes: bytes) }
        let made = (document, DocumentJSON.json(document).serialized(pretty: true) + "\n")
        outputs.withLock { $0[name] = made }
        return made
    }

    @Test func thereAreEnoughFixtures() {
        #expect(Self.names.count >= 12)
    }

    @Test(arguments: Group.of(names, parts: 4))
    func matchesGoldenFile(_ group: Group<String>) throws {
        for name in group.elements { try matchesGoldenFile(name) }
    }

    func matchesGoldenFile(_ name: String) throws {
        let (_, output) = try Self.output(name)
        let golden = packageRoot.appendingPathComponent("Fixtures/\(name).expected.json")
        if ProcessInfo.processInfo.environment["SUANSHU_RECORD"] == "1" {
            try output.write(to: golden, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        if output != expected {
            let ours = output.split(separator: "\n", omittingEmptySubsequences: false)
            let theirs = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(ours, theirs).enumerated().first { $0.element.0 != $0.element.1 }
            Issue.record("\(name) differs from its golden file at line \((first?.offset ?? min(ours.count, theirs.count)) + 1): \(first.map { "got \($0.element.0), expected \($0.element.1)" } ?? "length"); if the change is right, run SUANSHU_RECORD=1 swift test --filter FixtureTests")
        }
    }

    /// The CLI writes documents a claim at a time: the pieces make exactly the bytes of the
    /// whole tree, pretty and compact, for one release and for all of them as one document
    /// (which spans many pieces).
    @Test func streamedOutputIsTheSerialisedTree() throws {
        for (name, document) in [("one", try Self.analyzer.withLock { try $0.analyze(source: "one", bytes: try fixtureBytes("customs-2024-annual.txt")) }),
                                 ("all", try Self.allOnOneThread())] {
            for pretty in [true, false] {
                var pieces: [[UInt8]] = []
                DocumentJSON.write(document, pretty: pretty) { pieces.append($0) }
                #expect(pieces.joined().elementsEqual(DocumentJSON.json(document).bytes(pretty: pretty)), "\(name) pretty \(pretty)")
                #expect(pieces.allSatisfy { $0.count < (1 << 16) + 65_536 })
                if name == "all" { #expect(pieces.count > 3) }
            }
        }
    }

    /// A large document runs its stages on two threads: the output is the same as on one,
    /// for every release and for all of them as one document.
    /// Every fixture, one after another, as one document: read once, on one thread, for the
    /// tests that need a document of many pages.
    static let all = Mutex<(bytes: [UInt8], document: AnalyzedDocument)?>(nil)

    static func allOnOneThread() throws -> AnalyzedDocument { try allFixtures().document }

    static func allFixtures() throws -> (bytes: [UInt8], document: AnalyzedDocument) {
        try all.withLock { known in
            if let known { return known }
            var bytes: [UInt8] = []
            for name in names { bytes += try fixtureBytes("\(name).txt") + [0x0A] }
            let made = (bytes, try Analyzer(sideBySideFrom: .max).analyze(source: "all", bytes: bytes))
            known = made
            return made
        }
    }

    @Test func twoThreadsGiveTheSameOutputAsOne() throws {
        let oneThread = try Analyzer(sideBySideFrom: .max)
        let twoThreads = try Analyzer(sideBySideFrom: 2)
        let all = try Self.allFixtures()
        for (name, bytes) in try Self.names.map({ ($0, try fixtureBytes("\($0).txt")) }) + [("all", all.bytes)] {
            let one = DocumentJSON.json(name == "all" ? all.document : try oneThread.analyze(source: name, bytes: bytes)).serialized()
            let two = DocumentJSON.json(try twoThreads.analyze(source: name, bytes: bytes)).serialized()
            #expect(one == two, "\(name)")
            // `suanshu check` writes the claims while the checks are found: the same bytes.
            var written: [UInt8] = []
            let checked = try twoThreads.check(source: name, bytes: bytes, pretty: false) { written += $0 }
            #expect(String(decoding: written, as: UTF8.self) == one, "\(name) written while checking")
            #expect(DocumentJSON.json(checked).serialized() == one, "\(name) document returned")
        }
    }

    @Test(arguments: Group.of(names, parts: 4))
    func outputFollowsTheSchema(_ group: Group<String>) throws {
        for name in group.elements { try outputFollowsTheSchema(name) }
    }

    func outputFollowsTheSchema(_ name: String) throws {
        let (_, output) = try Self.output(name)
        let schema = try Data(contentsOf: packageRoot.appendingPathComponent("Sources/SuanshuCore/Output/suanshu-1.schema.json"))
        let validator = try JSONSchemaValidator(schema: schema)
        let errors = validator.validate(try JSONSerialization.jsonObject(with: Data(output.utf8)))
        #expect(errors.isEmpty, "\(name): \(errors.prefix(5))")
    }

    @Test(arguments: Group.of(names, parts: 4))
    func everyClaimTextIsTheInputAtItsSpan(_ group: Group<String>) throws {
        for name in group.elements { try everyClaimTextIsTheInputAtItsSpan(name) }
    }

    func everyClaimTextIsTheInputAtItsSpan(_ name: String) throws {
        let (document, output) = try Self.output(name)
        let input = String(decoding: try fixtureBytes("\(name).txt"), as: UTF8.self)
        let json = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any]
        let claims = try #require(json?["claims"] as? [[String: Any]])
        #expect(claims.count == document.claims.count, "\(name)")
        for claim in claims {
            let span = try #require(claim["span"] as? [String: Int])
            let text = try #require(claim["text"] as? String)
            #expect(scalars(input, Span(start: span["start"]!, end: span["end"]!)) == text, "\(name): \(text)")
        }
    }

    /// Dates, periods, list numbers, plan names and words with numerals, found by patterns
    /// of their own (not the engine's), must not be inside any claim.
    static let notClaims: [String] = [
        #"(19|20)\d\d\s*[年年]"#, #"[一二三四五六七八九十〇零]{4}年"#, #"\d{1,2}\s*月份?"#, #"(?<![\d.．])\d{1,2}\s*[日号]"#,
        #"[１２３４５６７８９０]{1,2}月"#, #"前\s*\d{1,2}\s*个月"#, #"前[一二三]季度"#, #"[一二三四]季度"#, #"[上下]半年"#,
        #"(?m)^\s*\d{1,2}[\.、．]\D"#, #"(?m)^\s*[一二三四五六七八九十]+、"#, #"十[三四五]五"#, #"二十[届屆]"#, #"[一二三四五六七八九]中全会"#,
        #"一些"#, #"一直"#, #"统一"#, #"統一"#, #"唯一"#, #"千方百计"#, #"千方百計"#, #"一带一路"#, #"一帶一路"#, #"万一"#, #"萬一"#,
    ]

    @Test(arguments: Group.of(names, parts: 4))
    func noClaimIsADateListNumberNameOrWord(_ group: Group<String>) throws {
        for name in group.elements { try noClaimIsADateListNumberNameOrWord(name) }
    }

    func noClaimIsADateListNumberNameOrWord(_ name: String) throws {
        let (document, _) = try Self.output(name)
        let input = String(decoding: try fixtureBytes("\(name).txt"), as: UTF8.self)
        let scalarsOf = Array(input.unicodeScalars)
        // Offsets in scalars, from UTF-16 ranges of the regex matches.
        let utf16 = Array(input.utf16)
        func scalarOffset(_ u: Int) -> Int { String(decoding: utf16[0..<u], as: UTF16.self).unicodeScalars.count }
        var forbidden: [Span] = []
        for pattern in Self.notClaims {
            let regex = try NSRegularExpression(pattern: pattern)
            for match in regex.matches(in: input, range: NSRange(location: 0, length: utf16.count)) {
                forbidden.append(Span(start: scalarOffset(match.range.location), end: scalarOffset(match.range.location + match.range.length)))
            }
        }
        #expect(scalarsOf.count == document.text.original.scalarCount)
        for claim in document.claims {
            let span = document.text.originalSpan(claim.range)
            // A claim's number may not lie inside such a stretch.
            let number = document.text.originalSpan(claim.quantity.numberRange)
            for bad in forbidden where number.start < bad.end && bad.start < number.end {
                Issue.record("\(name): claim \(document.text.originalString(claim.range)) at \(span) is inside \(scalars(input, bad))")
            }
        }
    }
}

struct SchemaValidatorTests {
    /// The validator catches what the schema forbids, so a passing fixture means something.
    @Test func rejectsBrokenDocuments() throws {
        let schema = try Data(contentsOf: packageRoot.appendingPathComponent("Sources/SuanshuCore/Output/suanshu-1.schema.json"))
        let validator = try JSONSchemaValidator(schema: schema)
        let good: [String: Any] = ["schema": "suanshu/1", "source": "-", "script": "Hans", "sentences": [], "claims": [],
                                   "checks": [], "diagnostics": []]
        #expect(validator.validate(good).isEmpty)
        var missing = good
        missing["claims"] = nil
        #expect(!validator.validate(missing).isEmpty)
        var badClaim = good
        badClaim["claims"] = [["id": "c1", "kind": "percentage", "value": 1, "decimal": "1", "unit": "%", "qualifier": "exact",
                               "interval": [1, 1], "text": "1%", "span": ["start": 0, "end": 2], "sentence": 0]]
        #expect(validator.validate(badClaim).contains { $0.contains("kind") })
        var badScript = good
        badScript["script"] = "Latn"
        #expect(!validator.validate(badScript).isEmpty)
        // The document of an input not read names no script, and is valid so.
        let failure = try #require(try JSONSerialization.jsonObject(with: Data(DocumentJSON.failure(source: "x.txt", code: "not-text", message: "not text").bytes(pretty: false))) as? [String: Any])
        #expect(failure["script"] is NSNull)
        #expect(validator.validate(failure).isEmpty)
    }
}

/// The fixtures with a planted error: each is found, each by a different relation, and the
/// same texts without the error raise no alarm.
struct PlantedErrorTests {
    static let planted: [(String, String)] = [
        ("customs-2024-annual-planted", "sum"),
        ("nbs-gdp-2024-planted", "share"),
        ("nea-energy-2024-planted", "growth"),
    ]

    @Test(arguments: planted)
    func plantedErrorIsFound(_ name: String, _ relation: String) throws {
        let (planted, _) = try FixtureTests.output(name)
        let found = planted.checks.filter { $0.verdict == .inconsistent }
        #expect(found.contains { $0.relation == relation }, "\(found.map(\.message))")
        #expect(found.allSatisfy { $0.relation == relation }, "\(found.map(\.message))")
        let (clean, _) = try FixtureTests.output(String(name.dropLast("-planted".count)))
        #expect(!clean.checks.contains { $0.verdict == .inconsistent }, "\(clean.checks.filter { $0.verdict == .inconsistent }.map(\.message))")
    }
}
