import ArgumentParser
import SuanshuCore

struct Tokens: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the sentences and word tokens of a text, with categories and spans.",
        discussion: """
        Spans are Unicode scalar offsets into the input as decoded, end exclusive.

        Examples:
          suanshu tokens Fixtures/encodings/release-hans.utf8.txt
          suanshu tokens --format json --encoding big5 release.txt
        """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: text or json.")
    var format: StageFormat = .text

    func run() throws {
        let document = input.load(segmenter: orExit { try Segmenter() })
        switch format {
        case .text: StandardOutput.write(TokensReport.text(document))
        case .json: StandardOutput.write(TokensReport.json(document).serialized(pretty: true) + "\n")
        }
    }
}
