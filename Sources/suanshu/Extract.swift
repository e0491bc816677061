import ArgumentParser
import SuanshuCore

/// Options of the commands that analyse documents.
struct AnalysisOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl
    }

    @Option(help: "Output format: json (one document) or jsonl (one document a line).")
    var format: Format = .json

    @Option(help: "Read rules and lexicons from this folder instead of the built-in grammars.")
    var grammars: String?

    /// The analyzer, or the end of the program with the grammar error (file:line:column).
    func analyzer() -> Analyzer {
        do {
            let files = try grammars.map { try GrammarFiles.load(directory: $0) } ?? .builtIn
            return try Analyzer(grammars: files)
        } catch {
            StandardError.write("suanshu: \(error)")
            terminate(2)
        }
    }

    func write(_ json: JSON) {
        StandardOutput.write(bytes: json.bytes(pretty: format == .json) + [0x0A])
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
        let document = input.analyze(with: options.analyzer(), checks: false)
        options.write(DocumentJSON.json(document))
    }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Extract the claims of a release and check that its figures agree.",
        discussion: """
        Exit status: 0 when every check is consistent or unverifiable, 1 when one is
        inconsistent, 2 for usage or input errors.

        Examples:
          suanshu check Fixtures/customs-2024-annual-planted.txt
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var options: AnalysisOptions

    func run() throws {
        let document = input.analyze(with: options.analyzer(), checks: true)
        options.write(DocumentJSON.json(document))
        if document.hasInconsistency { throw ExitCode(1) }
    }
}
