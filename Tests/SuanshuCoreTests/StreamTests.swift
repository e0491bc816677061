import Foundation
import Testing
@testable import SuanshuCore

/// `--stream` is whole mode read as the bytes arrive: for every fixture, however its bytes
/// are cut into chunks, the sentence events' claims are whole mode's claims, and the checks
/// standing at the end (retractions applied) are whole mode's checks.
struct StreamTests {
    enum Chunking: String, CaseIterable { case lines, random, bytes }

    static func chunks(_ bytes: [UInt8], _ chunking: Chunking, seed: UInt64) -> [[UInt8]] {
        switch chunking {
        case .lines:
            let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
            return lines.enumerated().map { k, line in Array(line) + (k < lines.count - 1 ? [0x0A] : []) }
        case .random:
            var generator = ColloquialPropertyTests.Seeded(state: seed)
            var out: [[UInt8]] = []
            var i = 0
            while i < bytes.count {
                let n = Int.random(in: 1...512, using: &generator)
                out.append(Array(bytes[i..<min(bytes.count, i + n)]))
                i += n
            }
            return out
        case .bytes:
            return bytes.map { [$0] }
        }
    }

    struct Reconstructed {
        var claims: [String] = []
        var checks: [String] = []
    }

    /// Feeds the chunks, analysing after each, and applies the events.
    static func streamed(_ chunks: [[UInt8]], _ analyzer: Analyzer) throws -> Reconstructed {
        let stream = StreamChecker(analyzer: analyzer)
        var events: [JSON] = []
        for chunk in chunks {
            stream.feed(chunk)
            events += try stream.analyze()
        }
        events += try stream.finish()
        var result = Reconstructed()
        var checks: [(id: String, line: String)] = []
        for event in events {
            guard case .object(let members) = event else { continue }
            let fields = Dictionary(members, uniquingKeysWith: { a, _ in a })
            switch fields["event"] {
            case .string("sentence"):
                if case .array(let claims)? = fields["claims"] { result.claims += claims.map { String(decoding: $0.bytes(), as: UTF8.self) } }
            case .string("claim"):
                // Added to a reported sentence: in its place among the others.
                let record = String(decoding: JSON.object(members.filter { $0.0 != "event" }).bytes(), as: UTF8.self)
                result.claims.append(record)
                result.claims.sort { Self.start($0) < Self.start($1) }
            case .string("withdraw"):
                let id = fields["claim"].map { String(decoding: $0.bytes(), as: UTF8.self) } ?? ""
                result.claims.removeAll { $0.hasPrefix("{\"id\":\(id),") }
            case .string("revise"):
                let record = String(decoding: JSON.object(members.filter { $0.0 != "event" }).bytes(), as: UTF8.self)
                let id = fields["id"].map { String(decoding: $0.bytes(), as: UTF8.self) } ?? ""
                if let k = result.claims.firstIndex(where: { $0.hasPrefix("{\"id\":\(id),") }) { result.claims[k] = record }
            case .string("check"):
                var check = members.filter { $0.0 != "event" }
                let id = check.first { $0.0 == "id" }.map { String(decoding: $0.1.bytes(), as: UTF8.self) } ?? ""
                check.removeAll { $0.0 == "id" }
                // A check reported again under its id replaces its earlier record.
                checks.removeAll { $0.id == id }
                checks.append((id, String(decoding: JSON.object(check).bytes(), as: UTF8.self)))
            case .string("retract"):
                let id = fields["check"].map { String(decoding: $0.bytes(), as: UTF8.self) } ?? ""
                checks.removeAll { $0.id == id }
            default: break
            }
        }
        result.checks = checks.map(\.line)
        return result
    }

    /// A claim record's span start, for keeping added claims in place.
    static func start(_ record: String) -> Int {
        guard let range = record.range(of: "\"span\":{\"start\":") else { return 0 }
        return Int(record[range.upperBound...].prefix { $0.isNumber }) ?? 0
    }

    static func whole(_ bytes: [UInt8], _ analyzer: Analyzer) throws -> Reconstructed {
        let document = try analyzer.analyze(source: "-", bytes: bytes)
        guard case .object(let members) = DocumentJSON.json(document),
              case .array(let claims)? = members.first(where: { $0.0 == "claims" })?.1,
              case .array(let checks)? = members.first(where: { $0.0 == "checks" })?.1 else { return Reconstructed() }
        return Reconstructed(
            claims: claims.map { String(decoding: $0.bytes(), as: UTF8.self) },
            checks: checks.map { check in
                guard case .object(var fields) = check else { return "" }
                fields.removeAll { $0.0 == "id" }
                return String(decoding: JSON.object(fields).bytes(), as: UTF8.self)
            })
    }

    /// The first difference only: a whole fixture's claims are pages of JSON.
    static func compare(_ got: Reconstructed, _ expected: Reconstructed, _ what: String) {
        if got.claims != expected.claims {
            let k = Array(zip(got.claims, expected.claims)).firstIndex { $0 != $1 } ?? min(got.claims.count, expected.claims.count)
            Issue.record("\(what): claims differ at \(k) of \(expected.claims.count) (streamed \(got.claims.count)): \(got.claims.dropFirst(k).first ?? "none") — whole: \(expected.claims.dropFirst(k).first ?? "none")")
        }
        let (a, b) = (Set(got.checks), Set(expected.checks))
        if a != b || got.checks.count != expected.checks.count {
            Issue.record("\(what): checks differ: streamed only \(a.subtracting(b).prefix(1)); whole only \(b.subtracting(a).prefix(1))")
        }
    }

    /// Every fixture streamed, by lines or in random sizes in turn (each stream analyses its
    /// window once a chunk: both for every fixture would double the suite's longest test).
    static let fixtureChunkings = FixtureTests.names.enumerated().map { k, name in (name, k % 2 == 0 ? Chunking.lines : .random) }

    @Test(arguments: Group.of(fixtureChunkings, parts: 8))
    func streamEqualsWholeMode(_ group: Group<(String, Chunking)>) throws {
        for (name, chunking) in group.elements { try streamEqualsWholeMode(name, chunking) }
    }

    func streamEqualsWholeMode(_ name: String, _ chunking: Chunking) throws {
        let bytes = try fixtureBytes(name + ".txt")
        let analyzer = try Analyzer()
        let expected = try Self.whole(bytes, analyzer)
        let got = try Self.streamed(Self.chunks(bytes, chunking, seed: UInt64(bytes.count)), analyzer)
        Self.compare(got, expected, "\(name) by \(chunking)")
    }

    /// A byte at a time, and in the encodings the fixtures come in (GB18030, Big5).
    @Test(arguments: ["encodings/release-hans.utf8.txt", "encodings/release-hans.gb18030.txt", "encodings/release-hant.big5.txt"])
    func byteByByte(_ file: String) throws {
        let bytes = try fixtureBytes(file)
        let analyzer = try Analyzer()
        let expected = try Self.whole(bytes, analyzer)
        let got = try Self.streamed(Self.chunks(bytes, .bytes, seed: 0), analyzer)
        Self.compare(got, expected, file)
    }
}
