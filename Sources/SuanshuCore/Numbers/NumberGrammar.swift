/// Numeral characters with a bit set in front, so the many characters that are none cost
/// no hashing.
struct NumeralTable: Sendable {
    private var known = UnitSet()
    private var table: [UInt16: NumberGrammar.Numeral] = [:]

    mutating func insert(_ unit: UInt16, _ numeral: NumberGrammar.Numeral) {
        known.insert(unit)
        table[unit] = numeral
    }

    @inline(__always)
    subscript(unit: UInt16) -> NumberGrammar.Numeral? { known.contains(unit) ? table[unit] : nil }
}

/// The lexicons of Grammars/numbers/ as lookup tables for the number engine.
/// A class of constants: scanners and matchers made per sentence share it instead of
/// copying a dozen tables.
final class NumberGrammar: Sendable {
    enum Numeral: Sendable, Equatable {
        case digit(Int)
        case unit(Int)
        /// 10^exponent; `numeralOnly` when the word is a magnitude only inside a Chinese
        /// numeral or before money (兆 is also "mega", 京 also Beijing).
        case magnitude(Int, numeralOnly: Bool)
        case vague
        case point
        case minus
    }

    struct Unit: Sendable, Equatable {
        var code: String
        var dimension: String
        var unitClass: Quantity.UnitClass
        /// Base units in one of this unit (打, a dozen, is 12); nil for one.
        var factor: ExactDecimal?
        /// Characters after which the word is no unit (票房, 台湾).
        var notBefore: [UInt16] = []
    }

    /// A smaller unit of money (角, 分, 美分): read only after a figure in the unit it is part of.
    struct MoneyPart: Sendable {
        /// The larger unit's word, in working form (元, 美元).
        var of: [UInt16]
        /// What one of it is worth in the larger unit (角 0.1).
        var factor: ExactDecimal
    }

    enum Form: Sendable, Equatable {
        case percent, points, multiple, tenths, permille, fraction, doubling
        /// 半 after 成 or a unit: and a half of it (一成半, 一吨半).
        case half
    }

    struct QualifierWord: Sendable {
        var qualifier: Qualifier
        var bounded: Bool
    }

    /// 一半, 过半, 翻番: words that are quantities by themselves.
    struct WordQuantity: Sendable {
        var value: ExactDecimal
        var place: ExactDecimal
        var form: Quantity.Form
        var qualifier: Qualifier
    }

    let numerals: NumeralTable
    /// Digits and units marked context=numeral (陆, 伍, 拾…): a numeral only beside another
    /// numeral character (陆拾, 伍万), a word alone (大陆, 队伍, 收拾).
    let numeralOnly: UnitSet
    /// Characters that, after the unit of a scale word, make it a threshold that names a
    /// class (超过万亿元、千亿元的…) rather than a bound on a figure (numbers/scale-bounds.lex).
    let scaleNotAfter: UnitSet
    let wordQuantities: WordTable<WordQuantity>
    let units: WordTable<Unit>
    /// 角, 分, 美分: the smaller units of money (numbers/units.lex, of=).
    let moneyParts: WordTable<MoneyPart>
    /// Characters that after a number are no measure word (numbers/not-units.lex): an
    /// ideograph there that no lexicon knows is read as an unknown measure word otherwise.
    let notUnits: UnitSet
    let forms: WordTable<Form>
    /// Characters after which 成 is a word (成为, 成本), not tenths.
    let tenthsNotBefore: UnitSet
    /// Characters after which 半 is a word (半导体, 半数), not a half.
    let halfNotBefore: UnitSet
    /// 又: may stand between a figure of money and its smaller part (两美元又三美分).
    let moneyPartMarks: UnitSet
    /// 第: before a number, makes it an ordinal (numbers/before-number.lex).
    let ordinalMarks: UnitSet
    /// 翻 了: may stand between a qualifier and a doubling (numbers/before-number.lex).
    let doublingMarks: UnitSet
    /// 注: in brackets before a number, makes it a footnote's mark ([注1]; numbers/before-number.lex).
    let noteMarks: UnitSet
    let qualifiersBefore: WordTable<QualifierWord>
    let qualifiersAfter: WordTable<QualifierWord>
    let rangeWords: WordTable<Bool>
    let dateWords: WordTable<Quantity.DateField>
    let periodPrefixes: WordTable<Bool>
    /// 民國, 較 before a number of 100–199 and 年; 月 digits, 第, 全年 after its 年: a year of
    /// Taiwan's calendar (numbers/era-years.lex).
    let eraBefore: WordTable<Bool>
    let eraAfter: WordTable<Bool>
    let notNumbers: WordTable<Bool>
    let names: WordTable<Bool>
    let nameSuffixes: WordTable<Bool>

    init(_ files: GrammarFiles) throws {
        // Built in locals, then fixed: the properties are constants.
        var numerals: NumeralTable = NumeralTable()
        var numeralOnly = UnitSet()
        var wordQuantities = WordTable<WordQuantity>.Builder()
        var units = WordTable<Unit>.Builder()
        var moneyParts = WordTable<MoneyPart>.Builder()
        var forms = WordTable<Form>.Builder()
        var tenthsNotBefore: UnitSet = UnitSet()
        var halfNotBefore: UnitSet = UnitSet()
        var qualifiersBefore = WordTable<QualifierWord>.Builder()
        var qualifiersAfter = WordTable<QualifierWord>.Builder()
        var rangeWords = WordTable<Bool>.Builder()
        var dateWords = WordTable<Quantity.DateField>.Builder()
        var periodPrefixes = WordTable<Bool>.Builder()
        var eraBefore = WordTable<Bool>.Builder(), eraAfter = WordTable<Bool>.Builder()
        var notNumbers = WordTable<Bool>.Builder()
        var names = WordTable<Bool>.Builder()
        var nameSuffixes = WordTable<Bool>.Builder()
        let qualifierNames = Dictionary(uniqueKeysWithValues: Qualifier.allCases.map { ($0.rawValue, $0) })
        for entry in try Lexicon(files, "numbers/numerals.lex").entries {
            let word = try workingForm(entry.word)
            guard word.count == 1 else { throw entry.error(nil, "a numeral is one character") }
            let numeral: Numeral
            let context = try entry.choice("context", ["numeral": true]) ?? false
            if let digit = try entry.integer("digit") {
                numeral = .digit(digit)
                if context { numeralOnly.insert(word[0]) }
            } else if let unit = try entry.integer("unit") {
                numeral = .unit(unit)
                if context { numeralOnly.insert(word[0]) }
            } else if let exponent = try entry.integer("magnitude") {
                numeral = .magnitude(exponent, numeralOnly: context)
            } else if entry.flags.contains("vague") {
                numeral = .vague
            } else if entry.flags.contains("point") {
                numeral = .point
            } else if entry.attributes["sign"] == "-" {
                numeral = .minus
            } else {
                throw entry.error(nil, "'\(entry.word)' needs digit=, unit=, magnitude=, vague, point or sign=-")
            }
            numerals.insert(word[0], numeral)
        }
        let classNames = Dictionary(uniqueKeysWithValues: Quantity.UnitClass.allCases.map { ($0.rawValue, $0) })
        var classOfDimension: [String: (Quantity.UnitClass, Int)] = [:]
        for entry in try Lexicon(files, "numbers/units.lex").entries {
            func decimal(_ key: String) throws -> ExactDecimal? {
                guard let text = entry.attributes[key] else { return nil }
                guard let value = ExactDecimal(text), !value.isZero, !value.isNegative else { throw entry.error(key, "\(key)=\(text) is not a positive decimal number") }
                return value
            }
            if let larger = entry.attributes["of"] {
                guard let factor = try decimal("factor") else { throw entry.error(nil, "'\(entry.word)' needs factor= (what one is worth in \(larger))") }
                moneyParts.insert(try workingForm(entry.word), MoneyPart(of: try workingForm(larger), factor: factor))
                continue
            }
            let code = try entry.required("code")
            let dimension = try entry.required("dimension")
            guard let unitClass = try entry.choice("class", classNames) else { throw entry.error(nil, "'\(entry.word)' needs class=") }
            // A dimension is of one class: kinds.rules and the intervals read it that way.
            if let (known, line) = classOfDimension[dimension], known != unitClass {
                throw entry.error("class", "class=\(unitClass.rawValue), but \(dimension) is class=\(known.rawValue) on line \(line)")
            }
            classOfDimension[dimension] = (unitClass, entry.line)
            let notBefore = try entry.attributes["not-before"].map { try workingForm($0) } ?? []
            units.insert(try workingForm(entry.word), Unit(code: code, dimension: dimension, unitClass: unitClass,
                                                           factor: try decimal("factor"), notBefore: notBefore))
        }
        func characters(_ file: String) throws -> UnitSet {
            var set = UnitSet()
            for entry in try Lexicon(files, file).entries {
                let word = try workingForm(entry.word)
                guard word.count == 1 else { throw entry.error(nil, "'\(entry.word)' is not one character") }
                set.insert(word[0])
            }
            return set
        }
        let notUnits = try characters("numbers/not-units.lex")
        let scaleNotAfter = try characters("numbers/scale-bounds.lex")
        let formNames: [String: Form] = ["percent": .percent, "points": .points, "multiple": .multiple,
                                         "tenths": .tenths, "permille": .permille, "fraction": .fraction,
                                         "doubling": .doubling, "half": .half]
        for entry in try Lexicon(files, "numbers/forms.lex").entries {
            guard let form = try entry.choice("form", formNames) else { throw entry.error(nil, "'\(entry.word)' needs form=") }
            forms.insert(try workingForm(entry.word), form)
            if let characters = entry.attributes["not-before"] {
                switch form {
                case .tenths: tenthsNotBefore.formUnion(try workingForm(characters))
                case .half: halfNotBefore.formUnion(try workingForm(characters))
                default: throw entry.error("not-before", "not-before= is read for form=tenths and form=half only")
                }
            }
        }
        for entry in try Lexicon(files, "numbers/qualifiers.lex").entries {
            guard let qualifier = try entry.choice("qualifier", qualifierNames) else {
                throw entry.error(nil, "'\(entry.word)' needs qualifier=")
            }
            let word = QualifierWord(qualifier: qualifier, bounded: entry.flags.contains("bounded"))
            switch try entry.choice("position", ["before": true, "after": false]) {
            case true?: qualifiersBefore.insert(try workingForm(entry.word), word)
            case false?: qualifiersAfter.insert(try workingForm(entry.word), word)
            case nil: throw entry.error(nil, "'\(entry.word)' needs position=before or position=after")
            }
        }
        let wordForms: [String: Quantity.Form] = ["percent": .percent, "doubling": .doubling, "ordinal": .ordinal]
        for entry in try Lexicon(files, "numbers/word-quantities.lex").entries {
            guard let value = ExactDecimal(try entry.required("value")) else { throw entry.error("value", "not a decimal number") }
            guard let place = ExactDecimal(try entry.required("place")) else { throw entry.error("place", "not a decimal number") }
            guard let form = try entry.choice("form", wordForms) else { throw entry.error(nil, "'\(entry.word)' needs form=") }
            let qualifier = try entry.choice("qualifier", qualifierNames) ?? .exact
            wordQuantities.insert(try workingForm(entry.word), WordQuantity(value: value, place: place, form: form, qualifier: qualifier))
        }
        for entry in try Lexicon(files, "numbers/ranges.lex").entries {
            rangeWords.insert(try workingForm(entry.word), true)
        }
        for entry in try Lexicon(files, "numbers/dates.lex").entries {
            let kind = try entry.choice("kind", ["year": Quantity.DateField.year, "month": .month, "day": .day, "quarter": .quarter])
            guard let kind else { throw entry.error(nil, "'\(entry.word)' needs kind=") }
            dateWords.insert(try workingForm(entry.word), kind)
        }
        for entry in try Lexicon(files, "numbers/period-prefixes.lex").entries {
            periodPrefixes.insert(try workingForm(entry.word), true)
        }
        for entry in try Lexicon(files, "numbers/era-years.lex").entries {
            guard let position = try entry.choice("position", ["before": 1, "after": 2, "both": 3]) else {
                throw entry.error(nil, "'\(entry.word)' needs position=before|after|both")
            }
            if position & 1 != 0 { eraBefore.insert(try workingForm(entry.word), true) }
            if position & 2 != 0 { eraAfter.insert(try workingForm(entry.word), true) }
        }
        let beforeNumber = try Lexicon(files, "numbers/before-number.lex").characterRoles(["ordinal", "doubling", "money-part", "note"])
        for entry in try Lexicon(files, "numbers/not-numbers.lex").entries {
            notNumbers.insert(try workingForm(entry.word), true)
        }
        for entry in try Lexicon(files, "numbers/names.lex").entries {
            if entry.flags.contains("suffix") {
                nameSuffixes.insert(try workingForm(entry.word), true)
            } else {
                names.insert(try workingForm(entry.word), true)
            }
        }
        self.numerals = numerals
        self.numeralOnly = numeralOnly
        self.scaleNotAfter = scaleNotAfter
        self.wordQuantities = wordQuantities.table
        self.units = units.table
        self.moneyParts = moneyParts.table
        self.notUnits = notUnits
        self.forms = forms.table
        self.tenthsNotBefore = tenthsNotBefore
        self.halfNotBefore = halfNotBefore
        self.moneyPartMarks = beforeNumber["money-part"]!
        self.ordinalMarks = beforeNumber["ordinal"]!
        self.doublingMarks = beforeNumber["doubling"]!
        self.noteMarks = beforeNumber["note"]!
        self.qualifiersBefore = qualifiersBefore.table
        self.qualifiersAfter = qualifiersAfter.table
        self.rangeWords = rangeWords.table
        self.dateWords = dateWords.table
        self.periodPrefixes = periodPrefixes.table
        (self.eraBefore, self.eraAfter) = (eraBefore.table, eraAfter.table)
        self.notNumbers = notNumbers.table
        self.names = names.table
        self.nameSuffixes = nameSuffixes.table
    }
}
