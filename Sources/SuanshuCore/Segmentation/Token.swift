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
    public var tokens: Range<Int>

    public var range: Range<Int> { Int(start)..<Int(end) }
}

/// The sentences and tokens of a text.
public struct Segmentation: Sendable {
    public var sentences: [Sentence] = []
    public var tokens: [Token] = []

    public func tokens(of sentence: Sentence) -> ArraySlice<Token> { tokens[sentence.tokens] }
}
