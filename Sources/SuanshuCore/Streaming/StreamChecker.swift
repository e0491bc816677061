/// Checks a text as it arrives (a live briefing transcript on standard input) with the
/// whole-document pipeline: the bytes received so far are decoded, cleaned, segmented,
/// read for claims and checked exactly as `check` does a file — same decoding and binary
/// refusal, same diagnostics, same sentences, same checks — and what is new is reported:
/// each completed sentence with its claims, each diagnostic, each check as soon as its
/// figures are all in (again, under its id, when later text changes its record), and a
/// `retract` for a check the text that followed undid (a fourth
/// part arriving for a sum of three); likewise `revise` for a claim the text that followed
/// changed (a headline's period), `claim` for one it added to a reported sentence and
/// `withdraw` for one it took away. Applied in order, the events give the document that
/// whole mode gives. Memory stays bounded: past `windowBytes`, the oldest reported
/// sentences are dropped (checks reaching back further than the window are then not found).
public final class StreamChecker {
    let analyzer: Analyzer
    let source: String
    let encoding: InputEncoding

    /// The window's bytes, and the stream's scalars dropped before them.
    private var bytes: [UInt8] = []
    private var windowBase = 0
    private var analyzedCount = -1
    /// Stream offset (scalars) up to which sentences have been reported.
    private var reportedUpTo = 0
    private var sentences = 0
    /// Sentences dropped with the window's oldest text: a sentence's number is its index in
    /// the window plus these.
    private var droppedSentences = 0
    /// The JSON last reported for each claim in the window, to report a revision when later
    /// text changes it (a headline's period, stated only further down).
    private var reportedClaims: [String: Int] = [:]
    /// Claims reported, by global place and kind, with their stream-wide ids.
    private var claimIDs: [String: (id: String, start: Int)] = [:]
    private var claimCount = 0
    private var claimStarts: [String: Int] = [:]
    /// Checks reported and standing, by relation and claim ids: their id, verdict and the
    /// earliest place of their claims.
    private var standing: [String: (id: String, inconsistent: Bool, start: Int, record: Int)] = [:]
    private var checkCount = 0
    private var diagnosticsSeen: Set<String> = []

    /// Past this many bytes, the window drops its oldest reported sentences down to about
    /// `keepBytes`.
    public static let windowBytes = 1 << 20
    static let keepBytes = 256 << 10

    public init(analyzer: Analyzer, source: String = "-", encoding: InputEncoding = .auto) {
        self.analyzer = analyzer
        self.source = source
        self.encoding = encoding
    }

    /// Takes the next bytes; `analyze` reports what they complete.
    public func feed(_ more: [UInt8]) {
        bytes += more
    }

    /// The bytes not yet analysed, a measure of how much a reader has batched up.
    public var pending: Int { bytes.count - max(0, analyzedCount) }

    /// Analyses what has arrived and returns the new events. Throws for input that is not
    /// text (binary data), as whole mode does.
    public func analyze() throws(TextInputError) -> [JSON] {
        try process(final: false)
    }

    /// Ends the stream: the last sentence, its checks, and the summary.
    public func finish() throws(TextInputError) -> [JSON] {
        var events = try process(final: true)
        events.append(.object([
            ("event", .string("summary")), ("source", .string(source)), ("sentences", .int(sentences)),
            ("claims", .int(claimCount)), ("checks", .int(standing.count)),
            ("inconsistent", .int(standing.values.filter(\.inconsistent).count)),
        ]))
        return events
    }

    /// What the text read so far is written in (for reports in its script).
    public private(set) var script: Script = .simplified

    public var hasInconsistency: Bool { standing.values.contains { $0.inconsistent } }

    private func process(final: Bool) throws(TextInputError) -> [JSON] {
        let end = final ? bytes.count : safeEnd()
        guard end > 0, final || end != analyzedCount else { return [] }
        analyzedCount = end
        let document: AnalyzedDocument
        do {
            document = try analyzer.analyze(source: source, bytes: Array(bytes[..<end]), encoding: encoding, checks: true)
        } catch let error as TextInputError {
            throw error
        } catch {
            throw .conversion("\(error)")
        }
        let text = document.text
        script = text.script
        var events: [JSON] = []

        // Sentences complete: all but the last, and the last when it ends a sentence.
        let all = document.segmentation.sentences
        var complete = all.count
        if !final, let last = all.last, !endsSentence(text, last.range) { complete -= 1 }
        var localToGlobal: [String: String] = [:]
        for claim in document.claims {
            let span = text.originalSpan(claim.range)
            if let known = claimIDs[key(claim, span)] { localToGlobal[claim.id] = known.id }
        }
        var newClaims: [String: [Claim]] = [:]
        for claim in document.claims where localToGlobal[claim.id] == nil {
            newClaims[String(claim.sentence), default: []].append(claim)
        }
        for index in 0..<complete {
            let span = text.originalSpan(all[index].range)
            guard windowBase + span.end > reportedUpTo else { continue }
            let number = droppedSentences + index
            var claims: [JSON] = []
            for claim in newClaims[String(index)] ?? [] {
                let local = text.originalSpan(claim.range)
                claimCount += 1
                let id = "c\(claimCount)"
                claimIDs[key(claim, local)] = (id, windowBase + local.start)
                claimStarts[id] = windowBase + local.start
                localToGlobal[claim.id] = id
                reportedClaims[id] = Self.fingerprint(claim, sentence: number)
                claims.append(moved(DocumentJSON.json(claim, text), id: id, sentence: number))
            }
            events.append(.object([
                ("event", .string("sentence")), ("sentence", .int(number)),
                ("span", Span(start: windowBase + span.start, end: windowBase + span.end).json),
                ("claims", .array(claims)),
            ]))
            sentences = number + 1
            reportedUpTo = windowBase + span.end
        }
        // A claim the text since has made in a sentence already reported (a figure whose
        // reading changed): added with an id of its own. One no longer there: withdrawn.
        for claim in document.claims where localToGlobal[claim.id] == nil && claim.sentence < complete {
            let local = text.originalSpan(claim.range)
            guard windowBase + local.end <= reportedUpTo else { continue }
            claimCount += 1
            let id = "c\(claimCount)"
            claimIDs[key(claim, local)] = (id, windowBase + local.start)
            claimStarts[id] = windowBase + local.start
            localToGlobal[claim.id] = id
            reportedClaims[id] = Self.fingerprint(claim, sentence: droppedSentences + claim.sentence)
            guard case .object(let members) = moved(DocumentJSON.json(claim, text), id: id, sentence: droppedSentences + claim.sentence) else { continue }
            events.append(.object([("event", .string("claim"))] + members))
        }
        let present = Set(localToGlobal.values)
        for (claimKey, known) in claimIDs where known.start >= windowBase && !present.contains(known.id) {
            claimIDs[claimKey] = nil
            claimStarts[known.id] = nil
            reportedClaims[known.id] = nil
            events.append(.object([("event", .string("withdraw")), ("claim", .string(known.id))]))
        }
        // Claims reported before that the text since has changed (its period or subject,
        // read from further on): their new record.
        for claim in document.claims {
            guard let id = localToGlobal[claim.id], let before = reportedClaims[id] else { continue }
            let now = Self.fingerprint(claim, sentence: droppedSentences + claim.sentence)
            guard now != before else { continue }
            reportedClaims[id] = now
            guard case .object(let members) = moved(DocumentJSON.json(claim, text), id: id, sentence: droppedSentences + claim.sentence) else { continue }
            events.append(.object([("event", .string("revise"))] + members))
        }

        for diagnostic in document.diagnostics {
            var moved = diagnostic
            moved.span = diagnostic.span.map { Span(start: windowBase + $0.start, end: windowBase + $0.end) }
            let key = "\(moved.code)|\(moved.span?.start ?? -1)|\(moved.message)"
            // Diagnostics of the text's end, and summaries of a kind ("20 more…"), may change
            // as it grows; those inside reported text are final.
            let settled = moved.span.map { $0.end <= reportedUpTo } ?? false
            guard final || settled, diagnosticsSeen.insert(key).inserted else { continue }
            guard case .object(let members) = moved.json else { continue }
            events.append(.object([("event", .string("diagnostic"))] + members))
        }


        // Checks whose claims are all reported; a standing check no longer found is retracted.
        var found: Set<String> = []
        for check in document.checks {
            let ids = check.claims.compactMap { localToGlobal[$0] }
            guard ids.count == check.claims.count else { continue }
            let checkKey = check.relation + "|" + ids.joined(separator: ",")
            found.insert(checkKey)
            var renamed = check
            renamed.claims = ids
            // Its record without its id: a check found again whose message, figures or link
            // the text since has changed (a subject read anew) is reported again, same id.
            renamed.id = ""
            var record = Hasher()
            record.combine(DocumentJSON.json(renamed).bytes())
            let fingerprint = record.finalize()
            if let known = standing[checkKey] { renamed.id = known.id }
            if let known = standing[checkKey], known.record == fingerprint { continue }
            if standing[checkKey] == nil {
                checkCount += 1
                renamed.id = "k\(checkCount)"
            }
            let start = ids.compactMap { claimStarts[$0] }.min() ?? windowBase
            standing[checkKey] = (renamed.id, check.verdict == .inconsistent, start, fingerprint)
            guard case .object(let members) = DocumentJSON.json(renamed) else { continue }
            events.append(.object([("event", .string("check"))] + members))
        }
        for (checkKey, check) in standing where check.start >= windowBase && !found.contains(checkKey) {
            // Its claims are all in the window still: the text since has undone it.
            standing[checkKey] = nil
            events.append(.object([("event", .string("retract")), ("check", .string(check.id))]))
        }
        if !final { trim(document, complete: complete) }
        return events
    }

    /// What a claim's record says besides its place: a revision is due when it changes.
    static func fingerprint(_ claim: Claim, sentence: Int) -> Int {
        var hasher = Hasher()
        hasher.combine(claim.kind.rawValue)
        hasher.combine(claim.value)
        hasher.combine(claim.unit)
        hasher.combine(claim.qualifier.rawValue)
        hasher.combine(claim.subject)
        hasher.combine(claim.period)
        hasher.combine(claim.basis)
        hasher.combine(claim.measure)
        hasher.combine(sentence)
        return hasher.finalize()
    }

    /// A claim's identity across analyses: its place (a change of kind is a revision).
    private func key(_ claim: Claim, _ span: Span) -> String {
        "\(windowBase + span.start):\(windowBase + span.end)"
    }

    /// Whether a sentence's text ends as a sentence does (。！？；or a line break after it).
    private func endsSentence(_ text: NormalizedText, _ range: Range<Int>) -> Bool {
        let original = text.originalUTF16Range(range)
        let units = text.original.utf16
        var i = original.upperBound
        // A line break right after the sentence ends it too, once the next line has begun
        // (a break inside a sentence is joined to the next line, see LineJoiner).
        if i < units.count, units[i] == 0x0A || units[i] == 0x0D {
            var j = i
            while j < units.count, units[j] == 0x0A || units[j] == 0x0D || units[j] == 0x20 || units[j] == 0x3000 { j += 1 }
            if j < units.count { return true }
        }
        while i > original.lowerBound {
            let unit = units[i - 1]
            switch unit {
            case 0x20, 0x3000, 0x09, 0x201D, 0x2019, 0x300D, 0x300F, 0xFF09, 0x29: i -= 1  // spaces, closing quotes
            case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x21, 0x3F, 0x3B, 0x0A, 0x0D: return true
            default: return false
            }
        }
        return false
    }

    /// Where the bytes can be cut without splitting a character: after the last complete
    /// UTF-8 character when they read as UTF-8, else after the last line break (a byte no
    /// GB18030 or Big5 character holds; a UTF-16 line break is two bytes).
    private func safeEnd() -> Int {
        var cut = bytes.count
        var back = 0
        while back < 3, cut - back - 1 >= 0, bytes[cut - back - 1] & 0xC0 == 0x80 { back += 1 }
        if cut - back - 1 >= 0 {
            let lead = bytes[cut - back - 1]
            let need = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0
            if need > back { cut = cut - back - 1 }
        }
        let utf8 = String(validating: bytes[..<cut], as: UTF8.self) != nil
        if utf8 && encoding != .gb18030 && encoding != .big5 && encoding != .utf16 { return cut }
        guard let newline = bytes.lastIndex(of: 0x0A) else { return 0 }
        var end = newline + 1
        // UTF-16LE puts 0x00 after the 0x0A.
        if end < bytes.count, bytes[end] == 0, newline % 2 == 0 { end += 1 }
        return end
    }

    /// Drops the oldest reported text once the window is large, at a character boundary of
    /// UTF-8 input before the first sentence not yet reported.
    private func trim(_ document: AnalyzedDocument, complete: Int) {
        guard bytes.count > Self.windowBytes, complete > 1 else { return }
        let text = document.text
        let sentences = document.segmentation.sentences
        // The first sentence to keep: about keepBytes before the end, and reported.
        var keep = complete - 1
        var kept = 0
        while keep > 0, kept < Self.keepBytes {
            kept += text.originalUTF16Range(sentences[keep].range).count * 3
            keep -= 1
        }
        let scalars = text.originalSpan(sentences[keep].range).start
        guard scalars > 0, let cut = utf8Offset(ofScalar: scalars) else { return }
        bytes.removeSubrange(0..<cut)
        analyzedCount -= cut
        windowBase += scalars
        claimIDs = claimIDs.filter { $0.value.start >= windowBase }
        claimStarts = claimStarts.filter { $0.value >= windowBase }
        reportedClaims = reportedClaims.filter { claimStarts[$0.key] != nil }
        droppedSentences += keep
        standing = standing.filter { $0.value.start >= windowBase }
    }

    /// The byte offset of a scalar in UTF-8 bytes (nil when they are not UTF-8).
    private func utf8Offset(ofScalar target: Int) -> Int? {
        var count = 0
        for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
            if count == target { return offset }
            count += 1
        }
        return nil
    }

    /// A claim's JSON with its stream-wide id, sentence and span.
    private func moved(_ json: JSON, id: String, sentence: Int) -> JSON {
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
