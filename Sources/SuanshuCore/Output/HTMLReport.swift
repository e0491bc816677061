/// One self-contained page (no network): the original text with every claim highlighted by
/// kind (hover for a summary, click for its record), and the checks listed with links to
/// their figures, the inconsistent ones first and marked.
public enum HTMLReport {
    public static func render(_ document: AnalyzedDocument, language: ReportLanguage = .en) -> String {
        let text = document.text
        let words = language.words(script: text.script)
        let inconsistent = document.checks.filter { $0.verdict == .inconsistent }
        let bad = Set(inconsistent.flatMap(\.claims))
        var page = """
        <!DOCTYPE html>
        <html lang="zh">
        <head>
        <meta charset="utf-8">
        <title>suanshu — \(escape(document.source))</title>
        <style>
        body { font: 15px/1.7 system-ui, "Noto Sans CJK SC", sans-serif; margin: 0; display: flex; }
        main { flex: 3; padding: 1em 2em; }
        aside { flex: 2; padding: 1em; background: #f6f6f4; height: 100vh; overflow: auto; position: sticky; top: 0; }
        .text { white-space: pre-wrap; }
        mark { border-radius: 3px; padding: 0 1px; cursor: pointer; background: #e8eefc; }
        mark.amount { background: #dbe9ff; } mark.growth { background: #d9f2df; } mark.share { background: #fdf0cc; }
        mark.change { background: #efe1fa; } mark.contribution { background: #fde2cf; } mark.rate { background: #d6f3f3; }
        mark.count, mark.rank, mark.streak, mark.ratio { background: #ececec; }
        mark.bad { outline: 2px solid #c62828; background: #ffd6d6; }
        mark:target, mark.picked { box-shadow: 0 0 0 3px #1565c0; }
        .check { margin: .4em 0; padding: .4em .6em; border-left: 4px solid #9e9e9e; background: white; }
        .check.inconsistent { border-color: #c62828; background: #fff0f0; }
        .check.unverifiable { border-color: #f9a825; }
        .check.consistent { border-color: #2e7d32; }
        .verdict { font-weight: bold; text-transform: uppercase; font-size: 11px; }
        pre#record { white-space: pre-wrap; font-size: 12px; background: white; padding: .5em; }
        .legend { font-size: 13px; } .legend mark, .legend span.check { margin-right: .4em; padding: 0 .3em; cursor: default; }
        .legend span.check { display: inline; }
        .diagnostics li.error { color: #c62828; } .diagnostics li.warning { color: #8d6e00; }
        </style>
        </head>
        <body>
        <main>
        <h1>\(escape(document.source))</h1>
        <p class="summary">\(document.claims.count) claims, \(document.checks.count) checks, <strong>\(inconsistent.count) inconsistent</strong></p>
        \(legend)
        \(diagnostics(document))<div class="text">
        """
        // The original text with each claim in a <mark>, in order, never nested.
        var cursor = 0
        var body = ""
        for claim in document.claims.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            let range = text.originalUTF16Range(claim.range)
            guard range.lowerBound >= cursor else { continue }
            body += escape(text.original.string(utf16: cursor..<range.lowerBound))
            let record = DocumentJSON.json(claim, text).serialized()
            let summary = "\(claim.kind.rawValue) \(claim.value.description) \(claim.unit) · \(claim.subject?.metric ?? "")"
            body += "<mark id=\"\(claim.id)\" class=\"\(claim.kind.rawValue)\(bad.contains(claim.id) ? " bad" : "")\" tabindex=\"0\" "
                + "title=\"\(escape(summary))\" data-record=\"\(escape(record))\">"
                + escape(text.original.string(utf16: range)) + "</mark>"
            cursor = range.upperBound
        }
        body += escape(text.original.string(utf16: cursor..<text.original.utf16.count))
        page += body + "</div>\n</main>\n<aside>\n<h2>Checks</h2>\n"
        let ordered = inconsistent + document.checks.filter { $0.verdict == .unverifiable } + document.checks.filter { $0.verdict == .consistent }
        for check in ordered {
            let links = check.claims.map { "<a href=\"#\($0)\" data-claim=\"\($0)\">\($0)</a>" }.joined(separator: " ")
            page += "<div class=\"check \(check.verdict.rawValue)\" id=\"\(check.id)\"><span class=\"verdict\">\(words.verdict(check.verdict.rawValue))</span> "
                + "<b>\(escape(words.relation(check.relation)))</b> \(links)<br>\(escape(language.message(check, in: document)))"
                + "<br><small class=\"link \(check.link.strength.rawValue)\">\(escape(words.link(check.link)))</small></div>\n"
        }
        // The claims no check reached, as the text report lists them.
        let checked = Set(document.checks.flatMap(\.claims))
        let alone = document.claims.filter { !checked.contains($0.id) }
        if !alone.isEmpty {
            page += "<h2>\(escape(words.alone(alone.count, of: document.claims.count)))</h2>\n<ul class=\"alone\">\n"
            for claim in alone {
                page += "<li><a href=\"#\(claim.id)\" data-claim=\"\(claim.id)\">\(claim.id)</a> \(escape(words.kind(claim.kind.rawValue))) "
                    + escape(document.text(of: claim)) + "</li>\n"
            }
            page += "</ul>\n"
        }
        page += """
        <h2>Record</h2>
        <pre id="record">Click a highlighted figure.</pre>
        </aside>
        <script>
        document.addEventListener('click', function (event) {
          var mark = event.target.closest('mark');
          if (!mark) return;
          document.querySelectorAll('mark.picked').forEach(function (m) { m.classList.remove('picked'); });
          mark.classList.add('picked');
          document.getElementById('record').textContent = JSON.stringify(JSON.parse(mark.dataset.record), null, 2);
        });
        </script>
        </body>
        </html>

        """
        return page
    }

    /// What the colours mean: a figure's kind, a figure in an inconsistent check, a verdict.
    static let legend: String = {
        let kinds = ["amount", "growth", "share", "change", "contribution", "rate", "count", "rank", "streak", "ratio"]
        let marks = kinds.map { "<mark class=\"\($0)\">\($0)</mark>" }.joined()
        let verdicts = ["inconsistent", "unverifiable", "consistent"].map { "<span class=\"check \($0)\">\($0)</span>" }.joined()
        return "<p class=\"legend\">Figures by kind: \(marks)<mark class=\"bad\">in an inconsistent check</mark><br>Checks: \(verdicts)</p>"
    }()

    /// What was wrong with the input or removed from it, which the highlighted text does
    /// not show.
    static func diagnostics(_ document: AnalyzedDocument) -> String {
        guard !document.diagnostics.isEmpty else { return "" }
        let items = document.diagnostics.map { diagnostic in
            "<li class=\"\(diagnostic.severity.rawValue)\"><b>\(escape(diagnostic.code))</b>: \(escape(diagnostic.message))</li>"
        }
        return "<details class=\"diagnostics\" open><summary>\(items.count) diagnostics</summary><ul>\(items.joined())</ul></details>\n"
    }

    public static func escape(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
