import Foundation
import SuanshuCore

/// How a batch writes its documents, in the order given: JSON Lines (one document a line),
/// text (each document's report, then a summary), SARIF (one log whose run holds every
/// document as an artifact), or HTML (a page per document in a folder, and an index).
enum BatchOutput: Sendable {
    case jsonLines
    case text(colour: Bool, language: ReportLanguage)
    case sarif
    case html(folder: String, language: ReportLanguage)
    case arrow

    /// What one document gives: bytes to write in its turn (for HTML, its line in the index),
    /// and for SARIF its parts of the log.
    struct Piece: @unchecked Sendable {
        var bytes: [UInt8] = []
        var artifact: JSON?
        var results: [JSON] = []
        /// For Arrow, the document's row (handed from its worker to the writer, then not touched).
        var rows: ArrowRows?
    }

    /// A document's row of the Arrow stream, encoded as its JSON is.
    func arrowRows(_ document: AnalyzedDocument) -> ArrowRows {
        ArrowStream.rows(of: document)
    }

    func piece(_ document: AnalyzedDocument, index: Int) throws -> Piece {
        switch self {
        case .jsonLines:
            var bytes: [UInt8] = []
            DocumentJSON.write(document, pretty: false) { bytes += $0 }
            return Piece(bytes: bytes + [0x0A])
        case .text(let colour, let language):
            return Piece(bytes: Array((TextReport.render(document, colour: colour, language: language) + "\n").utf8))
        case .sarif:
            return Piece(artifact: SARIF.artifact(document), results: SARIF.results(document, artifact: index))
        case .arrow:
            return Piece(rows: arrowRows(document))
        case .html(let folder, let language):
            let name = Self.pageName(document.source, index: index)
            try Data(HTMLReport.render(document, language: language).utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
            let inconsistent = document.checks.filter { $0.verdict == .inconsistent }.count
            let item = "<li class=\"\(inconsistent > 0 ? "bad" : "ok")\"><a href=\"\(HTMLReport.escape(name))\">\(HTMLReport.escape(document.source))</a> "
                + "— \(document.claims.count) claims, \(document.checks.count) checks, \(inconsistent) inconsistent</li>\n"
            return Piece(bytes: Array(item.utf8))
        }
    }

    /// A document that could not be read or checked, in the same place.
    func failure(source: String, code: String, message: String, index: Int) -> Piece {
        switch self {
        case .jsonLines:
            return Piece(bytes: DocumentJSON.failure(source: source, code: code, message: message).bytes(pretty: false) + [0x0A])
        case .text:
            return Piece(bytes: Array("\(TerminalText.visible(source)): not checked: \(TerminalText.visible(message))\n\n".utf8))
        case .sarif:
            return Piece(artifact: SARIF.artifact(source: source))
        case .arrow:
            var rows = ArrowStream.rows()
            rows.value(DocumentJSON.failure(source: source, code: code, message: message))
            return Piece(rows: rows)
        case .html:
            return Piece(bytes: Array("<li class=\"failed\">\(HTMLReport.escape(source)) — not checked: \(HTMLReport.escape(message))</li>\n".utf8))
        }
    }

    /// What comes before the first document (checked before any work: a folder that
    /// cannot be written is a usage error).
    func start() throws {
        if case .html(let folder, _) = self {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
    }

    /// What comes after the last document.
    func finish(_ summary: Batch.Summary, artifacts: [JSON], results: [JSON], items: [UInt8]) throws {
        switch self {
        case .jsonLines, .arrow: break
        case .text: StandardOutput.write(summary.text + "\n")
        case .sarif: StandardOutput.write(bytes: SARIF.log(artifacts: artifacts, results: results, version: Suanshu.version).bytes(pretty: true) + [0x0A])
        case .html(let folder, _):
            // The index lists the pages; written last, when every page is there.
            let page = """
            <!DOCTYPE html>
            <html lang="zh">
            <head><meta charset="utf-8"><title>suanshu — \(summary.documents) documents</title>
            <style>body { font: 15px/1.7 system-ui, sans-serif; margin: 2em; } li.bad a { color: #c62828; font-weight: bold; } li.failed { color: #777; }</style>
            </head>
            <body>
            <h1>\(summary.documents) documents</h1>
            <p>\(HTMLReport.escape(summary.text))</p>
            <ol>
            \(String(decoding: items, as: UTF8.self))</ol>
            </body>
            </html>

            """
            try Data(page.utf8).write(to: URL(fileURLWithPath: folder + "/index.html"))
        }
    }

    /// A page's file name: its number in the batch (names may repeat across folders) and the
    /// document's own name, made safe for a file system.
    static func pageName(_ source: String, index: Int) -> String {
        let base = source.split(separator: "/").last.map(String.init) ?? "document"
        let safe = String(base.unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0) ? Character($0) : "_" })
        return String(format: "%05d-", index + 1) + safe + ".html"
    }
}

/// The Arrow stream of a batch: the schema first, then the documents' rows gathered into a
/// record batch every `rowsPerBatch` documents, and the end marker.
final class ArrowOutput {
    static let rowsPerBatch = 250
    private var pending: [ArrowRows] = []

    init() {
        StandardOutput.write(bytes: ArrowStream.schemaMessage())
    }

    func add(_ rows: ArrowRows) {
        pending.append(rows)
        if pending.count == Self.rowsPerBatch { flush() }
    }

    private func flush() {
        guard !pending.isEmpty else { return }
        ArrowStream.writeBatch(pending) { StandardOutput.write(bytes: $0) }
        pending = []
    }

    func finish() {
        flush()
        StandardOutput.write(bytes: ArrowStream.endMessage)
    }
}
