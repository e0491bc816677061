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

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: text or json.")
    var format: StageFormat = .text

    func run() throws {
        let document = input.load(segmenter: orExit { try Segmenter() })
        let engine = orExit { try NumberEngine() }
        switch format {
        case .text: StandardOutput.write(QuantitiesReport.text(document, engine: engine))
        case .json: StandardOutput.write(QuantitiesReport.json(document, engine: engine).serialized(pretty: true) + "\n")
        }
    }
}
