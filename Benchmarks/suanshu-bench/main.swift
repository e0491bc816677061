// Throughput and memory benchmark. Run from the package root:
//
//     swift run -c release suanshu-bench [--megabytes N] [--runs N]
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

    init(_ arguments: [String]) {
        var rest = arguments.dropFirst()
        while let flag = rest.popFirst() {
            switch flag {
            case "--megabytes": megabytes = Int(rest.popFirst() ?? "") ?? megabytes
            case "--runs": runs = Int(rest.popFirst() ?? "") ?? runs
            default:
                print("usage: suanshu-bench [--megabytes N] [--runs N]")
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
print("input: \(String(format1: megabytes)) MB of Fixtures texts, best of \(options.runs) runs")

// Reference: ICU word break alone over the decoded text.
let utf16 = Array(String(decoding: input, as: UTF8.self).utf16)
var error: Int32 = 0
let wordBreak = sx_break_open(Int32(SX_BREAK_WORD), "zh", &error)!
var boundaries = [Int32](repeating: 0, count: 256)
var statuses = [Int32](repeating: 0, count: 256)
var referenceTokens = 0
let referenceTime = best(options.runs) {
    referenceTokens = 0
    utf16.withUnsafeBufferPointer { sx_break_set_text(wordBreak, $0.baseAddress, Int32($0.count), &error) }
    while true {
        let n = sx_break_next(wordBreak, &boundaries, &statuses, 256)
        if n == 0 { break }
        referenceTokens += Int(n)
    }
}
sx_break_close(wordBreak)

let segmenter = try Segmenter()
var tokens = 0
let pipelineTime = try best(options.runs) {
    let document = try SegmentedDocument(source: "bench", bytes: input, segmenter: segmenter)
    tokens = document.segmentation.tokens.count
}

// The number engine over the segmented text: quantities read per second.
let document = try SegmentedDocument(source: "bench", bytes: input, segmenter: segmenter)
let engine = try NumberEngine()
var quantityCount = 0
let numbersTime = best(options.runs) {
    quantityCount = engine.quantities(in: document).quantities.reduce(0) { $0 + $1.count }
}

// extract end to end (decode, normalise, remove noise, segment, read numbers, find claims),
// and check (extract, then the consistency checks).
let analyzer = try Analyzer()
var claimCount = 0
let extractTime = try best(options.runs) {
    claimCount = try analyzer.analyze(source: "bench", bytes: input, checks: false).claims.count
}
var checkCount = 0
let checkTime = try best(options.runs) {
    checkCount = try analyzer.analyze(source: "bench", bytes: input, checks: true).checks.count
}
// The same on one thread (a large document otherwise runs some stages on two).
let oneThread = try Analyzer(sideBySideFrom: .max)
let checkOneThreadTime = try best(options.runs) {
    _ = try oneThread.analyze(source: "bench", bytes: input, checks: true)
}
// What `suanshu check FILE` does: the analysis with the JSON document written out (its
// sentences and claims while the checks are found). The CLI then ends without freeing the
// document, so its freeing is left out of the time here too.
var outputBytes = 0
var checkOutputTime = Double.infinity
for _ in 0..<options.runs {
    outputBytes = 0
    let start = now()
    let document = try analyzer.check(source: "bench", bytes: input, pretty: true) { outputBytes += $0.count }
    checkOutputTime = min(checkOutputTime, now() - start)
    withExtendedLifetime(document) {}
}

let reference = megabytes / referenceTime
let pipeline = megabytes / pipelineTime
print("ICU word break alone:            \(String(format1: reference)) MB/s (\(referenceTokens) tokens)")
print("decode + normalise + segment:    \(String(format1: pipeline)) MB/s (\(tokens) tokens)")
print("ratio (pipeline / word break):   \(String(format2: pipeline / reference))")
print("number engine:                   \(String(format1: Double(quantityCount) / numbersTime / 1000))k quantities/s (\(quantityCount) quantities, \(String(format1: megabytes / numbersTime)) MB/s)")
print("extract end to end:              \(String(format1: megabytes / extractTime)) MB/s (\(claimCount) claims), ratio to word break \(String(format2: megabytes / extractTime / reference))")
print("check end to end (two threads):  \(String(format1: megabytes / checkTime)) MB/s (\(checkCount) checks), ratio to word break \(String(format2: megabytes / checkTime / reference))")
print("check end to end, one thread:    \(String(format1: megabytes / checkOneThreadTime)) MB/s, ratio to word break \(String(format2: megabytes / checkOneThreadTime / reference))")
print("check + JSON (as the CLI does):  \(String(format1: megabytes / checkOutputTime)) MB/s (\(String(format1: Double(outputBytes) / 1_000_000)) MB of JSON), ratio to word break \(String(format2: megabytes / checkOutputTime / reference))")
// The same text as a batch: each release its own document, checked and written out, as
// `suanshu check --jobs 1 DIR` does (without the file reads).
var releaseChecks = 0
let releasesTime = try best(options.runs) {
    releaseChecks = 0
    for release in releases {
        let document = try analyzer.analyze(source: "bench", bytes: release, checks: true)
        releaseChecks += document.checks.count
        DocumentJSON.write(document, pretty: false) { _ in }
    }
}
print("check releases one by one, JSON:  \(String(format1: megabytes / releasesTime)) MB/s (\(releases.count) documents, \(releaseChecks) checks), ratio to word break \(String(format2: megabytes / releasesTime / reference))")
print("peak memory (max RSS):           \(String(format1: peakResidentMegabytes())) MB")

extension String {
    init(format1 value: Double) { self = String(Double(Int((value * 10).rounded())) / 10) }
    init(format2 value: Double) { self = String(Double(Int((value * 100).rounded())) / 100) }
}
