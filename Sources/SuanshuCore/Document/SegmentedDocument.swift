/// A document carried through the text and segmentation stages: where it came from, its
/// decoded and normalised text, its sentences and tokens, and what was noticed on the way.
public struct SegmentedDocument: Sendable {
    public let source: String
    public let text: NormalizedText
    public let segmentation: Segmentation

    public var original: DecodedText { text.original }
    public var diagnostics: [Diagnostic] { text.original.diagnostics }

    /// Decodes, normalises and segments input bytes. Throws `TextInputError` for input
    /// that is not text and `ICUError` when ICU fails.
    public init(source: String, bytes: [UInt8], encoding: InputEncoding = .auto,
                segmenter: Segmenter) throws {
        let decoded = try TextDecoder.decode(bytes, encoding: encoding)
        let normalized = try NormalizedText(decoded)
        self.source = source
        self.text = normalized
        self.segmentation = try segmenter.segment(normalized)
    }

    init(source: String, text: NormalizedText, segmentation: Segmentation) {
        self.source = source
        self.text = text
        self.segmentation = segmentation
    }
}
