/// The output contract (`suanshu/1`): one JSON document for one input.
public enum DocumentJSON {
    public static let schema = "suanshu/1"

    public static func json(_ document: AnalyzedDocument) -> JSON {
        .object(members(document).map { ($0, $1.json) })
    }

    /// Writes the document as `json(document).bytes(pretty:)` would, a claim at a time, in
    /// pieces handed to `flush` (see `JSON.stream`).
    public static func write(_ document: AnalyzedDocument, pretty: Bool, flush: ([UInt8]) -> Void) {
        JSON.stream(members(document), pretty: pretty, flush: flush)
    }

    private static func members(_ document: AnalyzedDocument) -> [(String, JSON.Member)] {
        let text = document.text
        let sentences = document.segmentation.sentences
        let claims = document.claims
        let checks = document.checks
        return [
            ("schema", .value(.string(schema))),
            ("source", .value(.string(document.source))),
            ("script", .value(.string(text.script.rawValue))),
            ("sentences", .items(count: sentences.count) { id in
                .object([("id", .int(id)), ("span", text.originalSpan(sentences[id].range).json)])
            }),
            ("claims", .items(count: claims.count) { json(claims[$0], text) }),
            ("checks", .items(count: checks.count) { json(checks[$0]) }),
            ("diagnostics", .value(.array(document.diagnostics.map(\.json)))),
        ]
    }

    /// The document of an input that could not be read: nothing but the error.
    public static func failure(source: String, code: String, message: String) -> JSON {
        .object([
            ("schema", .string(schema)),
            ("source", .string(source)),
            ("script", .string(Script.simplified.rawValue)),
            ("sentences", .array([])),
            ("claims", .array([])),
            ("checks", .array([])),
            ("diagnostics", .array([Diagnostic(.error, code, message).json])),
        ])
    }

    public static func json(_ check: Check) -> JSON {
        .object([
            ("id", .string(check.id)),
            ("relation", .string(check.relation)),
            ("verdict", .string(check.verdict.rawValue)),
            ("claims", .array(check.claims.map(JSON.string))),
            ("expected", check.expected?.json ?? .null),
            ("stated", check.stated.map { .number($0.description) } ?? .null),
            ("message", .string(check.message)),
        ])
    }

    public static func json(_ claim: Claim, _ text: NormalizedText) -> JSON {
        .object([
            ("id", .string(claim.id)),
            ("kind", .string(claim.kind.rawValue)),
            ("value", .number(claim.value.description)),
            ("decimal", .string(claim.value.description)),
            ("unit", .string(claim.unit)),
            ("qualifier", .string(claim.qualifier.rawValue)),
            ("interval", claim.interval.json),
            ("text", .string(text.originalString(claim.range))),
            ("span", text.originalSpan(claim.range).json),
            ("sentence", .int(claim.sentence)),
            ("subject", claim.subject.map { subject in
                .object([
                    ("metric", subject.metric.map(JSON.string) ?? .null),
                    ("entity", subject.entity.map(JSON.string) ?? .null),
                    ("partner", subject.partner.map(JSON.string) ?? .null),
                    ("text", .string(subject.text)),
                ])
            } ?? .null),
            ("period", claim.period.map { period in
                .object([("text", .string(period.text)), ("from", .string(period.from.description)), ("to", .string(period.to.description))])
            } ?? .null),
            ("basis", claim.basis.map(JSON.string) ?? .null),
        ])
    }
}
