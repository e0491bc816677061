/// The report for people at a terminal: inconsistent checks first, each with its sentence,
/// figures and message; then the unverifiable ones; then a count of the rest.
public enum TextReport {
    public static func render(_ document: AnalyzedDocument, colour: Bool) -> String {
        func paint(_ text: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        let checks = document.checks
        let inconsistent = checks.filter { $0.verdict == .inconsistent }
        let unverifiable = checks.filter { $0.verdict == .unverifiable }
        var out = paint(TerminalText.visible(document.source), "1") + ": \(document.claims.count) claims, \(checks.count) checks — "
        out += paint("\(inconsistent.count) inconsistent", inconsistent.isEmpty ? "32" : "31;1")
        out += ", \(unverifiable.count) unverifiable\n"
        let claims = Dictionary(uniqueKeysWithValues: document.claims.map { ($0.id, $0) })
        for (check, mark, code) in inconsistent.map({ ($0, "✗", "31") }) + unverifiable.map({ ($0, "?", "33") }) {
            out += "\n" + paint("\(mark) \(check.relation)", code + ";1")
            if let first = check.claims.compactMap({ claims[$0] }).first {
                let span = document.text.originalSpan(first.range)
                out += "  (at \(span.start))"
            }
            out += "\n"
            // The sentences the figures stand in.
            var shown = Set<Int>()
            for id in check.claims {
                guard let claim = claims[id], shown.insert(claim.sentence).inserted else { continue }
                let sentence = document.segmentation.sentences[claim.sentence]
                out += "    │ " + oneLine(document.text.originalString(sentence.range)) + "\n"
            }
            out += "    " + TerminalText.visible(check.message) + "\n"
            out += "    " + paint(TerminalText.visible(check.link.summary), "2") + "\n"
        }
        let consistent = checks.count - inconsistent.count - unverifiable.count
        out += "\n" + paint("✓ \(consistent) consistent", "32") + "\n"
        for diagnostic in document.diagnostics where diagnostic.severity != .note {
            out += paint("! \(diagnostic.code)", "33") + ": \(TerminalText.visible(diagnostic.message))\n"
        }
        return out
    }

    private static func oneLine(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars { out.unicodeScalars.append(scalar == "\n" || scalar == "\r" ? " " : scalar) }
        out = out.count > 160 ? String(out.prefix(157)) + "…" : out
        return TerminalText.visible(out)
    }
}
