/// The report for people at a terminal: a summary; the inconsistent checks, each with its
/// place (line:column), sentences, figures, message and link; the unverifiable ones the same
/// way; the consistent ones a line each; then the claims no check reached. In English, or
/// with `.zh` in Chinese in the document's script (messages made from the figures).
public enum TextReport {
    public static func render(_ document: AnalyzedDocument, colour: Bool, language: ReportLanguage = .en) -> String {
        func paint(_ text: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        let checks = document.checks
        let inconsistent = checks.filter { $0.verdict == .inconsistent }
        let unverifiable = checks.filter { $0.verdict == .unverifiable }
        let consistent = checks.filter { $0.verdict == .consistent }
        let claims = Dictionary(uniqueKeysWithValues: document.claims.map { ($0.id, $0) })
        let lines = LineIndex(document.text.original)
        let words = language.words(script: document.text.script)
        func place(_ check: Check) -> String {
            guard let claim = check.statedClaim.flatMap({ claims[$0] }) ?? check.claims.first.flatMap({ claims[$0] }) else { return "" }
            let (line, column) = lines.lineColumn(document.text.originalSpan(claim.range).start)
            return "\(line):\(column)"
        }

        let (counts, failing) = words.summary(claims: document.claims.count, checks: checks.count, inconsistent: inconsistent.count)
        var out = paint(TerminalText.visible(document.source), "1") + ": " + counts
        out += paint(failing, inconsistent.isEmpty ? "32" : "31;1")
        out += words.restOfSummary(unverifiable: unverifiable.count, consistent: consistent.count) + "\n"
        for (check, mark, code) in inconsistent.map({ ($0, "✗", "31") }) + unverifiable.map({ ($0, "?", "33") }) {
            out += "\n" + paint("\(mark) \(words.relation(check.relation))", code + ";1") + "  \(words.at) \(place(check))\n"
            // The sentences the figures stand in.
            var shown = Set<Int>()
            for id in check.claims {
                guard let claim = claims[id], shown.insert(claim.sentence).inserted else { continue }
                let sentence = document.segmentation.sentences[claim.sentence]
                out += "    │ " + oneLine(document.text.originalString(sentence.range)) + "\n"
            }
            out += "    " + TerminalText.visible(language.message(check, in: document)) + "\n"
            out += "    " + paint(TerminalText.visible(words.link(check.link)), "2") + "\n"
        }
        if !consistent.isEmpty {
            out += "\n" + paint("✓ \(consistent.count) \(words.verdict("consistent"))", "32") + "\n"
            for check in consistent {
                out += "    \(words.relation(check.relation)) \(words.at) \(place(check)): " + oneLine(language.message(check, in: document)) + "\n"
            }
        }
        let checked = Set(checks.flatMap(\.claims))
        let alone = document.claims.filter { !checked.contains($0.id) }
        if !alone.isEmpty {
            out += "\n" + words.alone(alone.count, of: document.claims.count) + "\n"
            for claim in alone {
                let (line, column) = lines.lineColumn(document.span(of: claim).start)
                out += "    \(line):\(column) \(words.kind(claim.kind.rawValue)) " + oneLine(document.text(of: claim)) + "\n"
            }
        }
        for diagnostic in document.diagnostics where diagnostic.severity != .note {
            let at = diagnostic.span.map { span -> String in let (l, c) = lines.lineColumn(span.start); return " at \(l):\(c)" } ?? ""
            out += paint("! \(diagnostic.code)", "33") + "\(at): \(TerminalText.visible(diagnostic.message))\n"
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
