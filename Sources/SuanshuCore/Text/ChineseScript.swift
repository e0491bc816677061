/// What a text is written in, as the contract's `script`.
public enum Script: String, Sendable {
    case simplified = "Hans"
    case traditional = "Hant"
    case mixed
}

/// Character tables for Traditional→Simplified, computed once from ICU's
/// `Traditional-Simplified` and `Simplified-Traditional` transliterators.
///
/// A table lookup per character is several times faster than running the transliterator
/// over the text, and, being one character for one, it keeps the offset map exact. ICU's
/// mappings for the BMP ideographs are one to one, which the table's construction checks.
final class ChineseScriptTable: Sendable {
    /// Simplified form of each BMP code unit (itself when unchanged).
    let simplified: [UInt16]
    /// Characters that exist only in Simplified writing (their Traditional form differs).
    private let simplifiedOnly: [Bool]

    static let ranges: [ClosedRange<UInt16>] = [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF]

    private static let loaded = Result { () throws(ICUError) in try ChineseScriptTable() }

    static func shared() throws(ICUError) -> ChineseScriptTable {
        try loaded.get()
    }

    private init() throws(ICUError) {
        let toSimplified = try Self.mapping("Traditional-Simplified")
        let toTraditional = try Self.mapping("Simplified-Traditional")
        var simplifiedOnly = [Bool](repeating: false, count: 0x10000)
        for unit in 0..<0x10000 where toTraditional[unit] != UInt16(unit) && toSimplified[unit] == UInt16(unit) {
            simplifiedOnly[unit] = true
        }
        self.simplified = toSimplified
        self.simplifiedOnly = simplifiedOnly
    }

    /// Runs a transliterator over every ideograph of `ranges`, each alone on a line so no
    /// rule sees a neighbour, and keeps the characters it maps one to one.
    private static func mapping(_ id: String) throws(ICUError) -> [UInt16] {
        var table = (0..<0x10000).map { UInt16($0) }
        let transliterator = try Transliterator(id)
        for range in ranges {
            var input: [UInt16] = []
            input.reserveCapacity(range.count * 2)
            for unit in range {
                input.append(unit)
                input.append(0x0A)
            }
            let output = try transliterator.transliterate(input)
            let lines = output.split(separator: 0x0A, omittingEmptySubsequences: false)
            for (unit, line) in zip(range, lines) where line.count == 1 {
                table[Int(unit)] = line.first!
            }
        }
        return table
    }

    func isSimplifiedOnly(_ unit: UInt16) -> Bool { simplifiedOnly[Int(unit)] }

    /// Decides the script from the characters only one of the two writings uses.
    func script(of text: UnsafeBufferPointer<UInt16>) -> Script {
        var traditional = 0
        var simplified = 0
        for unit in text where unit >= 0x3400 {
            if self.simplified[Int(unit)] != unit {
                traditional += 1
            } else if simplifiedOnly[Int(unit)] {
                simplified += 1
            }
        }
        // A few characters of the other writing (于 in a Hong Kong text, a name) do not
        // make a text mixed; a substantial share does.
        let evidence = traditional + simplified
        if traditional * 10 <= evidence { return .simplified }
        if simplified * 10 <= evidence { return .traditional }
        return .mixed
    }
}
