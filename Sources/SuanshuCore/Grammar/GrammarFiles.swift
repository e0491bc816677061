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
            for name in names {
                let child = relative.isEmpty ? name : relative + "/" + name
                var info = stat()
                guard stat(directory + "/" + child, &info) == 0 else { continue }
                if (info.st_mode & S_IFMT) == S_IFDIR {
                    try walk(child)
                } else {
                    do {
                        let bytes = try InputReader.read(directory + "/" + child)
                        files[child] = String(decoding: bytes, as: UTF8.self)
                    } catch {
                        throw GrammarError(file: directory + "/" + child, line: 0, column: 0, reason: "\(error)")
                    }
                }
            }
        }
        try walk("")
        return GrammarFiles(files: files, origin: directory)
    }

    public subscript(path: String) -> String? { files[path] }

    /// The text of a file that must be there.
    func required(_ path: String) throws(GrammarError) -> String {
        guard let text = files[path] else {
            throw GrammarError(file: path, line: 0, column: 0, reason: "missing from the grammars (\(origin))")
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
