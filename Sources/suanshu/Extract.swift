import Foundation
import ArgumentParser
import SuanshuCore

/// Options of the commands that analyse documents.
struct AnalysisOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl, text, sarif, html, arrow
    }

    @Option(help: "Output format: json (one document), jsonl (one document a line; the default for a batch), text (a report for people; colour on a terminal unless NO_COLOR is set), html (one self-contained page), sarif (SARIF 2.1.0) or arrow (an Arrow IPC stream, a row a document, a record batch every \(ArrowOutput.rowsPerBatch) documents and at the end).")
    var format: Format?

    @Option(help: "Language of the text and HTML reports: en, or zh (Chinese in the document's own script, Simplified or Traditional).")
    var lang: ReportLanguage = .en

    /// json unless asked otherwise.
    var formatGiven: Bool { format != nil }

    @Option(help: "Read rules and lexicons from this folder instead of the built-in grammars.")
    var grammars: String?

    enum InputKind: String, ExpressibleByArgument, CaseIterable {
        case text, jsonl
    }

    @Option(name: .customLong("input"), help: "What the input holds: text (one document; the default) or jsonl (one record {\"id\": …, \"text\": …} a line, a document each, written in order as each is done).")
    var inputKind: InputKind = .text

    /// How records (`--input jsonl`) are written: JSON Lines or text reports.
    func recordOutput() throws -> BatchOutput {
        switch format ?? .jsonl {
        case .jsonl: return .jsonLines
        case .arrow: return .arrow
        case .text: return .text(colour: isatty(1) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil, language: lang)
        default: throw ValidationError("--input jsonl writes JSON Lines (one document a record), arrow or text; --format \(format!.rawValue) does not apply")
        }
    }

    /// Runs the records and ends the program with a batch's status.
    func runRecords(_ inputs: [String], checks: Bool, jobs: Int?, failOnInconsistent: Bool) throws -> Never {
        let records = Records(inputs: inputs, checks: checks, format: try recordOutput(), grammars: grammarFiles(), jobs: jobs ?? Batch.cores)
        let summary = records.run()
        StandardError.write(summary.line)
        terminate(summary.failures > 0 ? 2 : summary.inconsistent > 0 && failOnInconsistent ? 1 : 0)
    }

    /// The analyzer, or the end of the program with the grammar error (file:line:column).
    func analyzer() -> Analyzer {
        orExit { try madeAnalyzer().get() }
    }

    /// The analyzer, or the grammar error.
    func madeAnalyzer() -> Result<Analyzer, any Error> {
        Result { try Analyzer(grammars: try grammars.map { try GrammarFiles.load(directory: $0) } ?? .builtIn) }
    }

    /// The grammars to use (checked by building an analyzer once), or the end of the program.
    func grammarFiles() -> GrammarFiles {
        orExit {
            let files = try grammars.map { try GrammarFiles.load(directory: $0) } ?? .builtIn
            _ = try Analyzer(grammars: files)
            return files
        }
    }

    /// --lang is for the reports people read; JSON and SARIF keep English messages for tools.
    func checkLanguage() throws {
        if lang != .en, let format, format != .text, format != .html {
            throw ValidationError("--lang applies to --format text and html; --format \(format.rawValue) keeps English messages for tools")
        }
        if lang != .en, format == nil { throw ValidationError("--lang applies to --format text and html") }
    }

    /// For the JSON formats, whether the JSON is indented (one document) or not (JSON Lines);
    /// nil for the others.
    var jsonLayout: Bool? {
        switch format ?? .json {
        case .json: true
        case .jsonl: false
        case .text, .sarif, .html, .arrow: nil
        }
    }

    /// One document in the chosen format.
    func write(_ document: AnalyzedDocument) {
        defer { InputWarnings.report(document) }
        switch format ?? .json {
        case .json, .jsonl:
            DocumentJSON.write(document, pretty: jsonLayout ?? true) { StandardOutput.write(bytes: $0) }
            StandardOutput.write(bytes: [0x0A])
        case .text:
            let colour = isatty(1) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            StandardOutput.write(TextReport.render(document, colour: colour, language: lang))
        case .sarif: StandardOutput.write(bytes: SARIF.log([document], version: Suanshu.version).bytes(pretty: true) + [0x0A])
        case .html: StandardOutput.write(HTMLReport.render(document, language: lang))
        case .arrow:
            let output = ArrowOutput()
            output.add(BatchOutput.arrow.arrowRows(document))
            output.finish()
        }
    }
}

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract the numeric claims of a release as JSON (the output contract, suanshu/1).",
        discussion: """
        Examples:
          suanshu extract Fixtures/customs-2024-annual.txt
          cat release.txt | suanshu extract --format jsonl
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var options: AnalysisOptions

    func run() throws {
        try options.checkLanguage()
        if options.inputKind == .jsonl { try options.runRecords([input.file], checks: false, jobs: nil, failOnInconsistent: false) }
        let document = input.analyze(with: options.analyzer(), checks: false)
        options.write(document)
    }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Extract the claims of releases and check that their figures agree.",
        discussion: """
        One file (or '-' for standard input) gives one JSON document. Several files or a \
        folder give JSON Lines, one document a line in the order given, checked on --jobs \
        cores; a file that cannot be read is reported and skipped.

        Exit status: 0 when every check is consistent or unverifiable, 1 when one is \
        inconsistent (unless --fail-on never), 2 for usage or input errors (in a batch: when \
        a file could not be read).

        Examples:
          suanshu check Fixtures/customs-2024-annual-planted.txt
          suanshu check --jobs 4 releases/ > checks.jsonl
        """
    )

    @Argument(help: "Files or folders to read; '-' or nothing reads standard input.")
    var inputs: [String] = []

    @Option(help: "How to read the bytes: auto, utf-8, gb18030, big5 or utf-16.")
    var encoding: InputEncoding = .auto

    @OptionGroup var options: AnalysisOptions

    @Option(parsing: .unconditional, help: "Documents checked at once in a batch (default: the number of cores).")
    var jobs: Int?

    @Option(help: "With --format html and several documents: the folder to write a page per document and index.html into.")
    var output: String?

    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case inconsistent, never
    }

    @Option(name: .customLong("fail-on"), help: "When to exit 1: inconsistent (a check is) or never.")
    var failOn: FailOn = .inconsistent

    @Flag(help: "Read the input as it arrives (tail -f briefing.txt | suanshu check --stream) and write a JSON line per completed sentence, per check as soon as it can be decided, and a summary at the end.")
    var stream = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        // Two readers of one standard input would split it between two documents at random.
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input ('-') can be read only once") }
    }

    /// How a batch writes, or a usage error for a format that cannot hold several documents.
    func batchOutput() throws -> BatchOutput {
        switch options.format ?? .jsonl {
        case .jsonl: return .jsonLines
        case .arrow: return .arrow
        case .json: throw ValidationError("--format json writes one document; for several, use --format jsonl (one document a line)")
        case .text: return .text(colour: isatty(1) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil, language: options.lang)
        case .sarif: return .sarif
        case .html:
            guard let output else { throw ValidationError("--format html for several documents needs --output FOLDER (a page per document and index.html)") }
            return .html(folder: output, language: options.lang)
        }
    }

    func run() throws {
        try options.checkLanguage()
        if output != nil && options.format != .html { throw ValidationError("--output goes with --format html") }
        if options.inputKind == .jsonl {
            if stream { throw ValidationError("--input jsonl reads records as they come already; --stream does not apply") }
            try options.runRecords(inputs, checks: true, jobs: jobs, failOnInconsistent: failOn == .inconsistent)
        }
        if stream {
            guard inputs.count <= 1 else { throw ValidationError("--stream reads one input") }
            if let format = options.format, format != .jsonl, format != .text {
                throw ValidationError("--stream writes JSON Lines (one event a line) or text; --format \(format.rawValue) does not apply")
            }
            if output != nil { throw ValidationError("--output does not apply to --stream") }
            if let path = inputs.first, path != "-" {
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                    throw ValidationError("--stream reads one file or standard input; \(path) is a folder")
                }
            }
            var streamer = Streamer(path: inputs.first ?? "-", encoding: encoding, analyzer: options.analyzer())
            streamer.text = options.format == .text
            streamer.language = options.lang
            streamer.colour = isatty(1) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            let inconsistent = streamer.run()
            if inconsistent && failOn == .inconsistent { throw ExitCode(1) }
            return
        }
        let batch = Batch(inputs: inputs.isEmpty ? ["-"] : inputs)
        if batch.isSingle, options.format != .arrow {
            if output != nil { throw ValidationError("--output is for a batch of several documents; one page goes to standard output") }
            var single = InputOptions()
            single.file = batch.paths[0]
            single.encoding = encoding
            let document: AnalyzedDocument
            if let pretty = options.jsonLayout {
                document = single.check(with: options.madeAnalyzer, pretty: pretty)
                StandardOutput.write(bytes: [0x0A])
                InputWarnings.report(document)
            } else {
                document = single.analyze(with: options.analyzer(), checks: true)
                options.write(document)
            }
            // Ended here, the document still held: the kernel takes its pages back at once,
            // where freeing its million objects one by one takes a tenth of the run.
            terminate(document.hasInconsistency && failOn == .inconsistent ? 1 : 0)
        }
        let format = try batchOutput()
        if batch.paths.isEmpty { StandardError.write("suanshu: warning: no files to check in \(inputs.joined(separator: ", "))") }
        let summary: Batch.Summary
        do {
            summary = try batch.run(jobs: jobs ?? Batch.cores, encoding: encoding, grammars: options.grammarFiles(), output: format)
        } catch {
            StandardError.write("suanshu: \(error)")
            throw ExitCode(2)
        }
        StandardError.write(summary.line)
        if summary.failures > 0 { throw ExitCode(2) }
        if summary.inconsistent > 0 && failOn == .inconsistent { throw ExitCode(1) }
    }
}
