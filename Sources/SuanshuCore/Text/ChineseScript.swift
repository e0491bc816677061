/// What a text is written in, as the contract's `script`.
public enum Script: String, Sendable {
    case simplified = "Hans"
    case traditional = "Hant"
    case mixed
}

/// Character tables for Traditional→Simplified, read from `Grammars/text/`: what ICU's
/// `Traditional-Simplified` and `Simplified-Traditional` transliterators do to each BMP
/// ideograph alone (a test computes them from ICU again and compares).
///
/// A table lookup per character is several times faster than running the transliterator
/// over the text, and, being one character for one, it keeps the offset map exact. Reading
/// the tables takes well under a millisecond; computing them from ICU takes about 80 ms,
/// which every run of the tool would pay at start-up.
final class ChineseScriptTable: Sendable {
    /// Simplified form of each BMP code unit (itself when unchanged).
    let simplified: [UInt16]
    /// Characters that exist only in Simplified writing (their Traditional form differs).
    private let simplifiedOnly: [Bool]

    static let ranges: [ClosedRange<UInt16>] = [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF]

    /// The files the tables are read from, in the built-in grammars.
    static let pairsFile = "text/traditional-simplified.txt"
    static let simplifiedOnlyFile = "text/simplified-only.txt"

    /// The built-in tables. They are part of the build, and a test reads them, so a mistake
    /// in them is a bug of the build, not of the input.
    static let shared: ChineseScriptTable = {
        do {
            return try ChineseScriptTable(GrammarFiles.builtIn)
        } catch {
            preconditionFailure("the built-in script tables: \(error)")
        }
    }()

    init(simplified: [UInt16], simplifiedOnly: [Bool]) {
        self.simplified = simplified
        self.simplifiedOnly = simplifiedOnly
    }

    /// Reads the tables: `TRADITIONAL SIMPLIFIED` a line, and a Simplified-only character a
    /// line; `#` starts a comment line.
    convenience init(_ files: GrammarFiles) throws(GrammarError) {
        var simplified = (0..<0x10000).map { UInt16($0) }
        var simplifiedOnly = [Bool](repeating: false, count: 0x10000)
        try Self.lines(files.required(Self.pairsFile)) { (number, fields) throws(GrammarError) in
            guard fields.count == 2, fields[0].count == 1, fields[1].count == 1 else {
                throw GrammarError(file: Self.pairsFile, line: number, column: 1, reason: "expected a Traditional and a Simplified character")
            }
            simplified[Int(fields[0].first!)] = fields[1].first!
        }
        try Self.lines(files.required(Self.simplifiedOnlyFile)) { (number, fields) throws(GrammarError) in
            guard fields.count == 1, fields[0].count == 1 else {
                throw GrammarError(file: Self.simplifiedOnlyFile, line: number, column: 1, reason: "expected one character")
            }
            simplifiedOnly[Int(fields[0].first!)] = true
        }
        self.init(simplified: simplified, simplifiedOnly: simplifiedOnly)
    }

    /// Each line that is not blank or a comment, numbered from 1, as its fields (UTF-16
    /// units between spaces or tabs): read in place, every start of the tool reads 5,000.
    private static func lines(_ text: String, _ body: (Int, [ArraySlice<UInt16>]) throws(GrammarError) -> Void) throws(GrammarError) {
        let units = Array(text.utf16)
        var fields: [ArraySlice<UInt16>] = []
        var (line, start) = (1, 0)
        for end in 0...units.count where end == units.count || units[end] == 0x0A {
            fields.removeAll(keepingCapacity: true)
            var fieldStart = start
            for i in start...end where i == end || units[i] == 0x20 || units[i] == 0x09 || units[i] == 0x0D {
                if i > fieldStart { fields.append(units[fieldStart..<i]) }
                fieldStart = i + 1
            }
            if let first = fields.first, first.first != 0x23 { try body(line, fields) }  // # starts a comment
            (line, start) = (line + 1, end + 1)
        }
    }

    /// The tables as ICU's transliterators give them now (for the test, and to write the
    /// files anew when ICU changes).
    static func computedFromICU() throws(ICUError) -> ChineseScriptTable {
        let toSimplified = try mapping("Traditional-Simplified")
        let toTraditional = try mapping("Simplified-Traditional")
        var simplifiedOnly = [Bool](repeating: false, count: 0x10000)
        for unit in 0..<0x10000 where toTraditional[unit] != UInt16(unit) && toSimplified[unit] == UInt16(unit) {
            simplifiedOnly[unit] = true
        }
        return ChineseScriptTable(simplified: toSimplified, simplifiedOnly: simplifiedOnly)
    }

    /// The two files' texts for these tables, as `init(_:)` reads them.
    var files: [String: String] {
        let source = "# Made by ChineseScriptTable.computedFromICU() from ICU's transliterators, one character\n"
            + "# alone at a time; written anew by SUANSHU_RECORD=1 swift test --filter ScriptTests.\n"
        var pairs = "# Traditional → Simplified, a pair a line: what changes.\n" + source
        var only = "# Characters only Simplified writing uses (their Traditional form differs), one a line.\n" + source
        for unit in 0..<0x10000 {
            if simplified[unit] != UInt16(unit) {
                pairs += String(decoding: [UInt16(unit)], as: UTF16.self) + " " + String(decoding: [simplified[unit]], as: UTF16.self) + "\n"
            }
            if simplifiedOnly[unit] { only += String(decoding: [UInt16(unit)], as: UTF16.self) + "\n" }
        }
        return [Self.pairsFile: pairs, Self.simplifiedOnlyFile: only]
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
        script(of: evidence(in: text))
    }

    /// How many characters of the text only the Traditional writing uses, and how many only
    /// the Simplified.
    func evidence(in text: UnsafeBufferPointer<UInt16>) -> (traditional: Int, simplified: Int) {
        var traditional = 0
        var simplified = 0
        self.simplified.withUnsafeBufferPointer { mapping in
            simplifiedOnly.withUnsafeBufferPointer { only in
                for unit in text where unit >= 0x3400 {
                    if mapping[Int(unit)] != unit {
                        traditional += 1
                    } else if only[Int(unit)] {
                        simplified += 1
                    }
                }
            }
        }
        return (traditional, simplified)
    }

    func script(of evidence: (traditional: Int, simplified: Int)) -> Script {
        let (traditional, simplified) = evidence
        // A few characters of the other writing (于 in a Hong Kong text, a name) do not
        // make a text mixed; a substantial share does.
        let total = traditional + simplified
        if traditional * 10 <= total { return .simplified }
        if simplified * 10 <= total { return .traditional }
        return .mixed
    }
}
