/// Grammars/claims/ loaded: the kind rules, their word classes, and the lexicons that give
/// claims their subject, period, basis and currency.
/// A class, built once and never changed after (hence unchecked Sendable): scanners and
/// matchers made per sentence share it instead of copying a dozen tables.
final class ClaimGrammar: @unchecked Sendable {
    private(set) var rules: [ClaimRule] = []
    /// The word classes of kinds.rules (words/NAME.lex), in the order `classNames` gives.
    private(set) var classes: [WordTable<Bool>] = []
    private(set) var classNames: [String] = []
    private(set) var joiners = WordTable<Bool>()
    private(set) var notCounted = WordTable<Bool>()
    private(set) var currencies = WordTable<String>()
    private(set) var bases = WordTable<String>()
    private(set) var periods = WordTable<String>()
    private(set) var metrics = WordTable<String>()
    private(set) var partners = WordTable<String>()
    private(set) var entityStop = WordTable<Bool>()
    private(set) var periodPrefixes = WordTable<Bool>()

    func wordClass(_ name: String) -> WordTable<Bool>? { classNames.firstIndex(of: name).map { classes[$0] } }

    init(_ files: GrammarFiles) throws {
        let prefix = "claims/words/"
        for path in files.files.keys.sorted() where path.hasPrefix(prefix) && path.hasSuffix(".lex") {
            let name = String(path.dropFirst(prefix.count).dropLast(4))
            var table = WordTable<Bool>()
            for entry in try Lexicon(files, path).entries { table.insert(try workingForm(entry.word), true) }
            classNames.append(name)
            classes.append(table)
        }
        rules = try ClaimRule.parse(file: "claims/kinds.rules", text: try files.required("claims/kinds.rules"),
                                    classes: classNames)
        func words(_ path: String) throws -> WordTable<Bool> {
            var table = WordTable<Bool>()
            for entry in try Lexicon(files, path).entries { table.insert(try workingForm(entry.word), true) }
            return table
        }
        func valued(_ path: String, _ key: String) throws -> WordTable<String> {
            var table = WordTable<String>()
            for entry in try Lexicon(files, path).entries {
                table.insert(try workingForm(entry.word), try entry.required(key))
            }
            return table
        }
        joiners = try words("claims/joiners.lex")
        notCounted = try words("claims/not-counted.lex")
        entityStop = try words("claims/entity-stop.lex")
        periodPrefixes = try words("numbers/period-prefixes.lex")
        currencies = try valued("claims/currency.lex", "code")
        bases = try valued("claims/bases.lex", "basis")
        periods = try valued("claims/periods.lex", "what")
        metrics = try valued("claims/metrics.lex", "metric")
        partners = try valued("claims/partners.lex", "partner")
    }
}
