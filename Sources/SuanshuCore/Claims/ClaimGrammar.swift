/// Grammars/claims/ loaded: the kind rules, their word classes, and the lexicons that give
/// claims their subject, period, basis and currency.
/// A class of constants: scanners and matchers made per sentence share it instead of
/// copying a dozen tables.
final class ClaimGrammar: Sendable {
    let rules: [ClaimRule]
    /// The word classes of kinds.rules (words/NAME.lex), in the order `classNames` gives.
    let classes: [WordTable<Bool>]
    let classNames: [String]
    let joiners: WordTable<Bool>
    let notCounted: WordTable<Bool>
    let currencies: WordTable<String>
    let bases: WordTable<String>
    let periods: WordTable<String>
    let metrics: WordTable<String>
    let partners: WordTable<String>
    let entityStop: WordTable<Bool>
    let periodPrefixes: WordTable<Bool>
    let speakers: WordTable<Bool>
    /// 占, 拉动, 下拉: the classes that part a share's or contribution's part from its whole.
    let partMarkers: [WordTable<Bool>]

    init(_ files: GrammarFiles) throws {
        var classes: [WordTable<Bool>] = []
        var classNames: [String] = []
        let prefix = "claims/words/"
        for path in files.files.keys.sorted() where path.hasPrefix(prefix) && path.hasSuffix(".lex") {
            let name = String(path.dropFirst(prefix.count).dropLast(4))
            var table = WordTable<Bool>()
            for entry in try Lexicon(files, path).entries { table.insert(try workingForm(entry.word), true) }
            classNames.append(name)
            classes.append(table)
        }
        self.classes = classes
        self.classNames = classNames
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
        self.joiners = try words("claims/joiners.lex")
        self.notCounted = try words("claims/not-counted.lex")
        self.entityStop = try words("claims/entity-stop.lex")
        self.periodPrefixes = try words("numbers/period-prefixes.lex")
        self.speakers = try words("claims/speakers.lex")
        self.currencies = try valued("claims/currency.lex", "code")
        self.bases = try valued("claims/bases.lex", "basis")
        self.periods = try valued("claims/periods.lex", "what")
        self.metrics = try valued("claims/metrics.lex", "metric")
        self.partners = try valued("claims/partners.lex", "partner")
        partMarkers = ["share", "pull", "drag"].compactMap { name in classNames.firstIndex(of: name).map { classes[$0] } }
    }
}
