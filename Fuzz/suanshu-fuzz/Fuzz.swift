// A fuzz target over the whole pipeline: bytes → text → segments → quantities → claims →
// checks → every output format. Build and run it with libFuzzer:
//
//     swift build -c release --product suanshu-fuzz --scratch-path .build-fuzz \
//         -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING -Xswiftc -use-ld=lld
//     .build-fuzz/release/suanshu-fuzz -max_total_time=600 -rss_limit_mb=4096 Fixtures/
//
// Without -DFUZZING it is a small program that replays inputs given as files.
import SuanshuCore

nonisolated(unsafe) let analyzer = try! Analyzer()

/// One input through everything; a crash or a hang is a finding.
func exercise(_ bytes: [UInt8]) {
    for encoding in [InputEncoding.auto, .gb18030] {
        guard let document = try? analyzer.analyze(source: "fuzz", bytes: bytes, encoding: encoding) else { continue }
        // The byte writer (through pointers) against the value tree: the same JSON.
        let tree = DocumentJSON.json(document).bytes()
        var written: [UInt8] = []
        DocumentJSON.write(document, pretty: false) { written += $0 }
        precondition(written == tree, "the written JSON differs from the tree's")
        var checked: [UInt8] = []
        _ = try? analyzer.check(source: "fuzz", bytes: bytes, encoding: encoding, pretty: false) { checked += $0 }
        precondition(checked == tree, "check's JSON differs from analyze's")
        _ = TextReport.render(document, colour: false)
        _ = HTMLReport.render(document)
        _ = SARIF.log([document], version: "fuzz").bytes()
        for claim in document.claims {
            let span = document.text.originalSpan(claim.range)
            precondition(span.start <= span.end && span.end <= document.text.original.scalarCount, "span outside the input")
        }
    }
    // The stream against whole mode: fed in two halves, its sentence events' claims and its
    // standing checks are the whole document's (inputs under the stream's window).
    let stream = StreamChecker(analyzer: analyzer)
    let half = bytes.count / 2
    var events: [JSON] = []
    stream.feed(Array(bytes[..<half]))
    guard let first = try? stream.analyze() else { return }
    events += first
    stream.feed(Array(bytes[half...]))
    guard let rest = try? stream.finish() else { return }
    events += rest
    guard let whole = try? analyzer.analyze(source: "fuzz", bytes: bytes) else { return }
    var claims = 0
    var standing = Set<String>()
    for case .object(let members) in events {
        let fields = Dictionary(members, uniquingKeysWith: { a, _ in a })
        switch fields["event"] {
        case .string("sentence")?: if case .array(let list)? = fields["claims"] { claims += list.count }
        case .string("claim")?: claims += 1
        case .string("withdraw")?: claims -= 1
        case .string("check")?: if case .string(let id)? = fields["id"] { standing.insert(id) }
        case .string("retract")?: if case .string(let id)? = fields["check"] { standing.remove(id) }
        default: break
        }
    }
    precondition(claims == whole.claims.count, "stream claims \(claims) against whole \(whole.claims.count)")
    precondition(standing.count == whole.checks.count, "stream checks \(standing.count) against whole \(whole.checks.count)")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    exercise(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

#if FUZZING
// SwiftPM links an executable's entry point under this name; hand control to libFuzzer.
@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(_ argc: UnsafeMutablePointer<Int32>,
               _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
               _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32) -> Int32

@_cdecl("suanshu_fuzz_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return withUnsafeMutablePointer(to: &arguments) { runDriver(&count, UnsafeMutablePointer(OpaquePointer($0)), fuzzOne) }
}
#else
@main
struct Replay {
    static func main() throws {
        for path in CommandLine.arguments.dropFirst() {
            exercise(try InputReader.read(path))
            print("ok \(path)")
        }
    }
}
#endif
