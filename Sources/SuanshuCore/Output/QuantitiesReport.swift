/// The output of `suanshu quantities`: every number the engine read, claim or not.
public enum QuantitiesReport {
    public static let schema = "suanshu-quantities/1"

    public static func json(_ quantity: Quantity, in text: NormalizedText) -> JSON {
        .object([
            ("text", .string(text.originalString(quantity.range))),
            ("span", text.originalSpan(quantity.range).json),
            ("value", .number(quantity.value.description)),
            ("decimal", .string(quantity.value.description)),
            ("form", .string(quantity.form.rawValue)),
            ("unit", quantity.unit.map(JSON.string) ?? .null),
            ("qualifier", .string(quantity.qualifier.rawValue)),
            ("interval", quantity.interval.json),
            ("notAClaim", quantity.notAClaim.map { .string($0.rawValue) } ?? .null),
            ("range", quantity.rangeEnd.map { .string($0.rawValue) } ?? .null),
        ])
    }

    public static func json(_ document: SegmentedDocument, engine: NumberEngine) -> JSON {
        let (perSentence, diagnostics) = engine.quantities(in: document)
        let quantities = perSentence.enumerated().flatMap { sentence, found in
            found.map { quantity -> JSON in
                guard case .object(var members) = json(quantity, in: document.text) else { return .null }
                members.append(("sentence", .int(sentence)))
                return .object(members)
            }
        }
        return .object([
            ("schema", .string(schema)),
            ("source", .string(document.source)),
            ("script", .string(document.text.script.rawValue)),
            ("quantities", .array(quantities)),
            ("diagnostics", .array((document.diagnostics + diagnostics).map(\.json))),
        ])
    }

    /// One line per quantity: span, text, value, unit, qualifier, interval, and why it is
    /// not a claim when it is not.
    public static func text(_ document: SegmentedDocument, engine: NumberEngine) -> String {
        let (perSentence, diagnostics) = engine.quantities(in: document)
        var out = "# \(TerminalText.visible(document.source)): \(document.text.script.rawValue)\n"
        for diagnostic in document.diagnostics + diagnostics {
            out += "! \(diagnostic.severity.rawValue) \(diagnostic.code): \(TerminalText.visible(diagnostic.message))\n"
        }
        for quantity in perSentence.joined() {
            let span = document.text.originalSpan(quantity.range)
            var line = "\(span.start)-\(span.end)\t\(TerminalText.visible(document.text.originalString(quantity.range)))\t\(quantity.value)"
            line += " \(quantity.unit ?? "-") \(quantity.qualifier.rawValue) \(quantity.interval)"
            if quantity.form != .plain { line += " form=\(quantity.form.rawValue)" }
            if let end = quantity.rangeEnd { line += " range=\(end.rawValue)" }
            if let reason = quantity.notAClaim { line += " NOT-A-CLAIM:\(reason.rawValue)" }
            out += line + "\n"
        }
        return out
    }
}

extension Interval {
    /// `[low, high]`, null for an unbounded end.
    public var json: JSON {
        var builder = JSONBuilder()
        DocumentJSON.encode(self, into: &builder)
        return builder.result
    }
}
