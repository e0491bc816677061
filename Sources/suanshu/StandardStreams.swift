import Glibc
import SuanshuCore

/// Writes whole texts to a file descriptor with write(2), unbuffered: each call's text is
/// out before it returns, so a reader of a pipe sees it at once.
enum StandardStream {
    static func write(_ text: String, to fd: Int32) {
        var text = text
        text.withUTF8 { write($0, to: fd) }
    }

    /// A write that fails (disk full, a pipe closed with SIGPIPE ignored, an I/O error) ends
    /// the run: output that was not written is lost, and exit 0 would hide it.
    static func write(_ buffer: UnsafeBufferPointer<UInt8>, to fd: Int32) {
        var offset = 0
        while offset < buffer.count {
            let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                failed(fd: fd, errno: errno)
            }
            offset += n
        }
    }

    private static func failed(fd: Int32, errno code: Int32) -> Never {
        if fd != 2 {
            let name = fd == 1 ? "standard output" : "descriptor \(fd)"
            var line = "suanshu: cannot write to \(name): \(String(cString: strerror(code)))\n"
            // Best effort: if standard error is gone too, the exit status still tells.
            line.withUTF8 { _ = Glibc.write(2, $0.baseAddress!, $0.count) }
        }
        terminate(2)
    }
}

enum StandardError {
    /// Writes a message (adding its last line break) to standard error, controls other than
    /// its line breaks escaped: messages hold file names and text from the input.
    static func write(_ message: String) {
        let lines = message.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalText.visible(String($0)) }
        let text = lines.joined(separator: "\n")
        StandardStream.write(text.hasSuffix("\n") ? text : text + "\n", to: 2)
    }
}

enum StandardOutput {
    static func write(_ text: String) { StandardStream.write(text, to: 1) }
    static func write(bytes: [UInt8]) { bytes.withUnsafeBufferPointer { StandardStream.write($0, to: 1) } }
}

/// Ends the process with a status.
func terminate(_ status: Int32) -> Never {
    Glibc.exit(status)
}
