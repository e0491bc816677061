/// A place in the original input, in Unicode scalar offsets, end exclusive.
public struct Span: Hashable, Sendable, Comparable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public static func < (a: Span, b: Span) -> Bool {
        (a.start, a.end) < (b.start, b.end)
    }
}

/// Something worth telling the user about the input: bad bytes replaced, noise ignored,
/// a number too large. The rest of the document is still processed.
public struct Diagnostic: Hashable, Sendable {
    public enum Severity: String, Sendable {
        case error, warning, note
    }

    public var severity: Severity
    public var code: String
    public var span: Span?
    public var message: String
    /// How many occurrences the diagnostic stands for: one, or the rest of a kind summed up
    /// in one line ("294 more invalid UTF-8 sequences"). Not in the JSON; for counting.
    public var occurrences: Int

    public init(_ severity: Severity, _ code: String, span: Span? = nil, _ message: String, occurrences: Int = 1) {
        self.severity = severity
        self.code = code
        self.span = span
        self.message = message
        self.occurrences = occurrences
    }
}
