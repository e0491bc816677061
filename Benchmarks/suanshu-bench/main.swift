// Throughput and memory benchmark. Run from the package root:
//
//     swift run -c release suanshu-bench [--megabytes N] [--runs N] [--write-input FILE]
//
// `--write-input` also writes the input it measures to FILE, so that the command-line tool
// can be timed on the same text.
//
// It builds an input of at least N MB (default 20) by repeating the texts in Fixtures/,
// then measures, in the same run and over the same text, the pipeline stages against a
// reference: ICU dictionary word break alone (no decode, no normalisation, no sentences),
// and the number engine's rate over the segmented text.
import CICU
import Glibc
import SuanshuCore

struct Options {
    var megabytes = 20
    var runs = 2
    var inputCopy: String?

    init(_ arguments: [String]) {
        var rest = arguments.dropFirst()
        while let flag = rest.popFirst() {
            switch flag {
            case "--megabytes": megabytes = Int(rest.popFirst() ?? "") ?? megabytes
            case "--runs": runs = Int(rest.popFirst() ?? "") ?? runs
            case "--write-input": inputCopy = rest.popFirst()
            default:
                print("usage: suanshu-bench [--megabytes N] [--runs N] [--write-input FILE]")
                exit(2)
            }
        }
    }
}

func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// Best wall time of `runs` runs of `body`.
func best(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var fastest = Double.infinity
    for _ in 0..<runs {
        let start = now()
        try body()
        fastest = min(fastest, now() - start)
    }
    return fastest
}

func peakResidentMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// The UTF-8 texts of Fixtures/ (every .txt below it that is UTF-8), repeated to size: as
/// one input, and as the list of releases it is made of.
func corpus(megabytes: Int) -> (input: [UInt8], releases: [[UInt8]]) {
    var texts: [[UInt8]] = []
    func walk(_ directory: String) {
        guard let dir = opendir(directory) else { return }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        for name in names.sorted() {
            let path = directory + "/" + name
            if name.hasSuffix(".txt"), let bytes = try? InputReader.read(path),
               String(validating: bytes, as: UTF8.self) != nil {
                texts.append(bytes)
            } else if !name.contains(".") {
                walk(path)
            }
        }
    }
    walk("Fixtures")
    guard !texts.isEmpty else {
        print("suanshu-bench: no UTF-8 texts under Fixtures/ (run it from the package root)")
        exit(2)
    }
    var input: [UInt8] = []
    var releases: [[UInt8]] = []
    let target = megabytes * 1_000_000
    input.reserveCapacity(target + 100_000)
    while input.count < target {
        for text in texts {
            input += text
            input.append(0x0A)
            releases.append(text + [0x0A])
        }
    }
    return (input, releases)
}

let options = Options(CommandLine.arguments)
let (input, releases) = corpus(megabytes: options.megabytes)
let megabytes = Double(input.count) / 1_000_000
print("input: \(String(format1: megabytes)) MB of Fixtures texts, \(options.runs) rounds")
if let path = options.inputCopy {
    guard let file = fopen(path, "wb"), fwrite(input, 1, input.count, file) == input.count, fclose(file) == 0 else {
        print("suanshu-bench: cannot write \(path)")
        exit(2)
    }
}

/// A measured stage: what it prints, and its body, which returns what it counts.
struct Stage {
    let name: String
    let body: () throws -> Int
    var times: [Double] = []
    /// The reference's time in the run just before each of `times`.
    var references: [Double] = []
    var count = 0
    /// Bytes written, for the stages that write output.
    var written = 0
}

// Reference: ICU word break alone over the decoded text.
let utf16 = Array(String(decoding: input, as: UTF8.self).utf16)
var error: Int32 = 0
let wordBreak = sx_break_open(Int32(SX_BREAK_WORD), "zh", &error)!
var boundaries = [Int32](repeating: 0, count: 256)
var statuses = [Int32](repeating: 0, count: 256)

let segmenter = try Segmenter()
// Made after the process runs (below), whose peak memory would otherwise count this one's.
nonisolated(unsafe) var segmented: SegmentedDocument!
let engine = try NumberEngine()
let analyzer = try Analyzer()
// One thread throughout (a large document otherwise runs some stages on two).
let oneThread = try Analyzer(sideBySideFrom: .max)
var outputBytes = 0
/// A document kept past its stage's timing, to be freed outside it.
nonisolated(unsafe) var kept: AnalyzedDocument?
func keep(_ document: AnalyzedDocument) -> AnalyzedDocument {
    kept = document
    return document
}

var stages: [Stage] = [
    Stage(name: "ICU word break alone") {
        var tokens = 0
        utf16.withUnsafeBufferPointer { sx_break_set_text(wordBreak, $0.baseAddress, Int32($0.count), &error) }
        while true {
            let n = sx_break_next(wordBreak, &boundaries, &statuses, 256)
            if n == 0 { break }
            tokens += Int(n)
        }
        return tokens
    },
    Stage(name: "decode + normalise + segment") {
        try SegmentedDocument(source: "bench", bytes: input, segmenter: segmenter).segmentation.tokens.count
    },
    // The number engine over the segmented text: quantities read.
    Stage(name: "number engine") { engine.quantities(in: segmented).quantities.reduce(0) { $0 + $1.count } },
    // Decode, normalise, remove noise, segment, read numbers, find claims. The command-line
    // tool ends without freeing a document it has written, so the stages of one document
    // free theirs after the timing (`kept`); the batch stage below frees each one, as a
    // batch worker does.
    Stage(name: "extract end to end") { keep(try analyzer.analyze(source: "bench", bytes: input, checks: false)).claims.count },
    Stage(name: "check, in memory, two threads") { keep(try analyzer.analyze(source: "bench", bytes: input, checks: true)).checks.count },
    Stage(name: "check, in memory, one thread") { keep(try oneThread.analyze(source: "bench", bytes: input, checks: true)).checks.count },
    // What `suanshu check FILE` does: the analysis with the JSON document written out (its
    // sentences and claims while the checks are found).
    Stage(name: "check + JSON, as the CLI does") {
        keep(try analyzer.check(source: "bench", bytes: input, pretty: true) { outputBytes += $0.count }).checks.count
    },
    // The same text as a batch: each release its own document, checked and written out, as
    // `suanshu check --jobs 1 DIR` does (without the file reads).
    Stage(name: "check releases one by one, JSON") {
        var checks = 0
        for release in releases {
            let document = try analyzer.analyze(source: "bench", bytes: release, checks: true)
            checks += document.checks.count
            DocumentJSON.write(document, pretty: false) { _ in }
        }
        return checks
    },
]

// Rounds: in each, every stage runs once right after a run of the reference, so that its
// ratio is taken against ICU measured moments before (on a shared machine the speed of both
// drifts, and not together). A stage's figure is its best time; its ratio is the median of
// its rounds' ratios, with their range.
@MainActor func timeReference() throws -> Double {
    let start = now()
    stages[0].count = try stages[0].body()
    let time = now() - start
    stages[0].times.append(time)
    return time
}
/// `suanshu check FILE > /dev/null` as a user runs it, a process of its own: its wall time
/// and peak memory (the kernel's count for the child), when the tool is built beside this.
struct ProcessRun {
    let tool: String
    let file: String
    var times: [Double] = []
    var references: [Double] = []
    var peakKilobytes = 0

    /// The tool beside this benchmark, and a file holding the input (`--write-input`'s, or
    /// a temporary one removed at the end).
    static func make(input: [UInt8], copy: String?) -> ProcessRun? {
        let own = CommandLine.arguments[0]
        guard let slash = own.lastIndex(of: "/") else { return nil }
        let tool = String(own[..<slash]) + "/suanshu"
        guard access(tool, X_OK) == 0 else { return nil }
        if let copy { return ProcessRun(tool: tool, file: copy, inputBytes: input.count) }
        var template = Array("/tmp/suanshu-bench-XXXXXX".utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { return nil }
        let written = input.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        let file = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard written == input.count else { unlink(file); return nil }
        return ProcessRun(tool: tool, file: file, inputBytes: input.count, temporary: true)
    }

    private var temporary = false
    /// The size of the input, for peak memory as a multiple of it.
    let inputBytes: Int

    private init(tool: String, file: String, inputBytes: Int, temporary: Bool = false) {
        self.tool = tool
        self.file = file
        self.inputBytes = inputBytes
        self.temporary = temporary
    }

    /// Why the last run gave no time: the process could not start, or how it ended.
    var failure: String?

    /// Whether the tool was built well before this benchmark (`swift run suanshu-bench`
    /// builds only what the benchmark needs), so that it may not be this code.
    var isOlderThanThis: Bool {
        var tool = stat(), own = stat()
        guard stat(self.tool, &tool) == 0, stat(CommandLine.arguments[0], &own) == 0 else { return false }
        // Built together, the two are linked within moments of each other.
        return tool.st_mtim.tv_sec + 120 < own.st_mtim.tv_sec
    }

    /// One run: its wall time, or nil (and `failure`) when the process could not be started
    /// or did not end well. Linux: ru_maxrss is in kilobytes there.
    mutating func run() -> Double? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        // Its warnings (the long line's) are expected; the figures are what is printed.
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let arguments = [tool, "check", "--fail-on", "never", file].map { $0.withCString { strdup($0) } } + [nil]
        defer { arguments.forEach { free($0) } }
        var pid: pid_t = 0
        let start = now()
        let spawned = posix_spawn(&pid, tool, &actions, nil, arguments, environ)
        guard spawned == 0 else {
            failure = "could not start \(tool): \(String(cString: strerror(spawned)))"
            return nil
        }
        var status: Int32 = 0
        var usage = rusage()
        var waited: pid_t
        repeat { waited = wait4(pid, &status, 0, &usage) } while waited == -1 && errno == EINTR
        guard waited == pid, status == 0 else {
            failure = "\(tool) check ended with wait status \(status)"
            return nil
        }
        let time = now() - start
        peakKilobytes = max(peakKilobytes, usage.ru_maxrss)
        return time
    }

    func removeTemporary() { if temporary { unlink(file) } }

    /// Peak memory over the input's size.
    var peakRatio: Double { Double(peakKilobytes) * 1024 / Double(max(inputBytes, 1)) }
}
var process = ProcessRun.make(input: input, copy: options.inputCopy)

/// A million short lines of one figure each (出口增长12.3%): the most claims and sentences
/// per byte a text has, the hard case for the memory of one document.
func shortLines() -> [UInt8] {
    var text: [UInt8] = []
    text.reserveCapacity(18_000_000)
    for i in 0..<1_000_000 { text += Array("出口增长\(i % 100).\(i % 10)%\n".utf8) }
    return text
}
var linesProcess = process == nil ? nil : ProcessRun.make(input: shortLines(), copy: nil)

/// 100 MB of prose with no line break, then one sentence on a line of its own: a web page
/// copied without its breaks. Read in bounded sentences, with a warning (the tests use a 4 MB
/// line; its time and memory are measured here).
func longLine() -> [UInt8] {
    let prose = Array("外贸运行总体平稳，结构持续优化，".utf8)
    var text: [UInt8] = []
    text.reserveCapacity(100_000_100)
    while text.count + prose.count <= 100_000_000 { text += prose }
    return text + Array("。\n出口增长3.5%。\n".utf8)
}
var longLineProcess = process == nil ? nil : ProcessRun.make(input: longLine(), copy: nil)
var longLineTime: Double? = nil

// The process rounds come first: a child's peak memory as the kernel counts it starts from
// this process's own peak (it is spawned from this one), so it is measured while that is
// still small, and printed as a bound should it not be.
for _ in 0..<options.runs {
    guard process != nil else { break }
    let reference = try timeReference()
    if let time = process!.run() {
        process!.references.append(reference)
        process!.times.append(time)
    }
}
// Its peak memory only: one run is enough.
if linesProcess != nil, linesProcess!.run() == nil { linesProcess = nil }
if longLineProcess != nil { longLineTime = longLineProcess!.run() }
// The inputs' temporary copies are not needed past here (nor left behind should a stage throw).
process?.removeTemporary()
linesProcess?.removeTemporary()
longLineProcess?.removeTemporary()
let ownPeakBeforeProcess = peakResidentMegabytes()
segmented = try SegmentedDocument(source: "bench", bytes: input, segmenter: segmenter)
for _ in 0..<options.runs {
    for index in stages.indices.dropFirst() {
        stages[index].references.append(try timeReference())
        outputBytes = 0
        let start = now()
        stages[index].count = try stages[index].body()
        stages[index].times.append(now() - start)
        stages[index].written = outputBytes
        kept = nil
    }
}
sx_break_close(wordBreak)

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

let counted = ["tokens", "tokens", "quantities", "claims", "checks", "checks", "checks", "checks"]
for (index, stage) in stages.enumerated() {
    let fastest = stage.times.min()!
    var line = stage.name.padding(to: 34) + "\(String(format1: megabytes / fastest)) MB/s"
    var notes = ["\(stage.count) \(counted[index])"]
    if index == 2 { notes.append("\(String(format1: Double(stage.count) / fastest / 1000))k quantities/s") }
    if stage.written > 0 { notes.append("\(String(format1: Double(stage.written) / 1_000_000)) MB of JSON") }
    if index == stages.count - 1 { notes.append("\(releases.count) documents") }
    line += " (" + notes.joined(separator: ", ") + ")"
    if index > 0 {
        let ratios = zip(stage.references, stage.times).map { $0 / $1 }
        line += ", ratio to word break \(String(format2: median(ratios)))"
        if ratios.count > 1 { line += " [\(String(format2: ratios.min()!))–\(String(format2: ratios.max()!))]" }
    }
    print(line)
}
print("peak memory, this benchmark:".padding(to: 34) + "\(String(format1: peakResidentMegabytes())) MB (max RSS)")
if let process, let fastest = process.times.min() {
    let ratios = zip(process.references, process.times).map { $0 / $1 }
    var line = "suanshu check FILE, a process".padding(to: 34) + "\(String(format1: megabytes / fastest)) MB/s"
    let peak = Double(process.peakKilobytes) / 1024
    line += " (output to /dev/null, peak memory \(peak > ownPeakBeforeProcess ? "" : "at most ")\(String(format1: peak)) MB,"
    line += " \(String(format1: process.peakRatio))× the input)"
    line += ", ratio to word break \(String(format2: median(ratios)))"
    if ratios.count > 1 { line += " [\(String(format2: ratios.min()!))–\(String(format2: ratios.max()!))]" }
    print(line)
    if let lines = linesProcess {
        let peak = Double(lines.peakKilobytes) / 1024
        let size = Double(lines.inputBytes) / 1_000_000
        print("  the same on 1,000,000 short lines".padding(to: 34)
              + "\(String(format1: size)) MB of input, peak memory \(peak > ownPeakBeforeProcess ? "" : "at most ")\(String(format1: peak)) MB, \(String(format1: lines.peakRatio))× the input")
    }
    if let long = longLineProcess, let time = longLineTime {
        let peak = Double(long.peakKilobytes) / 1024
        print("  a 100 MB line without a break".padding(to: 34)
              + "\(String(format1: time)) s, peak memory \(peak > ownPeakBeforeProcess ? "" : "at most ")\(String(format1: peak)) MB, \(String(format1: long.peakRatio))× the input")
    }
    if process.isOlderThanThis {
        print("  (\(process.tool) is older than this benchmark: build it, swift build -c release, to time this code)")
    }
} else if let failure = process?.failure {
    print("suanshu check FILE, a process:".padding(to: 34) + "not measured: \(failure)")
} else {
    print("suanshu check FILE, a process:".padding(to: 34) + "not measured (build the tool: swift build -c release)")
}

extension String {
    func padding(to width: Int) -> String { self + String(repeating: " ", count: max(1, width - count)) }
    init(format1 value: Double) { self = String(Double(Int((value * 10).rounded())) / 10) }
    init(format2 value: Double) { self = String(Double(Int((value * 100).rounded())) / 100) }
}
