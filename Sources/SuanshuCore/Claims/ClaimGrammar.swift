/// Grammars/claims/ loaded: the kind rules, their word classes, and the lexicons that give
/// claims their subject, period, basis and currency.
struct ClaimGrammar: Sendable {
    var rules: [ClaimRule] = []
    /// The word classes of kinds.rules (words/NAME.lex), in the order `classNames` gives.
    var classes: [WordTable<Bool>] = []
    var classNames: [String] = []
    var joiners = WordTable<Bool>()
    var notCounted = WordTable<Bool>()
    var currencies = WordTable<String>()
    var bases = WordTable<String>()
    var periods = WordTable<String>()
    var metrics = WordTable<String>()
    var partners = WordTable<String>()
    var entityStop = WordTable<Bool>()
    var periodPrefixes = WordTable<Bool>()

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
