import Glibc
import SuanshuCore

/// `check --stream`: reads a file or standard input as the bytes arrive and writes each
/// event as one JSON line at once. What has arrived is analysed whenever the reader would
/// wait for more (a live transcript: at once) or a megabyte has piled up (a file: in
/// batches, so that a large input is not analysed again for every read).
struct Streamer {
    let path: String
    let encoding: InputEncoding
    let analyzer: Analyzer

    static let batchBytes = 1 << 20

    /// Runs to the end of the input; true when a check was inconsistent.
    func run() -> Bool {
        let fd: Int32 = path == "-" ? 0 : open(path, O_RDONLY)
        guard fd >= 0 else {
            StandardError.write("suanshu: cannot read \(path): \(String(cString: strerror(errno)))")
            terminate(2)
        }
        defer { if fd != 0 { close(fd) } }
        let checker = StreamChecker(analyzer: analyzer, source: path, encoding: encoding)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var total = 0
        do {
            while true {
                let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
                if n < 0 && errno == EINTR { continue }
                if n < 0 {
                    StandardError.write("suanshu: cannot read \(path == "-" ? "standard input" : path): \(String(cString: strerror(errno)))")
                    terminate(2)
                }
                if n == 0 { break }
                total += n
                if total > InputReader.limit {
                    StandardError.write("suanshu: \(TextInputError.tooLarge(bytes: total))")
                    terminate(2)
                }
                checker.feed(Array(buffer[0..<n]))
                if checker.pending >= Self.batchBytes || !Self.readable(fd) { emit(try checker.analyze()) }
            }
            emit(try checker.finish())
        } catch {
            StandardError.write("suanshu: \(path == "-" ? "standard input" : path): \(error)")
            terminate(2)
        }
        return checker.hasInconsistency
    }

    /// Whether more input is there to read without waiting.
    private static func readable(_ fd: Int32) -> Bool {
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&poller, 1, 0) > 0
    }

    private func emit(_ events: [JSON]) {
        for event in events { StandardOutput.write(bytes: event.bytes() + [0x0A]) }
    }
}
