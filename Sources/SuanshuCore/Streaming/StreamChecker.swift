/// Checks a text as it arrives (a live briefing transcript on standard input): each
/// completed sentence gives an event with its claims, each check an event as soon as its
/// figures are all in, and a summary at the end. Memory stays bounded: only a window of the
/// latest sentences is kept, enough for the checks' reach.
public final class StreamChecker {
    let analyzer: Analyzer
    let source: String
    /// UTF-8 bytes of a character not yet complete.
    private var partial: [UInt8] = []
    /// The text kept for context, as UTF-16, and where it starts in the stream (scalars).
    private var window: [UInt16] = []
    private var windowBase = 0
    /// Stream offset (scalars) up to which sentences have been reported.
    private var reportedUpTo = 0
    private var sentences = 0
    /// Claims already reported, by their place and kind, with their stream-wide ids.
    private var claimIDs: [String: (id: String, start: Int)] = [:]
    private var claimCount = 0
    /// Checks already reported, with the earliest offset of their claims.
    private var reportedChecks: [String: Int] = [:]
    private var checkCount = 0
    private var inconsistent = 0

    /// Sentences kept for context after trimming, and how many before trimming.
    static let keep = 80
    static let trimAt = 200

    public init(analyzer: Analyzer, source: String = "-") {
        self.analyzer = analyzer
        self.source = source
    }

    /// Takes the next bytes; returns the events they complete.
    public func feed(_ bytes: [UInt8]) -> [JSON] {
        var data = partial + bytes
        // Keep an incomplete UTF-8 sequence at the end for the next bytes.
        var cut = data.count
        var back = 0
        while back < 3, cut - back - 1 >= 0, data[cut - back - 1] & 0xC0 == 0x80 { back += 1 }
        if cut - back - 1 >= 0 {
            let lead = data[cut - back - 1]
            let need = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0
            if need > back { cut = cut - back - 1 }
        }
        partial = Array(data[cut...])
        data.removeSubrange(cut...)
        window += Array(String(decoding: data, as: UTF8.self).utf16)
        return process(final: false)
    }

    /// Ends the stream: the last sentence, its checks, and the summary.
    public func finish() -> [JSON] {
        if !partial.isEmpty {
            window += Array(String(decoding: partial, as: UTF8.self).utf16)
            partial = []
        }
        var events = process(final: true)
        events.append(.object([
            ("event", .string("summary")), ("source", .string(source)), ("sentences", .int(sentences)),
            ("claims", .int(claimCount)), ("checks", .int(checkCount)), ("inconsistent", .int(inconsistent)),
        ]))
        return events
    }

    public var hasInconsistency: Bool { inconsistent > 0 }

    /// Analyses the window up to its last completed sentence and reports what is new.
    private func process(final: Bool) -> [JSON] {
        guard let end = final ? (window.isEmpty ? nil : window.count) : lastSentenceEnd() else { return [] }
        let text = Array(window[0..<end])
        guard let document = try? analyzer.analyze(source: source, utf16: text, checks: true) else { return [] }
        var events: [JSON] = []
        let newClaims = document.claims.filter { windowBase + document.text.originalSpan($0.range).start >= reportedUpTo }
        var localToGlobal: [String: String] = [:]
        for claim in document.claims {
            let span = document.text.originalSpan(claim.range)
            let key = "\(windowBase + span.start):\(windowBase + span.end):\(claim.kind.rawValue)"
            if let known = claimIDs[key] { localToGlobal[claim.id] = known.id }
        }
        for (index, sentence) in document.segmentation.sentences.enumerated() {
            let span = document.text.originalSpan(sentence.range)
            guard windowBase + span.end > reportedUpTo else { continue }
            var claims: [JSON] = []
            for claim in newClaims where claim.sentence == index {
                let local = document.text.originalSpan(claim.range)
                claimCount += 1
                let id = "c\(claimCount)"
                claimIDs["\(windowBase + local.start):\(windowBase + local.end):\(claim.kind.rawValue)"] = (id, windowBase + local.start)
                localToGlobal[claim.id] = id
                claims.append(shifted(DocumentJSON.json(claim, document.text), id: id, sentence: sentences))
            }
            events.append(.object([
                ("event", .string("sentence")), ("sentence", .int(sentences)),
                ("span", Span(start: windowBase + span.start, end: windowBase + span.end).json),
                ("claims", .array(claims)),
            ]))
            sentences += 1
            reportedUpTo = windowBase + span.end
        }
        for check in document.checks {
            let ids = check.claims.compactMap { localToGlobal[$0] }
            guard ids.count == check.claims.count else { continue }
            let key = check.relation + "|" + ids.sorted().joined(separator: ",")
            guard reportedChecks[key] == nil else { continue }
            let earliest = check.claims.compactMap { id in document.claims.first { $0.id == id } }
                .map { windowBase + document.text.originalSpan($0.range).start }.min() ?? windowBase
            reportedChecks[key] = earliest
            checkCount += 1
            if check.verdict == .inconsistent { inconsistent += 1 }
            var renamed = check
            renamed.id = "k\(checkCount)"
            renamed.claims = ids
            guard case .object(let members) = DocumentJSON.json(renamed) else { continue }
            events.append(.object([("event", .string("check"))] + members))
        }
        reportedUpTo = max(reportedUpTo, windowBase + document.text.original.scalarCount)
        trim(document)
        return events
    }

    /// Where the last completed sentence of the window ends (after 。！？；or a line break).
    private func lastSentenceEnd() -> Int? {
        var i = window.count
        while i > 0 {
            switch window[i - 1] {
            case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x21, 0x3F, 0x3B, 0x0A, 0x0D: return i
            default: i -= 1
            }
        }
        return nil
    }

    /// Drops the oldest sentences once the window holds many, keeping enough for the checks.
    private func trim(_ document: AnalyzedDocument) {
        let count = document.segmentation.sentences.count
        guard count > Self.trimAt else { return }
        let first = document.segmentation.sentences[count - Self.keep]
        let cut = document.text.originalUTF16Range(first.range).lowerBound
        windowBase += document.text.original.scalarOffset(utf16: cut)
        window.removeSubrange(0..<cut)
        claimIDs = claimIDs.filter { $0.value.start >= windowBase }
        reportedChecks = reportedChecks.filter { $0.value >= windowBase }
    }

    /// A claim's JSON with its stream-wide id, sentence and span.
    private func shifted(_ json: JSON, id: String, sentence: Int) -> JSON {
        guard case .object(var members) = json else { return json }
        for k in members.indices {
            switch members[k].0 {
            case "id": members[k].1 = .string(id)
            case "sentence": members[k].1 = .int(sentence)
            case "span":
                if case .object(let span) = members[k].1, case .number(let s)? = span.first?.1, case .number(let e)? = span.last?.1,
                   let start = Int(s), let end = Int(e) {
                    members[k].1 = Span(start: windowBase + start, end: windowBase + end).json
                }
            default: break
            }
        }
        return .object(members)
    }
}
