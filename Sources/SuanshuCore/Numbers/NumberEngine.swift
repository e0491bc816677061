/// Turns the numeric stretches of a sentence into quantities: the one number engine every
/// layer above uses. Its words (magnitudes, units, qualifiers, dates, names) come from the
/// lexicons in Grammars/numbers/.
public struct NumberEngine: Sendable {
    let grammar: NumberGrammar

    public init(grammars: GrammarFiles = .builtIn) throws {
        grammar = try NumberGrammar(grammars)
    }

    /// The quantities of a stretch of the working text (a sentence), in order, and
    /// diagnostics for numbers that could not be represented and for measure words the
    /// units lack.
    public func quantities(in text: NormalizedText, range: Range<Int>) -> (quantities: [Quantity], diagnostics: [Diagnostic]) {
        text.utf16.withUnsafeBufferPointer { units in
            var scanner = QuantityScanner(text: units, bounds: range, grammar: grammar)
            scanner.scan()
            var diagnostics = scanner.tooLarge.map { stretch in
                Diagnostic(.warning, "number-too-large", span: text.originalSpan(stretch),
                           "a number of \(stretch.count) characters is too large to represent (over \(ExactDecimal.maximumDigits) digits); ignored")
            }
            for word in scanner.unknownUnits {
                diagnostics.append(Diagnostic(.note, "unknown-unit", span: text.originalSpan(word),
                                              "'\(text.originalString(word))' after a number is no unit of numbers/units.lex: read as a count"))
            }
            return (scanner.quantities, diagnostics)
        }
    }

    /// The quantities of every sentence of a segmented document.
    public func quantities(in document: SegmentedDocument, sideBySideFrom: Int = SideBySide.threshold) -> (quantities: [[Quantity]], diagnostics: [Diagnostic]) {
        let sentences = document.segmentation.sentences
        func read(_ range: Range<Int>) -> (quantities: [[Quantity]], diagnostics: [Diagnostic]) {
            var all: [[Quantity]] = []
            var diagnostics: [Diagnostic] = []
            for sentence in sentences[range] {
                let (found, problems) = quantities(in: document.text, range: sentence.range)
                all.append(found)
                diagnostics += problems
            }
            return (all, diagnostics)
        }
        // Sentences are read apart: a large document in pieces, two at a time.
        guard sentences.count >= sideBySideFrom, sentences.count >= 2 else { return read(0..<sentences.count) }
        let pieces = SideBySide.pieces(sentences.count, cuts: SideBySide.evenCuts(sentences.count), read)
        return (pieces.flatMap(\.quantities), pieces.flatMap(\.diagnostics))
    }
}
