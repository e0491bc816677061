/// Grammars/claims/ loaded: the kind rules, their word classes, and the lexicons that give
/// claims their subject, period, basis and currency.
/// A class of constants: scanners and matchers made per sentence share it instead of
/// copying a dozen tables.
final class ClaimGrammar: Sendable {
    let rules: [ClaimRule]
    /// The names of the rules flagged like-earlier, and of those that decide by no words
    /// around the figure (fallback rules and like-earlier ones): an earlier statement decided
    /// by these gives no kind to a later one.
    let likeEarlierRules: [String]
    let undecidedRules: [String]
    /// The rules' patterns as the matcher reads them.
    let patterns: RulePatterns
    /// The word classes of kinds.rules (words/NAME.lex), in the order `classNames` gives.
    let classes: [WordTable<Bool>]
    /// Each class's exceptions (entries flagged `not`: 增长率 holds 率 but is no rate's
    /// head), nil for a class without any.
    let classExceptions: [WordTable<Bool>?]
    let classNames: [String]
    /// What may follow 第N in a rank (words/rank-suffix.lex): the only measure words a rank
    /// may end with (第二位, not 第一次).
    let rankSuffix: WordTable<Bool>?
    /// The head nouns of rates (words/rate.lex) and their exceptions: a rate is said of the
    /// words that end with one (制造业采购经理指数, 城镇化率).
    let rateHeads: WordTable<Bool>?
    let rateHeadExceptions: WordTable<Bool>?
    let joiners: WordTable<Bool>
    /// Words that hold a list mark but join nothing (普及率, 涉及, 总和): claims/joiners.lex `not`.
    let joinsNothing: WordTable<Bool>
    let notCounted: WordTable<Bool>
    let currencies: WordTable<String>
    let bases: WordTable<String>
    /// 按不变价格计算, 扣除价格因素: what a figure is measured in (claims/measures.lex).
    let measures: WordTable<String>
    /// Words of a metric that give its growth rate's measure when none is stated (增加值:
    /// constant prices), as written in the working text.
    let metricMeasures: [(word: [UInt16], measure: String)]
    /// Two measures said as one word before two figures (产销分别完成…和…): the word and
    /// the names of its halves (claims/paired-names.lex).
    let pairedNames: [(word: String, halves: [String])]
    /// Words that open an aside in brackets defining a short name (以下简称职工医保):
    /// claims/asides.lex.
    let asideOpeners: [String]
    let periods: WordTable<String>
    let metrics: WordTable<String>
    /// The metrics of a text in Simplified characters: without the words only Taiwan and Hong
    /// Kong releases use so (metrics.lex flag hant).
    let simplifiedMetrics: WordTable<String>

    /// The metric words of a text in `script`.
    func metrics(for script: Script) -> WordTable<String> { script == .simplified ? simplifiedMetrics : metrics }
    let partners: WordTable<String>
    let entityStop: WordTable<Bool>
    /// Words that end a name the lexicons lack (claims/name-ends.lex); true for a verb the
    /// name may follow when nothing is named before it (flag `opens`: 全年完成货邮运输量…).
    let nameEnds: WordTable<NameEnd>
    let periodPrefixes: WordTable<Bool>
    let speakers: WordTable<Bool>
    /// 占, 拉动, 下拉: the classes that part a share's or contribution's part from its whole.
    let partMarkers: [WordTable<Bool>]
    /// 增长, 下降: the verbs of rise and decline (words/up.lex, words/down.lex), which may
    /// stand between a prior figure's 的 and its figure (较7月份的下降3.6%).
    let changeVerbs: [WordTable<Bool>]
    /// The single characters of claims/markers.lex, by role.
    let markers: Markers
    /// 其中: parts of the level before follow (claims/roles.lex).
    let breakdown: WordTable<Bool>
    /// 下同: after a currency, declares it for the rest (claims/roles.lex).
    let sameBelow: WordTable<Bool>
    /// 相比: closes a clause that sets the figure right before it against this period's
    /// (claims/roles.lex).
    let comparedClose: WordTable<Bool>
    /// 年: the one-character year words of numbers/dates.lex (比2024年).
    let yearMarks: UnitSet
    /// The unit words of numbers/units.lex with class=count (人次, 人, 辆): one that ends a
    /// metric names the unit of a bare figure after it (出游人次达56.15亿).
    let countUnits: WordTable<(code: String, dimension: String)>
    /// What may stand between such a unit word and the figure (claims/implied-units.lex):
    /// words that end the metric (人数) and words that link it to its figure (达, 为).
    let impliedUnitTails: WordTable<Bool>
    let impliedUnitVerbs: WordTable<Bool>
    /// Tails that name a count by themselves (数量, 总数): a bare figure with a magnitude after
    /// them is so many of what the name before names.
    let countedTails: WordTable<Bool>
    /// The characters of numbers/numerals.lex.
    let numeralCharacters: UnitSet

    /// Characters whose role the resolver reads (claims/markers.lex).
    struct Markers: Sendable {
        /// 比 较 与 同: a period after one is the period compared with.
        var compare: UnitSet = UnitSet()
        /// 对 自 与 同 中: a partner name follows.
        var partner: UnitSet = UnitSet()
        /// 、和及与: between the entities of a list.
        var list: UnitSet = UnitSet()
        /// 底 末 初: after a year, a part of it.
        var yearPart: UnitSet = UnitSet()
        /// 到 至 and dashes: between the two dates of a span.
        var span: UnitSet = UnitSet()
        /// 比 较: before a year, make a growth rate year on year.
        var yearCompare: UnitSet = UnitSet()
        /// 的: last before a figure of the period compared with (比8月份的5.3%).
        var figureOf: UnitSet = UnitSet()
        /// 为: first after a period, before its figure (9月份为下降0.3%).
        var figureIs: UnitSet = UnitSet()
        /// 是: the same, with the figure right after it (，8月份是14.46元).
        var figureIsFigure: UnitSet = UnitSet()
        /// 在: opening a clause, the whole a share is of follows.
        var wholeAfter: UnitSet = UnitSet()
        /// 往: right after the metric, the partner follows (出口往香港的货值).
        var partnerAfter: UnitSet = UnitSet()
        /// 分 … 看: a sentence turning to another breakdown (分产业看，).
        var turnOpen: UnitSet = UnitSet()
        var turnClose: UnitSet = UnitSet()

        init(_ lexicon: Lexicon) throws {
            let roles: [(String, WritableKeyPath<Markers, UnitSet>)] = [
                ("compare", \.compare), ("partner", \.partner), ("list", \.list), ("year-part", \.yearPart), ("span", \.span),
                ("year-compare", \.yearCompare), ("figure-of", \.figureOf), ("figure-is", \.figureIs), ("figure-is-figure", \.figureIsFigure),
                ("whole-after", \.wholeAfter), ("turn-open", \.turnOpen), ("turn-close", \.turnClose), ("partner-after", \.partnerAfter),
            ]
            let sets = try lexicon.characterRoles(roles.map(\.0))
            for (name, role) in roles { self[keyPath: role] = sets[name]! }
        }
    }

    init(_ files: GrammarFiles) throws {
        var classes: [WordTable<Bool>] = []
        var classExceptions: [WordTable<Bool>?] = []
        var classNames: [String] = []
        let prefix = "claims/words/"
        for path in files.files.keys.sorted() where path.hasPrefix(prefix) && path.hasSuffix(".lex") {
            let name = String(path.dropFirst(prefix.count).dropLast(4))
            var table = WordTable<Bool>.Builder()
            var exceptions = WordTable<Bool>.Builder()
            var anyException = false
            for entry in try Lexicon(files, path).entries {
                if let flag = entry.flags.first(where: { $0 != "not" }) { throw entry.error(flag, "unknown flag '\(flag)' (not)") }
                if entry.flags.contains("not") {
                    exceptions.insert(try workingForm(entry.word), true)
                    anyException = true
                } else {
                    table.insert(try workingForm(entry.word), true)
                }
            }
            classNames.append(name)
            classes.append(table.table)
            classExceptions.append(anyException ? exceptions.table : nil)
        }
        self.classes = classes
        self.classExceptions = classExceptions
        self.classNames = classNames
        changeVerbs = ["up", "down"].compactMap { name in classNames.firstIndex(of: name).map { classes[$0] } }
        rankSuffix = classNames.firstIndex(of: "rank-suffix").map { classes[$0] }
        rateHeads = classNames.firstIndex(of: "rate").map { classes[$0] }
        rateHeadExceptions = classNames.firstIndex(of: "rate").flatMap { classExceptions[$0] }
        rules = try ClaimRule.parse(file: "claims/kinds.rules", text: try files.required("claims/kinds.rules"),
                                    classes: classNames)
        patterns = RulePatterns(rules)
        likeEarlierRules = rules.filter(\.likeEarlier).map(\.name)
        undecidedRules = rules.filter { $0.fallback || $0.likeEarlier }.map(\.name)
        func words(_ path: String) throws -> WordTable<Bool> {
            var table = WordTable<Bool>.Builder()
            // (An entry flagged `not` holds a listed word but is none: its value is false.)
            for entry in try Lexicon(files, path).entries { table.insert(try workingForm(entry.word), !entry.flags.contains("not")) }
            return table.table
        }
        func valued(_ path: String, _ key: String) throws -> WordTable<String> {
            var table = WordTable<String>.Builder()
            for entry in try Lexicon(files, path).entries {
                table.insert(try workingForm(entry.word), try entry.required(key))
            }
            return table.table
        }
        var joiners = WordTable<Bool>.Builder(), joinsNothing = WordTable<Bool>.Builder()
        for entry in try Lexicon(files, "claims/joiners.lex").entries {
            if entry.flags.contains("not") {
                joinsNothing.insert(try workingForm(entry.word), true)
            } else {
                joiners.insert(try workingForm(entry.word), true)
            }
        }
        self.joiners = joiners.table
        self.joinsNothing = joinsNothing.table
        self.notCounted = try words("claims/not-counted.lex")
        self.entityStop = try words("claims/entity-stop.lex")
        var nameEnds = WordTable<NameEnd>.Builder()
        for entry in try Lexicon(files, "claims/name-ends.lex").entries {
            let role: NameEnd = entry.flags.contains("not") ? .none : entry.flags.contains("opens") ? .opens
                : entry.flags.contains("follows") ? .follows : .ends
            nameEnds.insert(try workingForm(entry.word), role)
        }
        self.nameEnds = nameEnds.table
        self.periodPrefixes = try words("numbers/period-prefixes.lex")
        self.speakers = try words("claims/speakers.lex")
        self.currencies = try valued("claims/currency.lex", "code")
        self.bases = try valued("claims/bases.lex", "basis")
        var measures = WordTable<String>.Builder()
        var metricMeasures: [(word: [UInt16], measure: String)] = []
        for entry in try Lexicon(files, "claims/measures.lex").entries {
            let word = try workingForm(entry.word)
            if entry.flags.contains("metric") {
                metricMeasures.append((word, try entry.required("measure")))
            } else {
                measures.insert(word, try entry.required("measure"))
            }
        }
        self.measures = measures.table
        self.metricMeasures = metricMeasures
        self.asideOpeners = try Lexicon(files, "claims/asides.lex").entries.map { String(decoding: try workingForm($0.word), as: UTF16.self) }
        self.pairedNames = try Lexicon(files, "claims/paired-names.lex").entries.map { entry in
            (String(decoding: try workingForm(entry.word), as: UTF16.self),
             [String(decoding: try workingForm(try entry.required("first")), as: UTF16.self),
              String(decoding: try workingForm(try entry.required("second")), as: UTF16.self)])
        }
        self.periods = try valued("claims/periods.lex", "what")
        var metrics = WordTable<String>.Builder()
        var simplifiedMetrics = WordTable<String>.Builder()
        for entry in try Lexicon(files, "claims/metrics.lex").entries {
            let (word, metric) = (try workingForm(entry.word), try entry.required("metric"))
            metrics.insert(word, metric)
            if !entry.flags.contains("hant") { simplifiedMetrics.insert(word, metric) }
        }
        self.metrics = metrics.table
        self.simplifiedMetrics = simplifiedMetrics.table
        self.partners = try valued("claims/partners.lex", "partner")
        markers = try Markers(try Lexicon(files, "claims/markers.lex"))
        var breakdown = WordTable<Bool>.Builder()
        var sameBelow = WordTable<Bool>.Builder()
        var comparedClose = WordTable<Bool>.Builder()
        enum Role { case breakdown, sameBelow, comparedClose }
        for entry in try Lexicon(files, "claims/roles.lex").entries {
            switch try entry.choice("role", ["breakdown": Role.breakdown, "same-below": .sameBelow, "compared-close": .comparedClose]) {
            case .breakdown?: breakdown.insert(try workingForm(entry.word), true)
            case .sameBelow?: sameBelow.insert(try workingForm(entry.word), true)
            case .comparedClose?: comparedClose.insert(try workingForm(entry.word), true)
            case nil: throw entry.error(nil, "'\(entry.word)' needs role=breakdown, role=same-below or role=compared-close")
            }
        }
        self.breakdown = breakdown.table
        self.sameBelow = sameBelow.table
        self.comparedClose = comparedClose.table
        var yearMarks: UnitSet = UnitSet()
        for entry in try Lexicon(files, "numbers/dates.lex").entries where entry.attributes["kind"] == "year" {
            let word = try workingForm(entry.word)
            if word.count == 1 { yearMarks.insert(word[0]) }
        }
        self.yearMarks = yearMarks
        var countUnits = WordTable<(code: String, dimension: String)>.Builder()
        for entry in try Lexicon(files, "numbers/units.lex").entries where entry.attributes["class"] == "count" {
            countUnits.insert(try workingForm(entry.word), (try entry.required("code"), try entry.required("dimension")))
        }
        self.countUnits = countUnits.table
        var tails = WordTable<Bool>.Builder()
        var verbs = WordTable<Bool>.Builder()
        var counted = WordTable<Bool>.Builder()
        for entry in try Lexicon(files, "claims/implied-units.lex").entries {
            switch try entry.choice("role", ["tail": true, "verb": false]) {
            case true?:
                tails.insert(try workingForm(entry.word), true)
                if entry.flags.contains("counted") { counted.insert(try workingForm(entry.word), true) }
            case false?: verbs.insert(try workingForm(entry.word), true)
            case nil: throw entry.error(nil, "'\(entry.word)' needs role=tail or role=verb")
            }
        }
        impliedUnitTails = tails.table
        impliedUnitVerbs = verbs.table
        countedTails = counted.table
        var numeralCharacters = UnitSet()
        for entry in try Lexicon(files, "numbers/numerals.lex").entries {
            numeralCharacters.formUnion(try workingForm(entry.word))
        }
        self.numeralCharacters = numeralCharacters
        partMarkers = ["share", "pull", "drag"].compactMap { name in classNames.firstIndex(of: name).map { classes[$0] } }
    }
}

/// What a word of claims/name-ends.lex does to the name read before a figure.
enum NameEnd: Sendable {
    /// The name ends before it (为, 达, 超过).
    case ends
    /// It ends the name, which follows it when nothing but a period stands before (完成, 实现).
    case opens
    /// The figure's name follows it (占移动基站总数1256.6万个: the whole's, not 5G基站's).
    case follows
    /// A word holding one of the others that ends nothing (占地面积).
    case none
}
