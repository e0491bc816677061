import Glibc
import SuanshuCore

/// `check --stream`: reads a file or standard input as the bytes arrive and writes each
/// event as one JSON line at once.
struct Streamer {
    let path: String
    let analyzer: Analyzer

    /// Runs to the end of the input; true when a check was inconsistent.
    func run() -> Bool {
        let fd: Int32 = path == "-" ? 0 : open(path, O_RDONLY)
        guard fd >= 0 else {
            StandardError.write("suanshu: cannot read \(path): \(String(cString: strerror(errno)))")
            terminate(2)
        }
        defer { if fd != 0 { close(fd) } }
        let checker = StreamChecker(analyzer: analyzer, source: path)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            emit(checker.feed(Array(buffer[0..<n])))
        }
        emit(checker.finish())
        return checker.hasInconsistency
    }

    private func emit(_ events: [JSON]) {
        for event in events { StandardOutput.write(bytes: event.bytes() + [0x0A]) }
    }
}
