import SuanshuCore

/// Bad input met in a document (invalid bytes, an overlong line, a number too large): the
/// output holds each as a diagnostic, and standard error says so in one line per kind, so a
/// person at a terminal hears of it too. Removed noise is routine and left to the output, as
/// are notes (a measure word the units lack).
enum InputWarnings {
    static func report(_ document: AnalyzedDocument) {
        var order: [String] = []
        var first: [String: Diagnostic] = [:]
        var count: [String: Int] = [:]
        for diagnostic in document.diagnostics where diagnostic.code != "noise-removed" && diagnostic.severity != .note {
            if first[diagnostic.code] == nil {
                order.append(diagnostic.code)
                first[diagnostic.code] = diagnostic
            }
            count[diagnostic.code, default: 0] += diagnostic.occurrences
        }
        let source = document.source == "-" ? "standard input" : document.source
        for code in order {
            let more = count[code]! - 1
            StandardError.write("suanshu: \(source): warning: \(first[code]!.message)" + (more > 0 ? " (and \(more) more \(code))" : ""))
        }
    }
}
