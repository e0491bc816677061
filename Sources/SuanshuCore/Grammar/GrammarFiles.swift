import Glibc

/// The rule and lexicon files the analysis runs on, by path relative to the grammar folder
/// (`numbers/units.lex`). The built-in set is Grammars/ as it was at build time.
public struct GrammarFiles: Sendable {
    public let files: [String: String]
    /// Where the files came from, for messages: "built-in" or a folder path.
    public let origin: String

    public static let builtIn = GrammarFiles(
        files: Dictionary(embeddedGrammarFiles.map { ($0.path, $0.text) }, uniquingKeysWith: { a, _ in a }),
        origin: "built-in")

    public init(files: [String: String], origin: String) {
        self.files = files
        self.origin = origin
    }

    /// Reads every file below a folder (for `--grammars DIR`).
    public static func load(directory: String) throws(GrammarError) -> GrammarFiles {
        var files: [String: String] = [:]
        func walk(_ relative: String) throws(GrammarError) {
            let path = relative.isEmpty ? directory : directory + "/" + relative
            guard let dir = opendir(path) else {
                throw GrammarError(file: path, line: 0, column: 0, reason: "cannot open folder: \(String(cString: strerror(errno)))")
            }
            defer { closedir(dir) }
            var names: [String] = []
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if !name.hasPrefix(".") { names.append(name) }
            }
            for name in names.sorted() {
                let child = relative.isEmpty ? name : relative + "/" + name
                let full = directory + "/" + child
                // Not followed: a link may loop (a folder linking to itself makes the walk
                // endless) or lead out of the folder; a FIFO would wait for ever.
                var info = stat()
                guard lstat(full, &info) == 0 else {
                    throw GrammarError(file: full, line: 0, column: 0, reason: "cannot read: \(String(cString: strerror(errno)))")
                }
                switch info.st_mode & S_IFMT {
                case S_IFDIR: try walk(child)
                case S_IFREG:
                    do {
                        files[child] = try Self.text(of: try InputReader.read(full), file: full)
                    } catch let error as GrammarError {
                        throw error
                    } catch {
                        throw GrammarError(file: full, line: 0, column: 0, reason: "\(error)")
                    }
                case S_IFLNK:
                    throw GrammarError(file: full, line: 0, column: 0, reason: "a symbolic link; a grammar folder holds files and folders only (copy the file in)")
                default:
                    throw GrammarError(file: full, line: 0, column: 0, reason: "not a regular file; a grammar folder holds files and folders only")
                }
            }
        }
        try walk("")
        return GrammarFiles(files: files, origin: directory)
    }

    /// A grammar file's text: UTF-8, a byte order mark left out, CRLF and CR line ends read as
    /// LF (an editor on another system must not change what the rules say). Invalid UTF-8 is
    /// an error at its line and column, not a silent replacement character.
    static func text(of bytes: [UInt8], file: String) throws(GrammarError) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var decoder = UTF8()
        var iterator = body.makeIterator()
        var text = ""
        var (line, column) = (1, 1)
        var lastWasCR = false
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\r" {
                    text.unicodeScalars.append("\n")
                    (line, column, lastWasCR) = (line + 1, 1, true)
                    continue
                }
                if scalar == "\n" {
                    if !lastWasCR { text.unicodeScalars.append("\n"); line += 1 }
                    (column, lastWasCR) = (1, false)
                    continue
                }
                text.unicodeScalars.append(scalar)
                (column, lastWasCR) = (column + 1, false)
            case .emptyInput: break loop
            case .error: throw GrammarError(file: file, line: line, column: column, reason: "not valid UTF-8")
            }
        }
        return text
    }

    public subscript(path: String) -> String? { files[path] }

    /// The text of a file that must be there.
    func required(_ path: String) throws(GrammarError) -> String {
        guard let text = files[path] else {
            throw GrammarError(file: path, line: 0, column: 0, reason: "missing from the grammars (\(origin))")
        }
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw GrammarError(file: path, line: 1, column: 1, reason: "is empty; a required grammar file must hold its entries (\(origin))")
        }
        return text
    }
}

/// A mistake in a grammar file, placed by file, line and column (both from 1).
public struct GrammarError: Error, Equatable, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int
    public var column: Int
    public var reason: String

    public init(file: String, line: Int, column: Int, reason: String) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
    }

    public var description: String {
        line > 0 ? "\(file):\(line):\(column): \(reason)" : "\(file): \(reason)"
    }
}
