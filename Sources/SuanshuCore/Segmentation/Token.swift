/// What a word-break token is, from ICU's rule status and, for the rest, its first character.
public enum TokenCategory: UInt8, Sendable, CaseIterable {
    case number, ideographic, letter, punctuation, whitespace

    public var name: String {
        switch self {
        case .number: "number"
        case .ideographic: "ideographic"
        case .letter: "letter"
        case .punctuation: "punctuation"
        case .whitespace: "whitespace"
        }
    }
}

/// A word token: a range of the working text and a category. A plain value of offsets,
/// so segmenting allocates no string per token.
public struct Token: Hashable, Sendable {
    public var start: Int32
    public var end: Int32
    public var category: TokenCategory

    public var range: Range<Int> { Int(start)..<Int(end) }
}

/// A sentence: a range of the working text and its tokens' indices in `Segmentation.tokens`.
public struct Sentence: Hashable, Sendable {
    public var start: Int32
    public var end: Int32
    // 32-bit like the offsets (a document has sentences by the hundred thousand, tokens by
    // the million at most): 16 bytes a sentence, not 24.
    private var firstToken: Int32
    private var endToken: Int32

    public var tokens: Range<Int> {
        get { Int(firstToken)..<Int(endToken) }
        set {
            firstToken = Int32(newValue.lowerBound)
            endToken = Int32(newValue.upperBound)
        }
    }

    public init(start: Int32, end: Int32, tokens: Range<Int>) {
        self.start = start
        self.end = end
        firstToken = Int32(tokens.lowerBound)
        endToken = Int32(tokens.upperBound)
    }

    public var range: Range<Int> { Int(start)..<Int(end) }
}

/// The sentences and tokens of a text.
public struct Segmentation: Sendable {
    public var sentences: [Sentence] = []
    public var tokens: [Token] = []

    public func tokens(of sentence: Sentence) -> ArraySlice<Token> { tokens[sentence.tokens] }
}
