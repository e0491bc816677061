import Dispatch
import Foundation
import Glibc
import SuanshuCore

/// `--input jsonl`: documents given as JSON Lines records `{"id": "...", "text": "..."}`
/// (other fields ignored) on standard input or in files. One output line per record, in
/// input order, written as soon as the record and all before it are done, so the tool works
/// as a filter in a pipe (a record in, its document out). A line that is not such a record
/// gives an error document naming its line; the rest go on.
struct Records {
    let inputs: [String]
    let checks: Bool
    let format: BatchOutput
    let grammars: GrammarFiles
    let jobs: Int

    /// One record's outcome: its output line and what it counts for the summary.
    typealias Done = (piece: BatchOutput.Piece, claims: Int, inconsistent: Int, failed: Bool)

    func run() -> Batch.Summary {
        let workers = max(1, jobs)
        let queue = Queue(capacity: 4 * workers)
        let group = DispatchGroup()
        let (format, grammars, checks) = (self.format, self.grammars, self.checks)
        WorkerThreads.start(workers, group: group) {
            let analyzer = try? Analyzer(grammars: grammars, sideBySideFrom: workers > 1 ? .max : SideBySide.threshold)
            while let (index, name, line) = queue.take() {
                queue.put(index, Self.process(line, name: name, analyzer: analyzer, checks: checks, format: format))
            }
        }
        // The reader, on a thread of its own: lines go to the workers as they arrive. This
        // thread writes the results in order as each is done.
        let inputs = self.inputs.isEmpty ? ["-"] : self.inputs
        WorkerThreads.start(group: group) {
            for input in inputs {
                let fd: Int32 = input == "-" ? 0 : open(input, O_RDONLY)
                guard fd >= 0 else {
                    let message = "cannot read \(input): \(String(cString: strerror(errno)))"
                    StandardError.write("suanshu: \(message)")
                    queue.add(done: (format.failure(source: input, code: "input-error", message: message, index: 0), 0, 0, true))
                    continue
                }
                var lineNumber = 0
                LineReader(fd: fd).forEach { line in
                    lineNumber += 1
                    guard !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) else { return }
                    queue.add(name: "\(input == "-" ? "standard input" : input):\(lineNumber)", line)
                }
                if fd != 0 { close(fd) }
            }
            queue.close()
        }
        var summary = Batch.Summary()
        var written = 0
        let arrow: ArrowOutput? = if case .arrow = format { ArrowOutput() } else { nil }
        while let done = queue.next(written) {
            if let arrow, let rows = done.piece.rows { arrow.add(rows) } else { StandardOutput.write(bytes: done.piece.bytes) }
            summary.documents += 1
            summary.claims += done.claims
            summary.inconsistent += done.inconsistent
            if done.failed { summary.failures += 1 }
            written += 1
        }
        group.wait()
        arrow?.finish()
        return summary
    }

    /// A record's document, or its error document.
    static func process(_ line: [UInt8], name: String, analyzer: Analyzer?, checks: Bool, format: BatchOutput) -> Done {
        func failure(_ message: String, source: String) -> Done {
            StandardError.write("suanshu: \(name): \(message)")
            let piece = format.failure(source: source, code: "input-error", message: "\(name): \(message)", index: 0)
            return (piece, 0, 0, true)
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
            return failure("not a JSON object", source: name)
        }
        let id = object["id"]
        if let id, !(id is String) { return failure("\"id\" is not a string", source: name) }
        let source = (id as? String) ?? name
        guard let text = object["text"] as? String else { return failure("no \"text\" string", source: source) }
        guard let analyzer else { return failure("the analyzer could not start", source: source) }
        do {
            let document = try analyzer.analyze(text, source: source, checks: checks)
            InputWarnings.report(document)
            let piece = try format.piece(document, index: 0)
            return (piece, document.claims.count, document.checks.filter { $0.verdict == .inconsistent }.count, false)
        } catch {
            return failure("\(error)", source: source)
        }
    }

    /// Lines handed to the workers, and their results kept until written. At most
    /// `capacity` records are between the reader and the writer (read and not yet written):
    /// the reader waits, so memory stays that of a few records however long the input.
    final class Queue: @unchecked Sendable {
        private let condition = NSCondition()
        private var waiting: [(Int, String, [UInt8])] = []
        private var results: [Int: Done] = [:]
        private var added = 0
        private var delivered = 0
        private var closed = false
        let capacity: Int

        init(capacity: Int) {
            self.capacity = max(1, capacity)
        }

        /// Waits (lock held) until a record may be added.
        private func waitForRoom() {
            while added - delivered >= capacity { condition.wait() }
        }

        func add(name: String, _ line: [UInt8]) {
            condition.lock()
            waitForRoom()
            waiting.append((added, name, line))
            added += 1
            condition.broadcast()
            condition.unlock()
        }

        /// A record that failed before any work (a file that cannot be read), in its place.
        func add(done: Done) {
            condition.lock()
            waitForRoom()
            results[added] = done
            added += 1
            condition.broadcast()
            condition.unlock()
        }

        func close() {
            condition.lock()
            closed = true
            condition.broadcast()
            condition.unlock()
        }

        func take() -> (Int, String, [UInt8])? {
            condition.lock()
            defer { condition.unlock() }
            while waiting.isEmpty && !closed { condition.wait() }
            return waiting.isEmpty ? nil : waiting.removeFirst()
        }

        func put(_ index: Int, _ done: Done) {
            condition.lock()
            results[index] = done
            condition.broadcast()
            condition.unlock()
        }

        /// The result of `index` once it is done; nil when the input has ended before it.
        func next(_ index: Int) -> Done? {
            condition.lock()
            defer { condition.unlock() }
            while results[index] == nil && !(closed && index >= added) { condition.wait() }
            guard let done = results.removeValue(forKey: index) else { return nil }
            delivered += 1
            condition.broadcast()
            return done
        }
    }
}

/// Reads a descriptor line by line as the bytes arrive (a pipe gives each record when it is
/// written, not at the end).
struct LineReader {
    let fd: Int32

    func forEach(_ body: ([UInt8]) -> Void) {
        var pending: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            var start = 0
            for i in 0..<n where buffer[i] == 0x0A {
                pending += buffer[start..<i]
                body(pending)
                pending.removeAll(keepingCapacity: true)
                start = i + 1
            }
            pending += buffer[start..<n]
        }
        if !pending.isEmpty { body(pending) }
    }
}
