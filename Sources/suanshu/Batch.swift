import Dispatch
import Foundation
import SuanshuCore

/// Many documents checked on several cores, written as JSON Lines in the order given.
struct Batch {
    let paths: [String]
    /// Folders that could not be read, with why: each is reported as a failed document.
    let unreadableFolders: [String: String]
    /// The bytes of the paths whose names are not UTF-8, by the name shown for them.
    let rawPaths: [String: [UInt8]]
    /// One input that is not a folder: the single-document mode.
    let isSingle: Bool

    static var cores: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// Expands folders into the files below them (sorted, hidden ones left out).
    init(inputs: [String]) {
        var paths: [String] = []
        var unreadable: [String: String] = [:]
        var raw: [String: [UInt8]] = [:]
        var sawFolder = false
        for input in inputs {
            var isFolder: ObjCBool = false
            if input != "-", FileManager.default.fileExists(atPath: input, isDirectory: &isFolder), isFolder.boolValue {
                sawFolder = true
                var found: [String] = []
                var folder = Substring(input)
                while folder.count > 1, folder.hasSuffix("/") { folder = folder.dropLast() }
                Self.walk(String(folder), into: &found, unreadable: &unreadable, raw: &raw)
                paths += found.sorted()
            } else {
                paths.append(input)
            }
        }
        self.paths = paths
        unreadableFolders = unreadable
        rawPaths = raw
        isSingle = inputs.count == 1 && !sawFolder
    }

    /// The regular files below a folder, hidden ones (and hidden folders) left out, symbolic
    /// links not followed. Read with readdir: a batch of thousands of releases waited on
    /// Foundation's enumerator, one file's resource values at a time, before any work began.
    /// Names are kept as the bytes readdir gives: a name that is not UTF-8 is opened by its
    /// bytes and shown with the bad bytes escaped.
    private static func walk(_ folder: String, into found: inout [String], unreadable: inout [String: String], raw: inout [String: [UInt8]]) {
        let folderBytes = raw[folder] ?? Array(folder.utf8)
        guard let directory = withCPath(folderBytes, { opendir($0) }) else {
            // Listed in its place, to be reported there as a document that failed.
            unreadable[folder] = String(cString: strerror(errno))
            found.append(folder)
            return
        }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let nameBytes = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if nameBytes.first == UInt8(ascii: ".") { continue }
            let separator: [UInt8] = folderBytes.last == UInt8(ascii: "/") ? [] : [UInt8(ascii: "/")]
            let pathBytes = folderBytes + separator + nameBytes
            let path = displayName(pathBytes)
            if path.utf8.elementsEqual(pathBytes) == false { raw[path] = pathBytes }
            var type = Int32(entry.pointee.d_type)
            if type == Int32(DT_UNKNOWN) {
                // Some file systems do not say: ask without following a link.
                var info = stat()
                guard withCPath(pathBytes, { lstat($0, &info) }) == 0 else { continue }
                type = info.st_mode & S_IFMT == S_IFDIR ? Int32(DT_DIR) : info.st_mode & S_IFMT == S_IFREG ? Int32(DT_REG) : 0
            }
            if type == Int32(DT_DIR) {
                walk(path, into: &found, unreadable: &unreadable, raw: &raw)
            } else if type == Int32(DT_REG) {
                found.append(path)
            }
        }
    }

    /// Calls `body` with a path's bytes as a C string.
    private static func withCPath<T>(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
        (bytes + [0]).withUnsafeBufferPointer { buffer in buffer.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) } }
    }

    /// A path's bytes as text: UTF-8 as it is, any other byte as `\xFF`.
    static func displayName(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var out = ""
        var rest = bytes[...]
        while !rest.isEmpty {
            // The longest valid prefix, then one bad byte escaped.
            var end = rest.endIndex
            while end > rest.startIndex, String(validating: rest[rest.startIndex..<end], as: UTF8.self) == nil { end -= 1 }
            if end > rest.startIndex {
                out += String(decoding: rest[rest.startIndex..<end], as: UTF8.self)
                rest = rest[end...]
            } else {
                out += "\\x" + String(rest.first!, radix: 16, uppercase: true)
                rest = rest.dropFirst()
            }
        }
        return out
    }

    struct Summary {
        var documents = 0
        var claims = 0
        var inconsistent = 0
        var failures = 0

        var line: String { "suanshu: " + text }

        var text: String {
            func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
            return [count(documents, "document", "documents"), count(claims, "claim", "claims"),
                    count(inconsistent, "inconsistent check", "inconsistent checks"),
                    count(failures, "document not read", "documents not read")].joined(separator: ", ")
        }
    }

    /// Checks every path on `jobs` threads (each with its own analyzer: ICU iterators are not
    /// thread-safe) and writes each result as soon as those before it are written.
    func run(jobs: Int, encoding: InputEncoding, grammars: GrammarFiles, output: BatchOutput) throws -> Summary {
        try output.start()
        let count = paths.count
        let state = State(count: count)
        let workers = max(1, min(jobs, count))
        let group = DispatchGroup()
        let paths = self.paths
        let unreadableFolders = self.unreadableFolders
        let rawPaths = self.rawPaths
        WorkerThreads.start(workers, group: group) {
            // Several workers keep the cores busy already: each reads its documents on one thread.
            let analyzer = try? Analyzer(grammars: grammars, sideBySideFrom: workers > 1 ? .max : SideBySide.threshold)
            while let index = state.take() {
                let (piece, tally) = Self.check(paths[index], index: index, state: state, rawPaths[paths[index]], analyzer, encoding, output, unreadableFolder: unreadableFolders[paths[index]])
                state.put(index, piece, tally)
            }
        }
        var summary = Summary()
        // Progress only when a person watches standard error and the output goes elsewhere.
        let showProgress = isatty(2) != 0 && isatty(1) == 0
        var artifacts: [JSON] = []
        var results: [JSON] = []
        var items: [UInt8] = []
        let arrow: ArrowOutput? = if case .arrow = output { ArrowOutput() } else { nil }
        for index in 0..<count {
            let (piece, tally) = state.wait(for: index)
            if let arrow, let rows = piece.rows {
                arrow.add(rows)
            } else if case .html = output { items += piece.bytes } else { StandardOutput.write(bytes: piece.bytes) }
            state.wrote(index)
            if let artifact = piece.artifact { artifacts.append(artifact) }
            results += piece.results
            summary.documents += 1
            summary.claims += tally.claims
            summary.inconsistent += tally.inconsistent
            if tally.failed { summary.failures += 1 }
            if showProgress { StandardStream.write("\r[\(index + 1)/\(count)] \(TerminalText.visible(paths[index]))\u{1B}[K", to: 2) }
        }
        if showProgress { StandardStream.write("\r\u{1B}[K", to: 2) }
        group.wait()
        arrow?.finish()
        try output.finish(summary, artifacts: artifacts, results: results, items: items)
        return summary
    }

    typealias Tally = (claims: Int, inconsistent: Int, failed: Bool)

    /// What the workers share: the next document to take, and the results not yet written.
    final class State: @unchecked Sendable {
        private let condition = NSCondition()
        private var next = 0
        /// How many documents have been written: a worker whose document is next writes it
        /// itself, as it is made, instead of holding its whole JSON until its turn.
        private var written = 0
        private var writingDirectly = false
        private var results: [(BatchOutput.Piece, Tally)?]

        /// True, and the writing turn taken, when every document before `index` is out.
        func takeTurn(_ index: Int) -> Bool {
            condition.lock()
            defer { condition.unlock() }
            guard written == index, !writingDirectly else { return false }
            writingDirectly = true
            return true
        }

        func wrote(_ index: Int) {
            condition.lock()
            written = index + 1
            writingDirectly = false
            condition.broadcast()
            condition.unlock()
        }

        init(count: Int) { results = Array(repeating: nil, count: count) }

        func take() -> Int? {
            condition.lock()
            defer { condition.unlock() }
            guard next < results.count else { return nil }
            next += 1
            return next - 1
        }

        func put(_ index: Int, _ piece: BatchOutput.Piece, _ tally: Tally) {
            condition.lock()
            results[index] = (piece, tally)
            condition.broadcast()
            condition.unlock()
        }

        /// The result of `index` once it is there; it is then dropped to free its memory.
        func wait(for index: Int) -> (BatchOutput.Piece, Tally) {
            condition.lock()
            defer { condition.unlock() }
            while results[index] == nil { condition.wait() }
            let result = results[index]!
            results[index] = (BatchOutput.Piece(), result.1)
            return result
        }
    }

    /// One document's line, and what it counts for the summary. A file that cannot be read
    /// gives a document with an error diagnostic, and a line on standard error.
    private static func check(_ path: String, index: Int, state: State, _ rawPath: [UInt8]?, _ analyzer: Analyzer?, _ encoding: InputEncoding,
                              _ output: BatchOutput, unreadableFolder: String?) -> (BatchOutput.Piece, Tally) {
        do {
            if let reason = unreadableFolder { throw TextInputError.unreadable(path: path, reason: "a folder that cannot be read: \(reason)") }
            guard let analyzer else { throw TextInputError.conversion("the analyzer could not start") }
            let refuse: InputReader.StartCheck = { prefix throws(TextInputError) in try TextDecoder.refuseBinaryStart(prefix, encoding: encoding) }
            let document = try analyzer.analyze(source: path, bytes: try rawPath.map { try InputReader.read(pathBytes: $0, name: path, start: refuse) } ?? InputReader.read(path, start: refuse), encoding: encoding, checks: true)
            InputWarnings.report(document)
            if case .jsonLines = output, state.takeTurn(index) {
                // Its turn already: written as it is made (a large document's JSON is never
                // held whole); the writer then has nothing more to write for it.
                DocumentJSON.write(document, pretty: false) { StandardOutput.write(bytes: $0) }
                StandardOutput.write(bytes: [0x0A])
                return (BatchOutput.Piece(), (document.claims.count, document.checks.filter { $0.verdict == .inconsistent }.count, false))
            }
            let piece = try output.piece(document, index: index)
            return (piece, (document.claims.count, document.checks.filter { $0.verdict == .inconsistent }.count, false))
        } catch {
            // An unreadable file's message names its path already.
            if case TextInputError.unreadable = error { StandardError.write("suanshu: \(error)") } else { StandardError.write("suanshu: \(path): \(error)") }
            let code = error is TextInputError ? "input-error" : "error"
            return (output.failure(source: path, code: code, message: "\(error)", index: index), (0, 0, true))
        }
    }
}
