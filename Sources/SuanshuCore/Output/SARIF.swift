import Glibc

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
        "difference": "Two figures and their stated difference agree.",
        "average": "A total over its divisor gives the stated average.",
        "ratio": "Two figures give the stated ratio or multiple.",
    ]

    /// Every relation the checker names, in a fixed order, so that a document's results can
    /// be written before the others are read (a batch).
    static let relations = descriptions.keys.sorted()

    public static func log(_ documents: [AnalyzedDocument], version: String) -> JSON {
        log(artifacts: documents.map(artifact), results: documents.enumerated().flatMap { results($1, artifact: $0) }, version: version)
    }

    /// One run over the artifacts, with their results.
    public static func log(artifacts: [JSON], results: [JSON], version: String) -> JSON {
        let rules: [JSON] = relations.map { relation in
            .object([
                ("id", .string(relation)),
                ("shortDescription", .object([("text", .string(descriptions[relation] ?? relation))])),
            ])
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
                // Relative paths are relative to where the tool ran.
                ("originalUriBaseIds", .object([(sourceRoot, .object([("uri", .string(fileURI(currentDirectory() + "/")))]))])),
                ("artifacts", .array(artifacts)),
                ("results", .array(results)),
            ])])),
        ])
    }

    /// A document as an artifact of the run.
    public static func artifact(_ document: AnalyzedDocument) -> JSON {
        artifact(source: document.source)
    }

    public static func artifact(source: String) -> JSON {
        var artifact: [(String, JSON)] = [("location", .object(artifactLocation(source)))]
        if source == "-" { artifact.append(("description", .object([("text", .string("standard input"))]))) }
        return .object(artifact)
    }

    /// A document's checks as results, located in artifact number `index`.
    public static func results(_ document: AnalyzedDocument, artifact index: Int) -> [JSON] {
        var results: [JSON] = []
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
        return results
    }

    static let sourceRoot = "SRCROOT"

    /// A path as SARIF wants it, an RFC 3986 URI: absolute paths as file URIs, relative ones
    /// relative to SRCROOT, every byte outside the unreserved set and "/" percent-encoded;
    /// standard input by a name of its own.
    static func artifactLocation(_ source: String) -> [(String, JSON)] {
        if source == "-" { return [("uri", .string("stdin")), ("uriBaseId", .string("STDIN"))] }
        if source.hasPrefix("/") { return [("uri", .string(fileURI(source)))] }
        return [("uri", .string(percentEncoded(source))), ("uriBaseId", .string(sourceRoot))]
    }

    static func fileURI(_ absolutePath: String) -> String { "file://" + percentEncoded(absolutePath) }

    static func percentEncoded(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }

    static func currentDirectory() -> String {
        guard let path = getcwd(nil, 0) else { return "" }
        defer { free(path) }
        return String(cString: path)
    }

    /// A claim's place: offset and length in code points, and lines and columns from 1.
    static func location(_ claim: Claim, _ document: AnalyzedDocument, _ artifact: Int, _ lines: LineIndex) -> JSON {
        let span = document.text.originalSpan(claim.range)
        let (startLine, startColumn) = lines.lineColumn(span.start)
        let (endLine, endColumn) = lines.lineColumn(span.end)
        return .object([
            ("physicalLocation", .object([
                ("artifactLocation", .object(artifactLocation(document.source) + [("index", .int(artifact))])),
                ("region", .object([
                    ("startLine", .int(startLine)), ("startColumn", .int(startColumn)),
                    ("endLine", .int(endLine)), ("endColumn", .int(endColumn)),
                    ("charOffset", .int(span.start)), ("charLength", .int(span.end - span.start)),
                ])),
            ])),
        ])
    }
}
