import ArgumentParser
import SuanshuCore

extension InputEncoding: ExpressibleByArgument {}

/// The input arguments every command shares.
struct InputOptions: ParsableArguments {
    @Argument(help: "The text to read; '-' or nothing reads standard input.")
    var file: String = "-"

    @Option(help: "How to read the bytes: auto, utf-8, gb18030, big5 or utf-16.")
    var encoding: InputEncoding = .auto

    /// Reads and segments the input, or ends the program with status 2 and one line
    /// saying why the input cannot be read.
    func load(segmenter: Segmenter) -> SegmentedDocument {
        reading { try SegmentedDocument(source: file, bytes: $0, encoding: encoding, segmenter: segmenter) }
    }

    /// Reads and analyses the input, or ends the program the same way.
    func analyze(with analyzer: Analyzer, checks: Bool) -> AnalyzedDocument {
        reading { try analyzer.analyze(source: file, bytes: $0, encoding: encoding, checks: checks) }
    }

    /// Reads, checks and writes the input as one JSON document (as it goes: see
    /// `Analyzer.check`), or ends the program as `analyze` does.
    func check(with analyzer: Analyzer, pretty: Bool) -> AnalyzedDocument {
        reading { try analyzer.check(source: file, bytes: $0, encoding: encoding, pretty: pretty) { StandardOutput.write(bytes: $0) } }
    }

    /// The input's bytes through `body`; any error ends the program with status 2.
    private func reading<T>(_ body: ([UInt8]) throws -> T) -> T {
        do {
            return try body(try InputReader.read(file) { prefix throws(TextInputError) in try TextDecoder.refuseBinaryStart(prefix, encoding: encoding) })
        } catch let error as TextInputError {
            switch error {
            case .unreadable: StandardError.write("suanshu: \(error)")
            default: StandardError.write("suanshu: \(file == "-" ? "standard input" : file): \(error)")
            }
            terminate(2)
        } catch {
            StandardError.write("suanshu: \(file): \(error)")
            terminate(2)
        }
    }
}

/// The value `body` makes, or the end of the program with its error on one line (ICU data
/// missing, a grammar error as file:line:column).
func orExit<T>(_ body: () throws -> T) -> T {
    do {
        return try body()
    } catch {
        StandardError.write("suanshu: \(error)")
        terminate(2)
    }
}

/// Output formats of the commands that show one stage (tokens, quantities).
enum StageFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
extension ReportLanguage: ExpressibleByArgument {}
