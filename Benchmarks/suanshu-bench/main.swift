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
let segmented = try SegmentedDocument(source: "bench", bytes: input, segmenter: segmenter)
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

// Rounds: each runs the reference and then every stage once, so that each stage's ratio is
// taken against a reference measured minutes, not tens of minutes, away — on a shared
// machine the speed of both drifts. A stage's figure is its best time; its ratio is the
// median of its rounds' ratios, with their range.
for _ in 0..<options.runs {
    for index in stages.indices {
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

let reference = stages[0]
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
        let ratios = zip(reference.times, stage.times).map { $0 / $1 }
        line += ", ratio to word break \(String(format2: median(ratios)))"
        if ratios.count > 1 { line += " [\(String(format2: ratios.min()!))–\(String(format2: ratios.max()!))]" }
    }
    print(line)
}
print("peak memory (max RSS):".padding(to: 34) + "\(String(format1: peakResidentMegabytes())) MB")

extension String {
    func padding(to width: Int) -> String { self + String(repeating: " ", count: max(1, width - count)) }
    init(format1 value: Double) { self = String(Double(Int((value * 10).rounded())) / 10) }
    init(format2 value: Double) { self = String(Double(Int((value * 100).rounded())) / 100) }
}
