import Glibc

/// Reads a whole file, or standard input for "-", as bytes.
public enum InputReader {
    /// The most bytes one document may hold: its text is indexed with 32-bit offsets.
    public static let limit = Int(Int32.max) - 1

    /// The limit is kept as the bytes are read, so an endless input (/dev/zero, a pipe that
    /// never closes) ends at the limit with its message instead of filling memory.
    /// `start`, when given, sees the first 64 KB (or all, if less) before the rest is read,
    /// and may refuse them (binary data) so that reading stops there.
    public typealias StartCheck = ([UInt8]) throws(TextInputError) -> Void

    public static func read(_ path: String, limit: Int = InputReader.limit, start: StartCheck? = nil) throws(TextInputError) -> [UInt8] {
        if path == "-" { return try readAll(fd: 0, name: "standard input", limit: limit, start: start) }
        return try read(pathBytes: Array(path.utf8), name: path, limit: limit, start: start)
    }

    /// Reads a file named by its bytes (a name readdir gave, which need not be UTF-8);
    /// `name` is how messages show it.
    public static func read(pathBytes: [UInt8], name path: String, limit: Int = InputReader.limit, start: StartCheck? = nil) throws(TextInputError) -> [UInt8] {
        let fd = (pathBytes + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_RDONLY) }
        }
        guard fd >= 0 else { throw .unreadable(path: path, reason: errorText()) }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            throw .unreadable(path: path, reason: "it is a directory")
        }
        // A regular file's size says how much to read; reading goes on past it all the same
        // (a file may grow while it is read).
        let size = (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 0
        guard size <= limit else { throw .tooLarge(bytes: size) }
        return try readAll(fd: fd, name: path, expected: size, limit: limit, start: start)
    }

    private static func readAll(fd: Int32, name: String, expected: Int = 0, limit: Int, start: StartCheck?) throws(TextInputError) -> [UInt8] {
        var started = start == nil
        var bytes: [UInt8] = []
        bytes.reserveCapacity(expected + 1)
        // 64 KB a read: a batch reads thousands of small files, each with its own buffer.
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: name, reason: errorText())
            }
            guard bytes.count + n <= limit else { throw .tooLarge(bytes: bytes.count + n) }
            bytes.append(contentsOf: chunk[0..<n])
            if !started, bytes.count >= 1 << 16 {
                started = true
                try start?(Array(bytes.prefix(1 << 16)))
            }
        }
        return bytes
    }

    private static func errorText() -> String {
        String(cString: strerror(errno))
    }
}
