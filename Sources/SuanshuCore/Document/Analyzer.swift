/// The whole pipeline for one document: bytes → text → segments → quantities → claims →
/// checks.
/// Holds ICU iterators, so one analyzer per thread.
public final class Analyzer {
    public let grammars: GrammarFiles
    let segmenter: Segmenter
    let noise: NoiseFilter
    let lines: LineJoiner
    let numbers: NumberEngine
    let extractor: ClaimExtractor
    let checker: Checker
    /// From how many sentences or claims a document's stages run on two threads.
    let sideBySideFrom: Int

    /// Loads the grammars; a mistake in them is thrown as a `GrammarError`.
    public init(grammars: GrammarFiles = .builtIn, sideBySideFrom: Int = SideBySide.threshold) throws {
        self.grammars = grammars
        self.sideBySideFrom = sideBySideFrom
        segmenter = try Segmenter()
        noise = try NoiseFilter(grammars: grammars)
        lines = try LineJoiner(grammars: grammars)
        numbers = try NumberEngine(grammars: grammars)
        extractor = try ClaimExtractor(grammars: grammars)
        checker = try Checker(grammars: grammars)
    }

    /// Analyses one input; `checks` adds the consistency checks. Throws `TextInputError` for
    /// input that is not text.
    /// Takes the bytes over (`consuming`): they are let go once decoded.
    public func analyze(source: String, bytes: consuming [UInt8], encoding: InputEncoding = .auto, checks: Bool = true) throws -> AnalyzedDocument {
        let decoded = try TextDecoder.decode(bytes, encoding: encoding)
        _ = consume bytes
        // One thread throughout when asked (a batch worker, the one-thread benchmark).
        let text = try NormalizedText(decoded, twoHalvesFrom: sideBySideFrom == .max ? .max : NormalizedText.twoHalvesFrom)
        return try analyze(source: source, text: consume text, checks: checks)
    }

    /// Analyses a text already in a `String` (a library caller's text): the same pipeline
    /// as for bytes, the text read as given.
    public func analyze(_ text: String, source: String = "-", checks: Bool = true) throws -> AnalyzedDocument {
        try analyze(source: source, bytes: Array(text.utf8), encoding: .utf8, checks: checks)
    }

    /// Analyses one input and writes its JSON document (the output contract) as `suanshu
    /// check` does: on a large document the sentences and claims are written while the
    /// checks are being found. Returns the document, checks and all.
    public func check(source: String, bytes: consuming [UInt8], encoding: InputEncoding = .auto, pretty: Bool,
                      flush: ([UInt8]) -> Void) throws -> AnalyzedDocument {
        let extracted = try analyze(source: source, bytes: consume bytes, encoding: encoding, checks: false)
        let checks = DocumentJSON.write(extracted, findingChecks: {
            checker.checks(extracted.claims, text: extracted.text, sideBySideFrom: sideBySideFrom)
        }, sideBySide: extracted.claims.count >= sideBySideFrom, pretty: pretty, flush: flush)
        return AnalyzedDocument(source: source, text: extracted.text, segmentation: extracted.segmentation,
                                claims: extracted.claims, checks: checks, diagnostics: extracted.diagnostics)
    }

    /// Analyses text already decoded to UTF-16 (the window of a stream).
    public func analyze(source: String, utf16: [UInt16], checks: Bool = true) throws -> AnalyzedDocument {
        try analyze(source: source, text: try NormalizedText(DecodedText.make(utf16: utf16, encoding: "UTF-8")), checks: checks)
    }

    /// Takes the text over (`consuming`): noise is taken out of it in place.
    public func analyze(source: String, text normalized: consuming NormalizedText, checks: Bool = true) throws -> AnalyzedDocument {
        var diagnostics = normalized.original.diagnostics
        let found = noise.find(in: normalized)
        for (range, kind) in found {
            let words = normalized.originalString(range)
            diagnostics.append(Diagnostic(.warning, "noise-removed", span: normalized.originalSpan(range),
                                          "\(kind.rawValue) '\(words)' ignored"))
        }
        var text = normalized
        // Noise and the line breaks inside sentences, read as nothing (spans stay true).
        let breaks = lines.breaksInsideSentences(text)
        text.remove(Self.merged(found.map(\.range), breaks))
        diagnostics += longLines(in: text)
        let segmentation = try sentences(of: text)
        // The quantities live only until the claims are found (claims keep where theirs are):
        // on a large document they are a quarter of the memory.
        let claims = {
            let (quantities, numberDiagnostics) = numbers.quantities(in: SegmentedDocument(source: source, text: text, segmentation: segmentation),
                                                                     sideBySideFrom: sideBySideFrom)
            diagnostics += numberDiagnostics
            return extractor.claims(in: text, segmentation: segmentation, quantities: consume quantities, sideBySideFrom: sideBySideFrom)
        }()
        let evaluated = checks ? checker.checks(claims, text: text, sideBySideFrom: sideBySideFrom) : []
        return AnalyzedDocument(source: source, text: text, segmentation: segmentation,
                                claims: claims, checks: evaluated, diagnostics: diagnostics)
    }

    /// Two sorted lists of ranges as one, sorted, overlaps joined.
    static func merged(_ a: [Range<Int>], _ b: [Range<Int>]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for range in (a + b).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = out.last, range.lowerBound <= last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                out.append(range)
            }
        }
        return out
    }

    /// A second segmenter (ICU iterators are one thread's), made for the first large document.
    private lazy var otherSegmenter: Result<Segmenter, ICUError> = Result { () throws(ICUError) in try Segmenter() }

    /// The sentences of the text; a large one in two stretches at once, cut after a line break.
    private func sentences(of text: NormalizedText) throws(ICUError) -> Segmentation {
        let count = text.utf16.count
        guard sideBySideFrom != .max, count >= NormalizedText.twoHalvesFrom, let cut = text.utf16.halvesCut(in: 0..<count) else {
            return try segmenter.segment(text, words: false)
        }
        let other = try otherSegmenter.get()
        let (first, second) = SideBySide.run({ Result { () throws(ICUError) in try self.segmenter.segment(text, 0..<cut, words: false) } },
                                             { Result { () throws(ICUError) in try other.segment(text, cut..<count, words: false) } })
        var whole = try first.get()
        whole.sentences += try second.get().sentences
        return whole
    }

    /// Lines longer than this (UTF-16 units) are worth a warning: no release has them, and
    /// a whole document of that size takes memory in proportion (`--stream` does not).
    public static let longestLine = 1_000_000

    /// A warning for each overlong line; the line is still read, in bounded sentences.
    private func longLines(in text: NormalizedText) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var start = 0
        text.utf16.withUnsafeBufferPointer { units in
            for i in 0...units.count where i == units.count || units[i] == 0x0A || units[i] == 0x0D {
                if i - start > Self.longestLine {
                    let span = text.originalSpan(start..<i)
                    found.append(Diagnostic(.warning, "long-line", span: span,
                                            "a line of \(span.end - span.start) characters has no line break: read in sentences of at most \(Segmenter.longestSentence) characters; --stream reads input this large in bounded memory"))
                }
                start = i + 1
            }
        }
        return found
    }
}

/// A document after analysis.
public struct AnalyzedDocument: Sendable {
    public let source: String
    public let text: NormalizedText
    public let segmentation: Segmentation
    public let claims: [Claim]
    public let checks: [Check]
    public let diagnostics: [Diagnostic]

    public var hasInconsistency: Bool { checks.contains { $0.verdict == .inconsistent } }

    /// A claim's text as the input wrote it (增長6.1%, full-width digits and all).
    public func text(of claim: Claim) -> String { text.originalString(claim.range) }

    /// A claim's place in the input: Unicode scalar offsets, end exclusive (the JSON's span).
    public func span(of claim: Claim) -> Span { text.originalSpan(claim.range) }

    /// The claims a check joins, in its order.
    public func claims(of check: Check) -> [Claim] {
        let byID = Dictionary(uniqueKeysWithValues: claims.map { ($0.id, $0) })
        return check.claims.compactMap { byID[$0] }
    }
}
