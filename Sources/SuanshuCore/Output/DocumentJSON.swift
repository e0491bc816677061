import Dispatch

/// The output contract (`suanshu/1`): one JSON document for one input.
///
/// Each record has one encoder, generic over where it writes: bytes for output, a value
/// for tests and for the stream's events.
public enum DocumentJSON {
    public static let schema = "suanshu/1"

    public static func json(_ document: AnalyzedDocument) -> JSON {
        var builder = JSONBuilder()
        encode(document, into: &builder) { _ in }
        return builder.result
    }

    /// Writes the document as `json(document).bytes(pretty:)` would, a record at a time, in
    /// pieces of about 64 KB handed to `flush`: a document of a hundred thousand claims never
    /// stands whole in memory as values or as text.
    public static func write(_ document: AnalyzedDocument, pretty: Bool, flush: ([UInt8]) -> Void) {
        var writer = JSONWriter(pretty: pretty, capacity: 1 << 16 + 4096)
        encode(document, into: &writer) { $0.spill(flush) }
        writer.spill(atLeast: 0, flush)
    }

    /// Writes a document whose checks are still to be found: its sentences and claims are
    /// written while `findChecks` runs (side by side when `sideBySide`), then the checks.
    /// Returns the checks.
    public static func write(_ document: AnalyzedDocument, findingChecks findChecks: () -> [Check], sideBySide: Bool,
                             pretty: Bool, flush: ([UInt8]) -> Void) -> [Check] {
        var writer = JSONWriter(pretty: pretty, capacity: 1 << 16 + 4096)
        func head() { encodeHead(document, into: &writer) { $0.spill(flush) } }
        var checks: [Check]
        if sideBySide {
            (checks, _) = SideBySide.run(findChecks, head)
            writeChecksSideBySide(checks, into: &writer, flush: flush)
            encodeAfterChecks(document.diagnostics, into: &writer)
        } else {
            head()
            checks = findChecks()
            encodeTail(checks, document.diagnostics, into: &writer) { $0.spill(flush) }
        }
        writer.spill(atLeast: 0, flush)
        return checks
    }

    /// Checks written to `flush` at a time in the CLI's side-by-side writing.
    static let checksPerChunk = 500

    /// The checks member as `encodeTail` writes it, on two threads: chunks of checks in turn,
    /// each thread writing a chunk into its own buffer while the other's goes out, and
    /// handing its bytes to `flush` when the chunk before is out. (Written after the checks
    /// are found, it is otherwise the one stage of a large document on one thread.)
    private static func writeChecksSideBySide(_ checks: [Check], into writer: inout JSONWriter, flush: ([UInt8]) -> Void) {
        writer.key("checks")
        writer.beginArray()
        let chunks = (checks.count + checksPerChunk - 1) / checksPerChunk
        if chunks > 1 {
            // Each writer's turn to flush; the first goes first.
            let turns = [DispatchSemaphore(value: 0), DispatchSemaphore(value: 0)]
            turns[0].signal()
            func write(every parity: Int, _ out: inout JSONWriter) {
                for chunk in stride(from: parity, to: chunks, by: 2) {
                    for k in chunk * checksPerChunk..<min(checks.count, (chunk + 1) * checksPerChunk) {
                        encode(checks[k], into: &out)
                    }
                    turns[parity].wait()
                    out.spill(atLeast: 0, flush)
                    turns[1 - parity].signal()
                }
            }
            // The second writes what follows the first chunk: after a member.
            var other = writer.continuation()
            _ = SideBySide.run({ write(every: 0, &writer) }, { write(every: 1, &other) })
        } else {
            for check in checks { encode(check, into: &writer) }
        }
        writer.endArray()
    }

    /// The document's members in the contract's order; `piece` is called after each record.
    private static func encode<Output: JSONOutput>(_ document: AnalyzedDocument, into out: inout Output,
                                                    piece: (inout Output) -> Void) {
        encodeHead(document, into: &out, piece: piece)
        encodeTail(document.checks, document.diagnostics, into: &out, piece: piece)
    }

    /// The members up to the claims.
    private static func encodeHead<Output: JSONOutput>(_ document: AnalyzedDocument, into out: inout Output,
                                                        piece: (inout Output) -> Void) {
        let text = document.text
        out.beginObject()
        out.key("schema"); out.string(schema)
        out.key("source"); out.string(document.source)
        out.key("script"); out.string(text.script.rawValue)
        // Added to the contract's fields: how the bytes were read (detected or as asked).
        out.key("encoding"); out.string(text.original.encoding)
        out.key("sentences")
        out.beginArray()
        for (id, sentence) in document.segmentation.sentences.enumerated() {
            out.beginObject()
            out.key("id"); out.int(id)
            out.key("span"); encode(text.originalSpan(sentence.range), into: &out)
            out.endObject()
            piece(&out)
        }
        out.endArray()
        out.key("claims")
        out.beginArray()
        for claim in document.claims {
            encode(claim, text, into: &out)
            piece(&out)
        }
        out.endArray()
    }

    /// The members after the claims.
    private static func encodeTail<Output: JSONOutput>(_ checks: [Check], _ diagnostics: [Diagnostic], into out: inout Output,
                                                        piece: (inout Output) -> Void) {
        out.key("checks")
        out.beginArray()
        for check in checks {
            encode(check, into: &out)
            piece(&out)
        }
        out.endArray()
        encodeAfterChecks(diagnostics, into: &out)
    }

    /// The members after the checks.
    private static func encodeAfterChecks<Output: JSONOutput>(_ diagnostics: [Diagnostic], into out: inout Output) {
        out.key("diagnostics")
        out.value(.array(diagnostics.map(\.json)))
        out.endObject()
    }

    /// The document of an input that could not be read: nothing but the error (no script:
    /// no text was read to tell it).
    public static func failure(source: String, code: String, message: String) -> JSON {
        .object([
            ("schema", .string(schema)),
            ("source", .string(source)),
            ("script", .null),
            ("sentences", .array([])),
            ("claims", .array([])),
            ("checks", .array([])),
            ("diagnostics", .array([Diagnostic(.error, code, message).json])),
        ])
    }

    public static func json(_ check: Check) -> JSON {
        var builder = JSONBuilder()
        encode(check, into: &builder)
        return builder.result
    }

    public static func json(_ link: Link) -> JSON {
        var builder = JSONBuilder()
        encode(link, into: &builder)
        return builder.result
    }

    public static func json(_ claim: Claim, _ text: NormalizedText) -> JSON {
        var builder = JSONBuilder()
        encode(claim, text, into: &builder)
        return builder.result
    }

    static func encode<Output: JSONOutput>(_ check: Check, into out: inout Output) {
        out.beginObject()
        out.key("id"); out.string(check.id)
        out.key("relation"); out.string(check.relation)
        out.key("verdict"); out.string(check.verdict.rawValue)
        out.key("claims")
        out.beginArray()
        for claim in check.claims { out.string(claim) }
        out.endArray()
        out.key("expected")
        if let expected = check.expected { encode(expected, into: &out) } else { out.null() }
        out.key("stated")
        if let stated = check.stated { out.number(stated) } else { out.null() }
        out.key("message"); out.string(check.message)
        out.key("link"); encode(check.link, into: &out)
        out.endObject()
    }

    static func encode<Output: JSONOutput>(names: [String], into out: inout Output) {
        out.beginArray()
        for name in names { out.string(name) }
        out.endArray()
    }

    static func encode<Output: JSONOutput>(_ link: Link, into out: inout Output) {
        out.beginObject()
        out.key("strength"); out.string(link.strength.rawValue)
        out.key("evidence")
        out.beginArray()
        for evidence in link.evidence {
            out.beginObject()
            switch evidence {
            case .frame(let name, let words, let span):
                out.key("source"); out.string("frame")
                out.key("name"); out.string(name)
                out.key("words"); out.string(words)
                out.key("span"); encode(span, into: &out)
            case .partition(let file, let line):
                out.key("source"); out.string("partition")
                out.key("file"); out.string(file)
                out.key("line"); out.int(line)
            case .fields(let equal, let stated, let carried):
                out.key("source"); out.string("fields")
                out.key("equal"); encode(names: equal, into: &out)
                out.key("stated"); encode(names: stated, into: &out)
                out.key("carried"); encode(names: carried, into: &out)
            }
            out.endObject()
        }
        out.endArray()
        out.endObject()
    }

    static func encode<Output: JSONOutput>(_ claim: Claim, _ text: NormalizedText, into out: inout Output) {
        out.beginObject()
        out.key("id"); out.string(letter: UInt8(ascii: "c"), number: claim.number + 1)  // claim.id
        out.key("kind"); out.string(claim.kind.rawValue)
        out.key("value"); out.number(claim.value)
        out.key("decimal"); out.string(digitsOf: claim.value)
        out.key("unit"); out.string(claim.unit)
        out.key("qualifier"); out.string(claim.qualifier.rawValue)
        out.key("interval"); encode(claim.interval, into: &out)
        let original = text.originalUTF16Range(claim.range)
        out.key("text")
        text.original.utf16.withUnsafeBufferPointer { out.string(utf16: UnsafeBufferPointer(rebasing: $0[original])) }
        out.key("span"); encode(text.original.span(utf16: original), into: &out)
        out.key("sentence"); out.int(claim.sentence)
        out.key("subject")
        if let subject = claim.subject {
            out.beginObject()
            out.key("metric"); out.string(subject.metric)
            out.key("entity"); out.string(subject.entity)
            out.key("partner"); out.string(subject.partner)
            out.key("text"); out.string(subject.text)
            out.endObject()
        } else {
            out.null()
        }
        out.key("period")
        if let period = claim.period, !period.yearUnknown {
            out.beginObject()
            out.key("text"); out.string(period.text)
            out.key("from"); out.string(date: period.from)
            out.key("to"); out.string(date: period.to)
            out.endObject()
        } else {
            out.null()
        }
        out.key("basis"); out.string(claim.basis)
        // Only when the text says it: most figures have none, and a document has them by the
        // hundred thousand.
        if let measure = claim.measure { out.key("measure"); out.string(measure) }
        out.endObject()
    }

    static func encode<Output: JSONOutput>(_ interval: Interval, into out: inout Output) {
        out.beginArray()
        if let low = interval.low { out.number(low) } else { out.null() }
        if let high = interval.high { out.number(high) } else { out.null() }
        out.endArray()
    }

    static func encode<Output: JSONOutput>(_ span: Span, into out: inout Output) {
        out.beginObject()
        out.key("start"); out.int(span.start)
        out.key("end"); out.int(span.end)
        out.endObject()
    }
}
