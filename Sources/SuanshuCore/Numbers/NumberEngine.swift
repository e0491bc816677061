/// Turns the numeric stretches of a sentence into quantities: the one number engine every
/// layer above uses. Its words (magnitudes, units, qualifiers, dates, names) come from the
/// lexicons in Grammars/numbers/.
public struct NumberEngine: Sendable {
    let grammar: NumberGrammar

    public init(grammars: GrammarFiles = .builtIn) throws {
        grammar = try NumberGrammar(grammars)
    }

    /// The quantities of a stretch of the working text (a sentence), in order, and
    /// diagnostics for numbers that could not be represented.
    public func quantities(in text: NormalizedText, range: Range<Int>) -> (quantities: [Quantity], diagnostics: [Diagnostic]) {
        text.utf16.withUnsafeBufferPointer { units in
            var scanner = QuantityScanner(text: units, bounds: range, grammar: grammar)
            scanner.scan()
            let diagnostics = scanner.tooLarge.map { stretch in
                Diagnostic(.warning, "number-too-large", span: text.originalSpan(stretch),
                           "a number of \(stretch.count) characters is too large to represent (over \(ExactDecimal.maximumDigits) digits); ignored")
            }
            return (scanner.quantities, diagnostics)
        }
    }

    /// The quantities of every sentence of a segmented document.
    public func quantities(in document: SegmentedDocument) -> (quantities: [[Quantity]], diagnostics: [Diagnostic]) {
        var all: [[Quantity]] = []
        var diagnostics: [Diagnostic] = []
        for sentence in document.segmentation.sentences {
            let (found, problems) = quantities(in: document.text, range: sentence.range)
            all.append(found)
            diagnostics += problems
        }
        return (all, diagnostics)
    }
}
