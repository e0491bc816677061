/// SARIF 2.1.0 for code-review tools and SARIF viewers: each check a result whose rule is
/// its relation, located at the stated figure, with the other figures as related locations.
/// Columns count Unicode code points (`run.columnKind` = `unicodeCodePoints`).
public enum SARIF {
    static let descriptions: [String: String] = [
        "sum": "Parts add up to their whole.",
        "share": "A part over its whole gives the stated share.",
        "growth": "A level, its earlier level or change, and its growth rate agree.",
        "aggregate-growth": "A whole's growth rate follows from its parts' levels and growth rates.",
        "contribution": "A part's growth and weight give the stated percentage points.",
        "restatement": "A figure stated twice agrees with itself.",
        "bound": "An approximate figure holds for the exact one.",
        "order": "Nested groups and parts are no larger than what holds them.",
    ]

    public static func log(_ documents: [AnalyzedDocument], version: String) -> JSON {
        let relations = Set(documents.flatMap { $0.checks.map(\.relation) }).sorted()
        let rules: [JSON] = relations.map { relation in
            .object([
                ("id", .string(relation)),
                ("shortDescription", .object([("text", .string(descriptions[relation] ?? relation))])),
            ])
        }
        var results: [JSON] = []
        var artifacts: [JSON] = []
        for (index, document) in documents.enumerated() {
            artifacts.append(.object([("location", .object([("uri", .string(document.source))]))]))
            let claims = Dictionary(uniqueKeysWithValues: document.claims.map { ($0.id, $0) })
            let lines = LineIndex(document.text.original)
            func location(_ claim: Claim, _ document: AnalyzedDocument, _ artifact: Int) -> JSON {
                SARIF.location(claim, document, artifact, lines)
            }
            for check in document.checks {
                let level: String = switch check.verdict {
                case .inconsistent: "error"
                case .unverifiable: "warning"
                case .consistent: "none"
                }
                let stated = check.statedClaim.flatMap { claims[$0] } ?? check.claims.last.flatMap { claims[$0] }
                var members: [(String, JSON)] = [
                    ("ruleId", .string(check.relation)),
                    ("ruleIndex", .int(relations.firstIndex(of: check.relation) ?? 0)),
                    ("kind", .string(check.verdict == .consistent ? "pass" : check.verdict == .inconsistent ? "fail" : "review")),
                    ("level", .string(level)),
                    ("message", .object([("text", .string(check.message))])),
                    // Why the figures were paired, for a reviewer deciding on a finding.
                    ("properties", .object([("link", DocumentJSON.json(check.link))])),
                ]
                if let stated {
                    members.append(("locations", .array([location(stated, document, index)])))
                }
                let others = check.claims.filter { $0 != stated?.id }.compactMap { claims[$0] }
                let related: [JSON] = others.enumerated().map { number, claim in
                    guard case .object(var fields) = location(claim, document, index) else { return .null }
                    fields.insert(("id", .int(number + 1)), at: 0)
                    fields.append(("message", .object([("text", .string(document.text.originalString(claim.range)))])))
                    return .object(fields)
                }
                members.append(("relatedLocations", .array(related)))
                results.append(.object(members))
            }
        }
        return .object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", .object([
                    ("name", .string("suanshu")),
                    ("version", .string(version)),
                    ("informationUri", .string("https://example.invalid/suanshu")),
                    ("rules", .array(rules)),
                ]))])),
                ("columnKind", .string("unicodeCodePoints")),
                ("artifacts", .array(artifacts)),
                ("results", .array(results)),
            ])])),
        ])
    }

    /// A claim's place: offset and length in code points, and lines and columns from 1.
    static func location(_ claim: Claim, _ document: AnalyzedDocument, _ artifact: Int, _ lines: LineIndex) -> JSON {
        let span = document.text.originalSpan(claim.range)
        let (startLine, startColumn) = lines.lineColumn(span.start)
        let (endLine, endColumn) = lines.lineColumn(span.end)
        return .object([
            ("physicalLocation", .object([
                ("artifactLocation", .object([("uri", .string(document.source)), ("index", .int(artifact))])),
                ("region", .object([
                    ("startLine", .int(startLine)), ("startColumn", .int(startColumn)),
                    ("endLine", .int(endLine)), ("endColumn", .int(endColumn)),
                    ("charOffset", .int(span.start)), ("charLength", .int(span.end - span.start)),
                ])),
            ])),
        ])
    }
}

/// Where the lines of a text start (in scalars), for lines and columns from 1.
struct LineIndex {
    private var starts: [Int] = [0]

    init(_ text: DecodedText) {
        var scalar = 0
        var i = 0
        let units = text.utf16
        while i < units.count {
            let unit = units[i]
            let pair = unit & 0xFC00 == 0xD800 && i + 1 < units.count
            i += pair ? 2 : 1
            scalar += 1
            if unit == 0x0A || (unit == 0x0D && (i >= units.count || units[i] != 0x0A)) { starts.append(scalar) }
        }
    }

    func lineColumn(_ offset: Int) -> (Int, Int) {
        var low = 0
        var high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        return (low, offset - starts[low - 1] + 1)
    }
}
