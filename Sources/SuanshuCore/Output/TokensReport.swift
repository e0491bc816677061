/// The output of `suanshu tokens`: sentences and their tokens with categories and spans.
public enum TokensReport {
    public static let schema = "suanshu-tokens/1"

    public static func json(_ document: SegmentedDocument) -> JSON {
        let text = document.text
        let sentences: [JSON] = document.segmentation.sentences.enumerated().map { id, sentence in
            let tokens: [JSON] = document.segmentation.tokens(of: sentence).map { token in
                .object([
                    ("category", .string(token.category.name)),
                    ("span", text.originalSpan(token.range).json),
                    ("text", .string(text.originalString(token.range))),
                ])
            }
            return .object([
                ("id", .int(id)),
                ("span", text.originalSpan(sentence.range).json),
                ("tokens", .array(tokens)),
            ])
        }
        return .object([
            ("schema", .string(schema)),
            ("source", .string(document.source)),
            ("encoding", .string(document.original.encoding)),
            ("script", .string(text.script.rawValue)),
            ("sentences", .array(sentences)),
            ("diagnostics", .array(document.diagnostics.map(\.json))),
        ])
    }

    /// One line per sentence, then one line per token: category, span, original text.
    public static func text(_ document: SegmentedDocument) -> String {
        let text = document.text
        var out = "# \(visible(document.source)): \(document.original.encoding), \(text.script.rawValue), "
        out += "\(document.segmentation.sentences.count) sentences, \(document.segmentation.tokens.count) tokens\n"
        for diagnostic in document.diagnostics {
            out += "! \(diagnostic.severity.rawValue) \(diagnostic.code): \(visible(diagnostic.message))\n"
        }
        for (id, sentence) in document.segmentation.sentences.enumerated() {
            let span = text.originalSpan(sentence.range)
            out += "\n[\(id)] \(span.start)-\(span.end) \(visible(text.originalString(sentence.range)))\n"
            for token in document.segmentation.tokens(of: sentence) {
                let span = text.originalSpan(token.range)
                let category = padded(token.category.name, 12)
                let place = padded("\(span.start)-\(span.end)", 12)
                out += "    \(category)\(place)\(visible(text.originalString(token.range)))\n"
            }
        }
        return out
    }

    private static func padded(_ s: String, _ width: Int) -> String {
        s + String(repeating: " ", count: max(1, width - s.count))
    }

    /// Line breaks, tabs and other controls shown as escapes so each record stays on its
    /// line and the terminal is not driven by the input.
    private static func visible(_ s: String) -> String { TerminalText.visible(s) }
}
