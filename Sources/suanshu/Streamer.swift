import Glibc
import SuanshuCore

/// `check --stream`: reads a file or standard input as the bytes arrive and writes each
/// event as one JSON line at once. What has arrived is analysed whenever the reader would
/// wait for more (a live transcript: at once) or a megabyte has piled up (a file: in
/// batches, so that a large input is not analysed again for every read).
struct Streamer {
    let path: String
    let encoding: InputEncoding
    let analyzer: Analyzer
    /// JSON Lines (one event a line), or a line of text per event for a person watching.
    var text = false
    var colour = false
    /// The language of the text lines.
    var language: ReportLanguage = .en

    static let batchBytes = 1 << 20

    /// Runs to the end of the input; true when a check was inconsistent.
    func run() -> Bool {
        let fd: Int32 = path == "-" ? 0 : open(path, O_RDONLY)
        guard fd >= 0 else {
            StandardError.write("suanshu: cannot read \(path): \(String(cString: strerror(errno)))")
            terminate(2)
        }
        defer { if fd != 0 { close(fd) } }
        let checker = StreamChecker(analyzer: analyzer, source: path, encoding: encoding)
        let lines = StreamLines(colour: colour, language: language)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var total = 0
        do {
            while true {
                let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
                if n < 0 && errno == EINTR { continue }
                if n < 0 {
                    StandardError.write("suanshu: cannot read \(path == "-" ? "standard input" : path): \(String(cString: strerror(errno)))")
                    terminate(2)
                }
                if n == 0 { break }
                total += n
                if total > InputReader.limit {
                    StandardError.write("suanshu: \(TextInputError.tooLarge(bytes: total))")
                    terminate(2)
                }
                checker.feed(Array(buffer[0..<n]))
                if checker.pending >= Self.batchBytes || !Self.readable(fd) { emit(try checker.analyze(), lines, checker.script) }
            }
            emit(try checker.finish(), lines, checker.script)
        } catch {
            StandardError.write("suanshu: \(path == "-" ? "standard input" : path): \(error)")
            terminate(2)
        }
        return checker.hasInconsistency
    }

    /// Whether more input is there to read without waiting.
    private static func readable(_ fd: Int32) -> Bool {
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&poller, 1, 0) > 0
    }

    private func emit(_ events: [JSON], _ lines: StreamLines, _ script: Script) {
        for event in events {
            if text {
                let line = lines.line(event, script: script)
                if !line.isEmpty { StandardOutput.write(line + "\n") }
            } else {
                StandardOutput.write(bytes: event.bytes() + [0x0A])
            }
        }
    }

}

/// Events as a person watching reads them, a line each. Keeps the claims seen, so that a
/// check's message in Chinese can quote their figures.
final class StreamLines {
    let colour: Bool
    let language: ReportLanguage
    /// Each claim's text, unit and value, by id.
    private var claims: [String: (text: String, unit: String, value: String)] = [:]

    init(colour: Bool, language: ReportLanguage) {
        self.colour = colour
        self.language = language
    }

    /// An event as a person reads it: a sentence's claims, a check with its verdict and
    /// message, a retraction, a diagnostic, the summary.
    func line(_ event: JSON, script: Script) -> String {
        let words = language.words(script: script)
        let colour = self.colour
        guard case .object(let members) = event else { return "" }
        let fields = Dictionary(members, uniquingKeysWith: { a, _ in a })
        func string(_ key: String, in object: [String: JSON] = fields) -> String {
            switch object[key] {
            case .string(let s)?: return TerminalText.visible(s)
            case .number(let n)?: return n
            case .some(let other): return String(decoding: other.bytes(), as: UTF8.self)
            case nil: return ""
            }
        }
        func paint(_ text: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        switch string("event") {
        case "sentence":
            guard case .array(let claims)? = fields["claims"], !claims.isEmpty else { return "" }
            return claims.map { claim -> String in
                guard case .object(let c) = claim else { return "" }
                let claim = Dictionary(c, uniquingKeysWith: { a, _ in a })
                remember(claim)
                var subject = ""
                if case .object(let s)? = claim["subject"] { subject = string("text", in: Dictionary(s, uniquingKeysWith: { a, _ in a })) }
                return "  \(string("id", in: claim)) \(words.kind(string("kind", in: claim))) \(string("text", in: claim))" + (subject.isEmpty ? "" : " · \(subject)")
            }.joined(separator: "\n")
        case "check":
            let verdict = string("verdict")
            let mark = verdict == "inconsistent" ? paint("✗", "31;1") : verdict == "unverifiable" ? paint("?", "33") : paint("✓", "32")
            return "\(mark) \(string("id")) \(words.relation(string("relation"))) \(words.verdict(verdict)): \(message(fields, verdict: verdict, script: script))"
        case "revise":
            remember(fields)
            return "  \(string("id")) revised: \(words.kind(string("kind"))) \(string("text"))"
        case "claim":
            remember(fields)
            return "  \(string("id")) \(words.kind(string("kind"))) \(string("text")) (read anew in an earlier sentence)"
        case "withdraw": return "  \(string("claim")) withdrawn: no longer read as a figure"
        case "retract": return "  \(string("check")) withdrawn: the text since has undone it"
        case "diagnostic": return paint("! \(string("code"))", "33") + ": \(string("message"))"
        case "summary":
            return "\(string("source")): \(string("sentences")) sentences, \(string("claims")) claims, \(string("checks")) checks, \(string("inconsistent")) inconsistent"
        default: return ""
        }
    }

    private func remember(_ claim: [String: JSON]) {
        guard case .string(let id)? = claim["id"], case .string(let text)? = claim["text"] else { return }
        let unit: String = if case .string(let u)? = claim["unit"] { u } else { "" }
        let value: String = if case .number(let v)? = claim["value"] { v } else { "" }
        claims[id] = (text, unit, value)
    }

    /// The check's own message, or in Chinese one made from the figures of its claims.
    private func message(_ check: [String: JSON], verdict: String, script: Script) -> String {
        let english: String = if case .string(let m)? = check["message"] { m } else { "" }
        guard language == .zh, case .array(let ids)? = check["claims"] else { return TerminalText.visible(english) }
        let known = ids.compactMap { id -> (id: String, text: String, unit: String, value: String)? in
            guard case .string(let id) = id, let claim = claims[id] else { return nil }
            return (id, claim.text, claim.unit, claim.value)
        }
        func number(_ json: JSON?) -> Double? { if case .number(let n)? = json { Double(n) } else { nil } }
        var expected: (low: Double?, high: Double?)? = nil
        if case .array(let ends)? = check["expected"], ends.count == 2 { expected = (number(ends[0]), number(ends[1])) }
        let stated = number(check["stated"])
        // The stated figure is the claim whose value the check states (the last, if several).
        let statedID = stated.flatMap { s in known.last { Double($0.value) == s }?.id }
        return TerminalText.visible(ReportLanguage.chineseMessage(
            figures: known.map { ($0.id, $0.text, $0.unit) }, statedID: statedID,
            expected: expected, stated: stated, verdict: verdict, traditional: script == .traditional))
    }
}
