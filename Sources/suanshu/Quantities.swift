import ArgumentParser
import SuanshuCore

struct Quantities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print every number the engine reads, with value, unit, qualifier and interval.",
        discussion: """
        Dates, list numbers, names and identifiers are listed too, marked as not claims.

        Examples:
          suanshu quantities Fixtures/customs-2024-annual.txt
          echo '进口18.48万亿元，增长0.5%。' | suanshu quantities --format json
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        let document = input.load(segmenter: makeSegmenter())
        let engine = loadNumberEngine()
        switch format {
        case .text: StandardOutput.write(QuantitiesReport.text(document, engine: engine))
        case .json: StandardOutput.write(QuantitiesReport.json(document, engine: engine).serialized(pretty: true) + "\n")
        }
    }
}

/// The number engine on the built-in grammars, or the end of the program with the grammar
/// error (file:line:column) when they do not load.
func loadNumberEngine() -> NumberEngine {
    do {
        return try NumberEngine()
    } catch {
        StandardError.write("suanshu: \(error)")
        terminate(2)
    }
}
