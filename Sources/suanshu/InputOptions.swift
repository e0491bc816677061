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
        reading { (bytes: consuming [UInt8]) in try analyzer.analyze(source: file, bytes: consume bytes, encoding: encoding, checks: checks) }
    }

    /// Reads, checks and writes the input as one JSON document (as it goes: see
    /// `Analyzer.check`), or ends the program as `analyze` does. The analyzer is made (the
    /// grammars read) on a second thread while the input is read; a grammar error is told
    /// before an input error, as when it is made first.
    func check(with makeAnalyzer: () -> Result<Analyzer, any Error>, pretty: Bool) -> AnalyzedDocument {
        let (made, read) = SideBySide.run(makeAnalyzer, { Result { try readBytes() } })
        let analyzer = orExit { try made.get() }
        return reading(consume read) { (bytes: consuming [UInt8]) in
            try analyzer.check(source: file, bytes: consume bytes, encoding: encoding, pretty: pretty) { StandardOutput.write(bytes: $0) }
        }
    }

    private func readBytes() throws -> [UInt8] {
        try InputReader.read(file) { prefix throws(TextInputError) in try TextDecoder.refuseBinaryStart(prefix, encoding: encoding) }
    }

    /// The input's bytes through `body`, handed over so that it can let them go once
    /// decoded; any error ends the program with status 2.
    /// `read`: the bytes read already (or their error), when not read here.
    private func reading<T>(_ read: consuming Result<[UInt8], any Error>? = nil, _ body: (consuming [UInt8]) throws -> T) -> T {
        do {
            // Taken out, so that nothing but `body` holds the bytes.
            var pending = consume read
            let bytes: [UInt8]
            switch pending.take() {
            case .success(let read)?: bytes = read
            case .failure(let error)?: throw error
            case nil: bytes = try readBytes()
            }
            return try body(consume bytes)
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
