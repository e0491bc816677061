import Glibc

/// Writes whole texts to a file descriptor with write(2), unbuffered: each call's text is
/// out before it returns, so a reader of a pipe sees it at once.
enum StandardStream {
    static func write(_ text: String, to fd: Int32) {
        var text = text
        text.withUTF8 { write($0, to: fd) }
    }

    static func write(_ buffer: UnsafeBufferPointer<UInt8>, to fd: Int32) {
        var offset = 0
        while offset < buffer.count {
            let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return  // a closed pipe: nobody is reading any more
            }
            offset += n
        }
    }
}

enum StandardError {
    /// Writes one line (adding its line break) to standard error.
    static func write(_ line: String) {
        StandardStream.write(line.hasSuffix("\n") ? line : line + "\n", to: 2)
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
