/// Scans one stretch of working text for quantities: reads each number, then the words
/// around it (magnitudes, forms, units, qualifiers, range words), then decides whether it
/// is a date, a list number, a name or an identifier rather than a claim.
private let quoteOpeners: Set<UInt16> = [0x201C, 0x22, 0x300C, 0x2018, 0x300E]  // “ " 「 ‘ 『
private let quoteClosers: Set<UInt16> = [0x201D, 0x22, 0x300D, 0x2019, 0x300F]
/// / _ @ : # between a number and more digits make an identifier.
private let identifierJoiners: Set<UInt16> = [0x2F, 0x5F, 0x40, 0x3A, 0x23]

struct QuantityScanner {
    let text: UnsafeBufferPointer<UInt16>
    let bounds: Range<Int>
    let grammar: NumberGrammar
    var quantities: [Quantity] = []
    var tooLarge: [Range<Int>] = []
    /// Measure words after a number that units.lex lacks (3000万枚): read as counts, and
    /// reported.
    var unknownUnits: [Range<Int>] = []
    /// The unknown measure word of the quantity `complete` read last, if any.
    private var lastUnknownUnit: Range<Int>?

    private var reader: NumeralReader { NumeralReader(text: text, limit: bounds.upperBound, grammar: grammar) }
    private var upper: Int { bounds.upperBound }

    init(text: UnsafeBufferPointer<UInt16>, bounds: Range<Int>, grammar: NumberGrammar) {
        self.text = text
        self.bounds = bounds
        self.grammar = grammar
    }

    mutating func scan() {
        var i = bounds.lowerBound
        while i < upper {
            if let (length, word) = grammar.wordQuantities.match(text, at: i, limit: upper) {
                // A longer word of not-numbers.lex starting there holds it (居次要 is no 居次).
                if let (wordLength, _) = grammar.notNumbers.match(text, at: i, limit: upper), wordLength > length {
                    i += wordLength
                    continue
                }
                quantities.append(wordQuantity(word, i..<(i + length)))
                i += length
                continue
            }
            let unit = text[i]
            let arabic = NumeralReader.isDigit(unit)
            if arabic, let dates = numericDate(at: i) {
                quantities += dates
                i = dates[2].range.upperBound
                continue
            }
            let scale = !arabic && statesScaleBound(at: i)
            guard arabic || scale || reader.startsChineseNumeral(unit) else {
                i += 1
                continue
            }
            // A numeral inside a name (十四五, 5G) or a word (统一, 一些) is no number.
            let name = grammar.names.covers(text, i, floor: bounds.lowerBound, limit: upper)
            if let word = name ?? (arabic ? nil : grammar.notNumbers.covers(text, i, floor: bounds.lowerBound, limit: upper)) {
                if let number = read(at: i)?.number {
                    var q = plain(number)
                    q.range = word
                    q.notAClaim = name != nil ? .name : .word
                    quantities.append(q)
                }
                i = max(word.upperBound, i + 1)
                continue
            }
            guard arabic || scale || startsNumber(at: i), let (number, end) = read(at: i, scale: scale) else {
                i += 1
                continue
            }
            guard let number else {
                i = max(end, i + 1)
                continue
            }
            var quantity = complete(number)
            classify(&quantity)
            noteUnknownUnit(of: quantity)
            let next = pairRange(&quantity)
            i = max(next, quantity.range.upperBound, number.range.upperBound, i + 1)
        }
        markListedDates()
        markListCounts()
    }

    /// 企业职工基本养老保险、失业保险、工伤保险三项社会保险基金: a count in Chinese numerals right
    /// after a list of as many names (joined by 、, the last by 和, 及 or 与) counts the list
    /// it closes, a word of it, no figure (not: 其中三项 — no list before it).
    private mutating func markListCounts() {
        for k in quantities.indices {
            var q = quantities[k]
            // (The value as a Double first: a numeral too large for an Int must not trap.)
            let value = q.value.doubleValue
            guard q.notAClaim == nil, q.numeral == .chinese, q.qualifier == .exact, q.value.isInteger,
                  value >= 2, value <= 10, q.range.lowerBound > bounds.lowerBound,
                  (0x3400...0x9FFF).contains(text[q.range.lowerBound - 1]) else { continue }
            var p = q.range.lowerBound
            var marks = 0
            var joiner = false
            while p > bounds.lowerBound, q.range.lowerBound - p < 80 {
                let u = text[p - 1]
                if u == 0x3001 { marks += 1 }
                else if !joiner, marks > 0 || p < q.range.lowerBound - 1, [0x548C, 0x53CA, 0x4E0E].contains(u) { joiner = true }
                else if !(0x3400...0x9FFF).contains(u) && u != 0xFF08 && u != 0xFF09 && u != 0x28 && u != 0x29 { break }
                p -= 1
            }
            guard marks > 0, Double(marks + 1 + (joiner ? 1 : 0)) == value else { continue }
            q.notAClaim = .word
            quantities[k] = q
        }
    }

    /// 1、2月份, 第2、3季: a bare number right before 、 and a month or quarter takes its field
    /// (months or quarters listed with the unit said once, after the last), so each is a period
    /// of its own (not: 增长3、5倍 — no date after).
    private mutating func markListedDates() {
        var k = quantities.count - 2
        while k >= 0 {
            let next = quantities[k + 1]
            var q = quantities[k]
            if next.notAClaim == .date, let field = next.dateField, field == .month || field == .quarter,
               q.notAClaim == nil || q.notAClaim == .listNumber, q.unit == nil, q.form == .plain || q.form == .ordinal,
               q.range.upperBound + 1 == next.range.lowerBound, text[q.range.upperBound] == 0x3001,
               q.value.isInteger, q.value.doubleValue >= 1, q.value.doubleValue <= (field == .month ? 12 : 4) {
                q.notAClaim = .date
                q.dateField = field
                quantities[k] = q
            }
            k -= 1
        }
    }

    /// 百 and 千 begin a number only as 百分之, 千分之: alone (千亿元 as a threshold, 千方百计)
    /// they are words.
    private func startsNumber(at i: Int) -> Bool {
        guard case .unit(let u)? = grammar.numerals[text[i]], u > 10 else { return true }
        if i > bounds.lowerBound, reader.startsChineseNumeral(text[i - 1]) { return true }
        guard let (_, form) = grammar.forms.match(text, at: i + 1, limit: upper) else { return false }
        return form == .fraction
    }

    /// 突破千亿美元, 站上万亿元大关: a scale word (百 千 万 亿 and their runs, no digit) with a
    /// unit, right after a qualifier that bounds from below, is a bound of one of that scale.
    /// Not when a list or 的 follows the unit (超过万亿元、千亿元和百亿元的国家: thresholds that
    /// name classes), nor after another numeral.
    private func statesScaleBound(at i: Int) -> Bool {
        func isScale(_ k: Int) -> Bool {
            switch grammar.numerals[text[k]] {
            case .unit(let u)?: u > 10 && !grammar.numeralOnly.contains(text[k])
            case .magnitude(_, let numeralOnly)?: !numeralOnly
            default: false
            }
        }
        guard isScale(i), i > bounds.lowerBound, grammar.numerals[text[i - 1]] == nil,
              let (_, word) = grammar.qualifiersBefore.match(text, endingAt: i, floor: bounds.lowerBound),
              word.qualifier == .over else { return false }
        var k = i
        while k < upper, isScale(k) { k += 1 }
        guard case .magnitude? = grammar.numerals[text[k - 1]], let (length, _) = grammar.units.match(text, at: k, limit: upper) else { return false }
        return k + length == upper || !grammar.scaleNotAfter.contains(text[k + length])
    }

    /// Reads the number at `i`; a nil number with an end means skip to there.
    private mutating func read(at i: Int, scale: Bool = false) -> (number: WrittenNumber?, end: Int)? {
        let result = NumeralReader.isDigit(text[i]) ? reader.arabic(at: i) : reader.chinese(at: i, scale: scale)
        if result.tooLarge {
            tooLarge.append(i..<result.end)
            return (nil, result.end)
        }
        return (result.number, result.end)
    }

    private func wordQuantity(_ word: NumberGrammar.WordQuantity, _ range: Range<Int>) -> Quantity {
        var q = Quantity(range: range, numberRange: range, value: word.value, interval: .point(word.value),
                         qualifier: word.qualifier, qualifierRange: nil, form: word.form, unit: word.form == .ordinal ? nil : "%", dimension: nil, unitClass: nil,
                         numeral: .chinese, notAClaim: nil, dateField: nil, rangeEnd: nil, magnitude: 0)
        readQualifierBefore(&q)
        let reading = Reading(end: range.upperBound, value: word.value, lastPlace: word.place,
                              significantPlace: word.place, numeral: .chinese)
        // 首位, 次高: a position is exact, as 第一 is.
        q.interval = word.form == .ordinal ? .point(word.value) : interval(q, reading, vague: nil)
        return q
    }

    /// 2025-01-09 or 2025/1/9 (a web page's 发布时间): a year, a month and a day, each a
    /// date. The month and the day take in the separator before them, so the three stand
    /// side by side like 2025年1月9日.
    private func numericDate(at i: Int) -> [Quantity]? {
        func digits(from k: Int, most: Int) -> (value: Int, end: Int)? {
            var value = 0
            var end = k
            while end < upper, end - k < most, NumeralReader.isDigit(text[end]) {
                value = value * 10 + Int(text[end] - 0x30)
                end += 1
            }
            return end > k ? (value, end) : nil
        }
        guard i == bounds.lowerBound || !NumeralReader.isDigit(text[i - 1]),
              let year = digits(from: i, most: 4), year.end - i == 4, (1900...2199).contains(year.value),
              year.end < upper, text[year.end] == 0x2D || text[year.end] == 0x2F,  // - /
              let month = digits(from: year.end + 1, most: 2), (1...12).contains(month.value),
              month.end < upper, text[month.end] == text[year.end],
              let day = digits(from: month.end + 1, most: 2), (1...CalendarDate.lastDay(year: year.value, month: month.value)).contains(day.value),
              day.end == upper || !NumeralReader.isDigit(text[day.end]) else { return nil }
        func date(_ value: Int, _ range: Range<Int>, _ field: Quantity.DateField) -> Quantity {
            let exact = ExactDecimal(value)
            return Quantity(range: range, numberRange: range, value: exact, interval: .point(exact), qualifier: .exact,
                            qualifierRange: nil, form: .plain, unit: nil, dimension: nil, unitClass: nil, numeral: .arabic, notAClaim: .date,
                            dateField: field, rangeEnd: nil, magnitude: 0)
        }
        return [date(year.value, i..<year.end, .year), date(month.value, year.end..<month.end, .month),
                date(day.value, month.end..<day.end, .day)]
    }

    /// A quantity for a bare number, before context.
    private func plain(_ number: WrittenNumber) -> Quantity {
        Quantity(range: number.range, numberRange: number.range, value: number.value,
                 interval: Interval(number.value - number.lastPlace.half, number.value + number.lastPlace.half),
                 qualifier: .exact, qualifierRange: nil, form: .plain, unit: nil, dimension: nil, unitClass: nil,
                 numeral: number.numeral, notAClaim: nil, dateField: nil, rangeEnd: nil, magnitude: number.magnitude)
    }

    // MARK: - Reading the words around a number

    /// What the words after a number add to it.
    private struct Reading {
        var end: Int
        var value: ExactDecimal
        var lastPlace: ExactDecimal
        var significantPlace: ExactDecimal
        var magnitude = 0
        var form: Quantity.Form = .plain
        var unit: String?
        var dimension: String?
        var unitClass: Quantity.UnitClass?
        var bounded: Range<Int>?
        var dateField: Quantity.DateField?
        var fixedInterval: Interval?
        var numeral: Quantity.Numeral
        /// 十几 (11–19), 二三十 (20–30): the range the vague digits allow.
        var vague: (low: ExactDecimal, high: ExactDecimal)?

        /// The figure, its places and its vague range, times a factor (两成 is ×10 percent,
        /// ‰ ×0.1).
        mutating func scale(by factor: ExactDecimal) {
            value = value * factor
            vague = vague.map { ($0.low * factor, $0.high * factor) }
            lastPlace = lastPlace * factor
            significantPlace = significantPlace * factor
        }
    }

    /// Reads magnitudes, 多/余, forms and units after the number, and qualifiers around it.
    private mutating func complete(_ number: WrittenNumber) -> Quantity {
        var r = Reading(end: number.range.upperBound, value: number.value, lastPlace: number.lastPlace,
                        significantPlace: number.significantPlace,
                        magnitude: number.magnitude, numeral: number.numeral, vague: number.vague)
        lastUnknownUnit = nil
        readBounded(&r)
        // 十多万, 五百余万: after 多 or 余 a Chinese numeral's magnitude follows too.
        if number.numeral == .arabic || r.bounded != nil {
            readMagnitudes(&r)
            if number.numeral == .arabic { readContinuation(&r) }
            readBounded(&r)
        }
        readDate(number, &r)
        if r.dateField == nil {
            readForm(number, &r)
            readBounded(&r)
            if r.form == .plain || r.form == .multiple && r.unit == nil {
                readUnit(number, &r)
            }
        }
        var q = plain(number)
        q.range = number.range.lowerBound..<r.end
        q.value = r.value
        q.form = r.form
        q.unit = r.unit
        q.dimension = r.dimension
        q.unitClass = r.unitClass
        q.dateField = r.dateField
        q.magnitude = r.magnitude
        q.numeral = r.numeral
        if let bounded = r.bounded {
            q.qualifier = .over
            q.qualifierRange = bounded
        }
        readSign(&q, &r)
        readQualifierAfter(&q)
        readQualifierBefore(&q)
        // A fixed interval (翻一番, 六分之一) holds for the plain statement; a qualifier
        // bounds it like any other figure.
        q.interval = (q.qualifier == .exact ? r.fixedInterval : nil) ?? interval(q, r, vague: r.vague)
        if let vague = r.vague, q.qualifier == .exact { q.qualifier = vague.low == q.value ? .about : .over }
        if q.range.lowerBound > bounds.lowerBound, grammar.ordinalMarks.contains(text[q.range.lowerBound - 1]) {
            // 第三: the ordinal takes in its 第.
            q.form = .ordinal
            q.interval = .point(q.value)
            q.range = (q.range.lowerBound - 1)..<q.range.upperBound
        }
        return q
    }

    private mutating func readBounded(_ r: inout Reading) {
        var at = r.end
        // 十 余 万: a space before 余 when a magnitude follows it, as speech-to-text writes.
        if at < upper, text[at] == 0x20, let (length, _) = grammar.qualifiersAfter.match(text, at: at + 1, limit: upper) {
            var next = at + 1 + length
            if next < upper, text[next] == 0x20 { next += 1 }
            guard next < upper, case .magnitude? = grammar.numerals[text[next]] else { return }
            at += 1
        }
        guard r.bounded == nil, let (length, word) = grammar.qualifiersAfter.match(text, at: at, limit: upper),
              word.bounded else { return }
        r.bounded = at..<(at + length)
        r.end = at + length
    }

    /// 万, 亿, 万亿, 千万, 十亿 after Arabic digits (one space allowed: 41.76 万亿元), or after
    /// 多 and 余 (十多万, 20多万).
    private func readMagnitudes(_ r: inout Reading) {
        var j = r.end
        if j < upper, text[j] == 0x20, j + 1 < upper, isMagnitudeOrUnit(at: j + 1) { j += 1 }
        var applied = 0
        while j < upper {
            if grammar.forms.match(text, at: j, limit: upper) != nil { break }
            if grammar.units.match(text, at: j, limit: upper) != nil && applied > 0 { break }
            guard let numeral = grammar.numerals[text[j]] else { break }
            let exponent: Int
            switch numeral {
            case .unit(let u): exponent = u == 10 ? 1 : (u == 100 ? 2 : 3)
            case .magnitude(let e, let numeralOnly):
                // 兆 after digits is 10^12 only before money or more digits (1兆5,294亿元).
                if numeralOnly && !moneyOrDigitsFollow(j + 1) { return finish() }
                exponent = e
            default: return finish()
            }
            // A unit word such as 千瓦时 or 兆瓦 starting here is the unit, not a magnitude.
            if grammar.units.match(text, at: j, limit: upper) != nil && applied == 0,
               grammar.units.match(text, at: j, limit: upper)!.length > 1 { break }
            applied += exponent
            j += 1
        }
        finish()

        func finish() {
            guard applied > 0 else { return }
            r.value = r.value.shifted(by: applied)
            r.vague = r.vague.map { ($0.low.shifted(by: applied), $0.high.shifted(by: applied)) }
            r.lastPlace = r.lastPlace.shifted(by: applied)
            r.significantPlace = r.significantPlace.shifted(by: applied)
            r.magnitude += applied
            r.end = j
        }
    }

    private func isMagnitudeOrUnit(at j: Int) -> Bool {
        if grammar.units.match(text, at: j, limit: upper) != nil { return true }
        if grammar.forms.match(text, at: j, limit: upper) != nil { return true }
        switch grammar.numerals[text[j]] {
        case .magnitude?, .unit?: return true
        default: return false
        }
    }

    private func moneyOrDigitsFollow(_ j: Int) -> Bool {
        guard j < upper else { return false }
        if NumeralReader.isDigit(text[j]) { return true }
        var k = j
        while k < upper, case .magnitude? = grammar.numerals[text[k]] { k += 1 }
        return grammar.units.match(text, at: k, limit: upper)?.value.dimension == "money"
    }

    /// 1兆5,294亿元, 3万4000, 5亿1万4千6百, 1千零20, 7 万5 千4 百: smaller Arabic parts after a
    /// magnitude add to it, each smaller than the one before.
    private func readContinuation(_ r: inout Reading) {
        var place = r.magnitude  // the power of the part read last
        while place > 0, r.end < upper {
            var k = r.end
            var spaced = false
            if text[k] == 0x20, k + 1 < upper, NumeralReader.isDigit(text[k + 1]) {
                spaced = true  // 7 万 5 千: only a part with a magnitude of its own
                k += 1
            }
            // 1千零20: 零 leaves the places between empty.
            var gap = false
            if case .digit(0)? = grammar.numerals[text[k]], k + 1 < upper, NumeralReader.isDigit(text[k + 1]), !spaced {
                gap = true
                k += 1
            }
            guard NumeralReader.isDigit(text[k]) else { return }
            let (next, _, _) = reader.arabic(at: k)
            guard let next, next.value.isInteger, !next.value.isZero else { return }
            var tail = Reading(end: next.range.upperBound, value: next.value, lastPlace: next.lastPlace,
                               significantPlace: next.significantPlace, numeral: .arabic)
            readMagnitudes(&tail)
            // Without a magnitude the part must fill the places below (3万4000, not 13万2);
            // after 零 it fills fewer (1千零20).
            let fits: Bool
            if tail.magnitude > 0 {
                fits = tail.magnitude < place && !gap
            } else {
                fits = !spaced && (gap ? next.digitCount < place : next.digitCount == place)
            }
            guard fits else { return }
            r.value = r.value + tail.value
            r.lastPlace = tail.lastPlace
            r.significantPlace = tail.significantPlace
            r.end = tail.end
            r.numeral = .mixed
            place = tail.magnitude
        }
    }

    /// 民國1年 is 1912.
    static let eraOffset = ExactDecimal(1911)

    private func readDate(_ number: WrittenNumber, _ r: inout Reading) {
        guard r.magnitude == 0 || number.numeral == .chinese && number.isDigitRun,
              let (length, field) = grammar.dateWords.match(text, at: r.end, limit: upper) else { return }
        let v = number.value
        var isDate: Bool
        switch field {
        case .year:
            isDate = number.isDigitRun && number.digitCount == 4 && v >= ExactDecimal(1900) && v <= ExactDecimal(2100)
            // 114年10月: a year of Taiwan's calendar, read as 2025 (numbers/era-years.lex).
            if !isDate, number.isDigitRun, number.digitCount == 3, v >= ExactDecimal(100), v <= ExactDecimal(199),
               length > 1 || grammar.eraBefore.match(text, endingAt: number.range.lowerBound, floor: bounds.lowerBound) != nil
                || grammar.eraAfter.match(text, at: r.end + length, limit: upper) != nil {
                isDate = true
                r.value = v + Self.eraOffset
            }
        case .month: isDate = v.isInteger && v >= .one && v <= ExactDecimal(12)
        case .day: isDate = v.isInteger && v >= .one && v <= ExactDecimal(31)
        case .quarter: isDate = v.isInteger && v >= .one && v <= ExactDecimal(4)
        }
        guard isDate else { return }
        r.dateField = field
        r.end += length
    }

    private mutating func readForm(_ number: WrittenNumber, _ r: inout Reading) {
        guard let (length, form) = grammar.forms.match(text, at: r.end, limit: upper) else { return }
        switch form {
        case .percent:
            r.form = .percent
            r.unit = "%"
        case .points:
            r.form = .points
            r.unit = "pp"
        case .multiple:
            r.form = .multiple
            r.unit = "times"
        case .permille:
            r.form = .percent
            r.unit = "%"
            r.scale(by: ExactDecimal(1, exponent: -1))
        case .tenths:
            // 两成, ９成, 7.2成: after a Chinese numeral or Arabic digits of at most ten, and
            // not in 成为, 成本 …
            guard r.magnitude == 0, r.vague == nil || number.numeral == .chinese,
                  number.numeral == .chinese || (!r.value.isNegative && r.value <= ExactDecimal(10)) else { return }
            if r.end + 1 < upper, grammar.tenthsNotBefore.contains(text[r.end + 1]) { return }
            r.form = .percent
            r.unit = "%"
            r.scale(by: ExactDecimal(10))
            r.end += length
            readTenthsTail(&r)
            return
        case .half:
            return  // 半 right after a bare number is no figure
        case .doubling:
            r.vague = nil
            // 翻一番 is +100%, 翻两番 +300%: the growth in percent, a round statement (±5%).
            guard number.numeral == .chinese, r.value.isInteger, r.value >= .one, r.value <= ExactDecimal(10) else { return }
            let times = ExactDecimal(Int128(1) << Int(r.value.significand * pow10(r.value.exponent)))
            r.form = .doubling
            r.unit = "%"
            r.value = (times - .one) * 100
            r.fixedInterval = Interval((times * ExactDecimal(95, exponent: -2) - .one) * 100,
                                       (times * ExactDecimal(105, exponent: -2) - .one) * 100)
            r.lastPlace = times * 5
            r.significantPlace = times * 100
        case .fraction:
            r.vague = nil
            readFraction(number, after: r.end + length, &r)
            return
        }
        r.end += length
    }

    private func pow10(_ n: Int) -> Int128 {
        var x: Int128 = 1
        for _ in 0..<n { x *= 10 }
        return x
    }

    /// N分之M is M/N as a percentage: 百分之五 5%, 千分之三 0.3%, 六分之一 16.6667%.
    private mutating func readFraction(_ denominator: WrittenNumber, after start: Int, _ r: inout Reading) {
        guard start < upper, r.magnitude == 0 || denominator.numeral == .chinese else { return }
        let result = NumeralReader.isDigit(text[start]) ? reader.arabic(at: start) : reader.chinese(at: start)
        guard let numerator = result.number, !denominator.value.isZero else { return }
        r.form = .percent
        r.unit = "%"
        r.end = numerator.range.upperBound
        let hundred = ExactDecimal(100)
        if denominator.value == hundred || denominator.value == ExactDecimal(1000) {
            // The numerator's digits are the figure: 百分之三点五 is 3.5% ± 0.05.
            let scale = hundred.isZero ? .one : ExactDecimal.quotient(hundred, denominator.value, places: 1)!
            r.value = numerator.value * scale
            r.lastPlace = numerator.lastPlace * scale
            r.significantPlace = numerator.significantPlace * scale
        } else {
            // 三分之一, 六分之一: a share said in a simple fraction is a rounded one, as one in
            // tenths is: within a tenth of the fraction, at most 3 points either way (604万 of
            // 1,823万, 33.1%, is a third; 20% is no sixth).
            let exact = numerator.value * hundred
            r.value = ExactDecimal.quotient(exact, denominator.value, places: 4)!
            let width = min(ExactDecimal(3), ExactDecimal.quotient(r.value, ExactDecimal(10), places: 4)!)
            r.fixedInterval = Interval(r.value - width, r.value + width)
            r.lastPlace = .power(-4)
            r.significantPlace = ExactDecimal.quotient(hundred, denominator.value, places: 4)!
        }
    }

    /// 一成半 is 15%, 九成五 95%: a half, or one digit, after 成 is the place below it.
    private func readTenthsTail(_ r: inout Reading) {
        guard r.vague == nil, r.value.isInteger, r.end < upper else { return }
        if let (length, form) = grammar.forms.match(text, at: r.end, limit: upper), form == .half {
            if r.end + length < upper, grammar.halfNotBefore.contains(text[r.end + length]) { return }
            r.value = r.value + ExactDecimal(5)
            r.lastPlace = ExactDecimal(5)
            r.significantPlace = ExactDecimal(5)
            r.end += length
            return
        }
        let unit = text[r.end]
        let digit: Int
        if NumeralReader.isDigit(unit) {
            digit = Int(unit - 0x30)
        } else if case .digit(let d)? = grammar.numerals[unit] {
            digit = d
        } else {
            return
        }
        guard digit > 0 else { return }
        // Only a digit that ends the figure: not 九成五千, 三成五月份, 两成3.5, 两成5G.
        let after = r.end + 1
        if after < upper {
            let next = text[after]
            if NumeralReader.isDigit(next) || next == 0x2E || isASCIILetter(next) || grammar.numerals[next] != nil { return }
            // 两成3,500: a thousands separator, not the comma of a clause (九成五，９成).
            if next == 0x2C, NumeralReader.isDigit(unit), after + 3 < upper,
               (1...3).allSatisfy({ NumeralReader.isDigit(text[after + $0]) }),
               after + 4 == upper || !NumeralReader.isDigit(text[after + 4]) { return }
            if grammar.units.match(text, at: after, limit: upper) != nil || grammar.dateWords.match(text, at: after, limit: upper) != nil
                || grammar.forms.match(text, at: after, limit: upper) != nil { return }
        }
        r.value = r.value + ExactDecimal(digit)
        r.lastPlace = .one
        r.significantPlace = .one
        r.end = after
    }

    /// The unit after the number, and what it brings: a factor (两打 is 24), the smaller
    /// parts of money (五元三毛), a half (一吨半); or a measure word units.lex lacks.
    private mutating func readUnit(_ number: WrittenNumber, _ r: inout Reading) {
        guard let (length, unit) = grammar.units.match(text, at: r.end, limit: upper) else {
            readUnknownUnit(number, &r)
            return
        }
        let wordStart = r.end
        // 票房, 台湾: the unit's word starts another word here.
        if r.end + length < upper, unit.notBefore.contains(text[r.end + length]) { return }
        r.unit = unit.code
        r.dimension = unit.dimension
        r.unitClass = unit.unitClass
        r.end += length
        if let factor = unit.factor {
            let whole = r.lastPlace <= .one && r.value.isInteger
            r.scale(by: factor)
            if whole && unit.unitClass == .count { r.lastPlace = .one }
        }
        if unit.dimension == "money" {
            readMoneyParts(&r, unitWord: wordStart..<r.end)
        } else if unit.unitClass != .count {
            readHalf(&r)
        }
    }

    /// 一吨半, 三斤半, 一年半: a half of the unit after a whole number of it.
    private func readHalf(_ r: inout Reading) {
        guard r.magnitude == 0, r.vague == nil, r.value.isInteger, r.lastPlace == .one, r.end < upper,
              let (length, form) = grammar.forms.match(text, at: r.end, limit: upper), form == .half else { return }
        if r.end + length < upper, grammar.halfNotBefore.contains(text[r.end + length]) { return }
        let half = ExactDecimal(5, exponent: -1)
        r.value = r.value.isNegative ? r.value - half : r.value + half
        r.lastPlace = half
        r.significantPlace = half
        r.end += length
    }

    /// 五元三毛, 50元6角3分, 两美元又三美分: smaller units of money after a figure in the
    /// larger one, each smaller than the one before, add to it.
    private func readMoneyParts(_ r: inout Reading, unitWord: Range<Int>) {
        guard r.vague == nil else { return }
        var largest = ExactDecimal.one
        while r.end < upper {
            var k = r.end
            if grammar.moneyPartMarks.contains(text[k]) { k += 1 }
            // 五元零3分: 零 before Arabic digits only marks the empty place.
            if k + 1 < upper, case .digit(0)? = grammar.numerals[text[k]], NumeralReader.isDigit(text[k + 1]) { k += 1 }
            guard k < upper, NumeralReader.isDigit(text[k]) || reader.startsChineseNumeral(text[k]) else { return }
            let read = NumeralReader.isDigit(text[k]) ? reader.arabic(at: k) : reader.chinese(at: k)
            guard let part = read.number, part.value.isInteger, !part.value.isZero, part.magnitude == 0, part.vague == nil,
                  let (length, money) = grammar.moneyParts.match(text, at: part.range.upperBound, limit: upper),
                  money.factor < largest, part.value * money.factor < largest,
                  money.of.count == unitWord.count, zip(money.of, text[unitWord]).allSatisfy({ $0 == $1 }) else { return }
            r.value = r.value + part.value * money.factor
            r.lastPlace = part.lastPlace * money.factor
            r.significantPlace = part.significantPlace * money.factor
            r.end = part.range.upperBound + length
            r.numeral = r.numeral == part.numeral ? r.numeral : .mixed
            largest = money.factor
        }
    }

    /// A measure word units.lex lacks, right after a number (150万盏, 3000余尊): a count in
    /// it, and a diagnostic. Not after a Chinese numeral without a magnitude (三严三实, 十字
    /// 路口 are words), a year (2024版), an ordinal (第3批), nor before a character of
    /// not-units.lex or a word another lexicon of the folder knows; after a bare number only
    /// at the end of a phrase.
    private mutating func readUnknownUnit(_ number: WrittenNumber, _ r: inout Reading) {
        guard r.form == .plain, r.unit == nil, r.end < upper else { return }
        let unit = text[r.end]
        guard unit >= 0x4E00 && unit <= 0x9FFF, !grammar.notUnits.contains(unit), grammar.numerals[unit] == nil else { return }
        if number.numeral == .chinese && (r.magnitude == 0 || number.isDigitRun) { return }
        if r.magnitude == 0, number.isDigitRun, number.digitCount == 4, number.value >= ExactDecimal(1900), number.value <= ExactDecimal(2100) { return }
        let start = number.range.lowerBound
        if start > bounds.lowerBound, grammar.ordinalMarks.contains(text[start - 1]) { return }
        let at = r.end
        if grammar.qualifiersAfter.match(text, at: at, limit: upper) != nil || grammar.dateWords.match(text, at: at, limit: upper) != nil
            || grammar.forms.match(text, at: at, limit: upper) != nil || grammar.rangeWords.match(text, at: at, limit: upper) != nil
            || grammar.nameSuffixes.match(text, at: at, limit: upper) != nil || grammar.moneyParts.match(text, at: at, limit: upper) != nil
            || grammar.notNumbers.covers(text, at, floor: bounds.lowerBound, limit: upper) != nil
            || grammar.names.covers(text, at, floor: bounds.lowerBound, limit: upper) != nil
            || grammar.wordQuantities.match(text, at: at, limit: upper) != nil { return }
        // Without a magnitude the word must end the phrase (发放3000瓶，3000余尊左右): after a
        // bare number an ideograph that runs on is more often a word (50临界点, 12345热线,
        // 20国集团) than a measure word.
        if r.magnitude == 0, at + 1 < upper {
            let next = text[at + 1]
            let runsOn = (next >= 0x4E00 && next <= 0x9FFF) || NumeralReader.isDigit(next) || isASCIILetter(next)
            if runsOn && grammar.qualifiersAfter.match(text, at: at + 1, limit: upper) == nil { return }
        }
        r.unit = "count"
        r.dimension = "count"
        r.unitClass = .count
        r.end += 1
        lastUnknownUnit = at..<(at + 1)
    }

    /// Keeps the unknown measure word of a quantity that stays a figure.
    private mutating func noteUnknownUnit(of quantity: Quantity) {
        guard let word = lastUnknownUnit, quantity.notAClaim == nil, quantity.unitClass == .count,
              quantity.range.contains(word.lowerBound) else { return }
        unknownUnits.append(word)
    }

    /// A minus sign just before the number (-3.2%, 负三), not a range dash (5-8).
    private func readSign(_ q: inout Quantity, _ r: inout Reading) {
        let start = q.range.lowerBound
        guard start > bounds.lowerBound, q.form != .doubling, q.form != .ordinal else { return }
        let before = text[start - 1]
        let isMinus = before == 0x2D || before == 0x2212
        let isChineseMinus: Bool = if case .minus? = grammar.numerals[before] { true } else { false }
        guard isMinus || isChineseMinus else { return }
        if isMinus, start - 2 >= bounds.lowerBound {
            let previous = text[start - 2]
            if NumeralReader.isDigit(previous) || isASCIILetter(previous) || grammar.units.match(text, endingAt: start - 1, floor: bounds.lowerBound) != nil
                || grammar.forms.match(text, endingAt: start - 1, floor: bounds.lowerBound) != nil || reader.startsChineseNumeral(previous) {
                return
            }
        }
        q.range = (start - 1)..<q.range.upperBound
        q.value = -q.value
        r.value = -r.value
        r.vague = r.vague.map { (-$0.high, -$0.low) }
        r.fixedInterval = r.fixedInterval.map { Interval($0.high.map { -$0 }, $0.low.map { -$0 }) }
    }

    private func readQualifierAfter(_ q: inout Quantity) {
        guard q.qualifier == .exact, let (length, word) = grammar.qualifiersAfter.match(text, at: q.range.upperBound, limit: upper),
              !word.bounded else { return }
        q.qualifier = word.qualifier
        q.qualifierRange = q.range.upperBound..<(q.range.upperBound + length)
    }

    private func readQualifierBefore(_ q: inout Quantity) {
        var start = q.range.lowerBound
        if q.form == .ordinal { return }
        // 增长了近一番: 翻 and 了 may stand between the qualifier and the number.
        if q.form == .doubling {
            while start > bounds.lowerBound, grammar.doublingMarks.contains(text[start - 1]) { start -= 1 }
        }
        guard let (length, word) = grammar.qualifiersBefore.match(text, endingAt: start, floor: bounds.lowerBound) else { return }
        if word.qualifier == .exact && q.qualifier != .exact { return }
        if q.qualifier == .over && word.qualifier == .over { q.qualifierRange = (start - length)..<start; return }
        if q.qualifier != .exact { return }  // 多 after wins over a word before
        q.qualifier = word.qualifier
        q.qualifierRange = (start - length)..<start
    }

    // MARK: - Intervals

    /// The interval the digits shown and the qualifier allow.
    private func interval(_ q: Quantity, _ r: Reading, vague: (low: ExactDecimal, high: ExactDecimal)?) -> Interval {
        let v = q.value
        let half = r.lastPlace.half
        let counted = (q.unitClass == .count || q.unitClass == .time) && r.lastPlace <= .one && v.isInteger
        if let vague {
            // 十几 is 11–19; 近十几万 keeps its stated value inside.
            switch q.qualifier {
            case .under: return Interval(nil, vague.high)
            case .nearly, .about: return Interval(min(vague.low, v), max(vague.high, v))
            default: return Interval(vague.low, vague.high)
            }
        }
        let rounding = counted ? Interval.point(v) : Interval(v - half, v + half)
        let magnitude = v.isNegative ? -v : v
        switch q.qualifier {
        case .exact:
            return rounding
        case .over:
            if q.qualifierRange.map({ grammar.qualifiersAfter.match(text, at: $0.lowerBound, limit: upper)?.value.bounded == true }) == true {
                // 多 and 余 reach the next step of the last significant digit: 6000多亿 is
                // 6000亿–7000亿, 2倍多 2–3; things counted one by one, 130多个, are 131–139.
                let step: ExactDecimal = q.unitClass == .count && v.isInteger && r.significantPlace > .one ? .one : .zero
                if v.isNegative { return Interval(v - r.significantPlace + step, v - step) }
                return Interval(v + step, v + r.significantPlace - step)
            }
            return Interval(v, nil)
        case .under:
            return Interval(nil, v)
        case .nearly:
            // 近六成 is 55–60: within half a step of the last significant digit, at most 10%.
            let reach = min(r.significantPlace.half, magnitude * ExactDecimal(1, exponent: -1))
            let width = max(reach, half)
            return v.isNegative ? Interval(v, v + width) : Interval(v - width, v)
        case .about:
            let reach = min(r.significantPlace.half, magnitude * ExactDecimal(1, exponent: -1))
            let width = max(reach, half)
            return Interval(v - width, v + width)
        }
    }

    // MARK: - Not claims

    /// 三成, 9成, 一成半, 九成五: a percentage read from 成.
    private func isTenths(_ q: Quantity) -> Bool {
        for k in q.numberRange.upperBound..<q.range.upperBound where grammar.forms.match(text, at: k, limit: q.range.upperBound)?.value == .tenths {
            return true
        }
        return false
    }

    /// Marks dates, periods, list numbers, names and identifiers.
    private func classify(_ q: inout Quantity) {
        let start = q.numberRange.lowerBound
        let end = q.range.upperBound
        if q.dateField != nil {
            q.notAClaim = .date
            if grammar.periodPrefixes.match(text, endingAt: start, floor: bounds.lowerBound) != nil { q.notAClaim = .period }
            return
        }
        // 前10个月, 前三季度: a period prefix and a duration.
        if q.dimension == "duration",
           grammar.periodPrefixes.match(text, endingAt: start, floor: bounds.lowerBound) != nil {
            q.notAClaim = .period
            return
        }
        if isListNumber(q) {
            q.notAClaim = .listNumber
            return
        }
        if grammar.nameSuffixes.match(text, at: q.numberRange.upperBound, limit: upper) != nil || insideBookTitle(start) || isQuotedAlone(q) {
            q.notAClaim = .name
            return
        }
        if isIdentifier(q, start: start, end: end) {
            q.notAClaim = .identifier
        }
    }

    /// [注1], （註2）, [1]: one or two digits alone in brackets, after a note word or none
    /// (numbers/before-number.lex note): a footnote's mark, which a rule's gap steps over.
    private func isFootnoteMark(_ q: Quantity) -> Bool {
        let (start, end) = (q.numberRange.lowerBound, q.numberRange.upperBound)
        guard q.numeral == .arabic, q.unit == nil, q.form == .plain, end - start <= 2, q.range.upperBound == end,
              end < upper, [0x5D, 0x3011, 0xFF09, 0x29].contains(text[end]) else { return false }
        var k = start - 1
        while k >= bounds.lowerBound, k >= start - 2, grammar.noteMarks.contains(text[k]) { k -= 1 }
        return k >= bounds.lowerBound && [0x5B, 0x3010, 0xFF08, 0x28].contains(text[k])
    }

    /// 1. or 2、 or (一) at the start of a line or sentence.
    private func isListNumber(_ q: Quantity) -> Bool {
        var k = q.numberRange.lowerBound - 1
        var opened = false
        while k >= bounds.lowerBound, text[k] == 0x20 || text[k] == 0x09 { k -= 1 }
        if k >= bounds.lowerBound, text[k] == 0x28 || text[k] == 0x3014 || text[k] == 0x3010 {
            opened = true
            k -= 1
        }
        let atLineStart = k < bounds.lowerBound || text[k] == 0x0A || text[k] == 0x0D
        guard atLineStart, q.form == .plain, q.unit == nil || q.numberRange.upperBound < q.range.upperBound else { return false }
        let after = q.numberRange.upperBound
        guard after < upper else { return false }
        let next = text[after]
        if opened { return next == 0x29 || next == 0x3015 || next == 0x3011 }
        if next == 0x2E { return after + 1 >= upper || !NumeralReader.isDigit(text[after + 1]) }
        return next == 0x3001 || next == 0x29 || next == 0x3A
    }

    /// An unclosed 《 before the number in the sentence.
    private func insideBookTitle(_ start: Int) -> Bool {
        var k = start - 1
        while k >= max(bounds.lowerBound, start - 200) {
            if text[k] == 0x300B { return false }
            if text[k] == 0x300A { return true }
            k -= 1
        }
        return false
    }

    /// “十一”: a bare number that is all a quotation holds.
    private func isQuotedAlone(_ q: Quantity) -> Bool {
        let start = q.range.lowerBound
        let end = q.range.upperBound
        guard start > bounds.lowerBound, end < upper, q.unit == nil, q.form == .plain else { return false }
        return quoteOpeners.contains(text[start - 1]) && quoteClosers.contains(text[end])
    }

    /// Whether the number stands in a run of three or more numbers joined by colons, one of
    /// them with a decimal part (2.6:30.1:67.3).
    private func isColonStructure(_ q: Quantity) -> Bool {
        func isPart(_ u: UInt16) -> Bool { NumeralReader.isDigit(u) || u == 0x2E || u == 0x3A }
        var a = q.numberRange.lowerBound
        while a > bounds.lowerBound, isPart(text[a - 1]) { a -= 1 }
        var b = q.numberRange.upperBound
        while b < upper, isPart(text[b]) { b += 1 }
        var colons = 0
        var point = false
        for k in a..<b {
            if text[k] == 0x3A {
                guard k > a, k + 1 < b, NumeralReader.isDigit(text[k - 1]), NumeralReader.isDigit(text[k + 1]) else { return false }
                colons += 1
            }
            if text[k] == 0x2E { point = true }
        }
        return colons >= 2 && point
    }

    /// app2024, bet365, M2, a telephone number, a long bare digit string, 10:30.
    private func isIdentifier(_ q: Quantity, start: Int, end: Int) -> Bool {
        let numberEnd = q.numberRange.upperBound
        if isFootnoteMark(q) { return true }
        if start > bounds.lowerBound, isASCIILetter(text[start - 1]) { return true }
        // A letter right after the digits, unless a unit begins there (2000TEU).
        if numberEnd < upper, isASCIILetter(text[numberEnd]), q.unit == nil { return true }
        // 2.5:29.6:67.9: three or more figures with decimals between colons are a structure of
        // shares, no clock time or code.
        if isColonStructure(q) { return false }
        // 10:30, No/5: a joiner between characters of an identifier; after a word (增值税：35,400亿元)
        // a colon only introduces the figure.
        if start > bounds.lowerBound, identifierJoiners.contains(text[start - 1]),
           start - 1 == bounds.lowerBound || isASCIILetter(text[start - 2]) || NumeralReader.isDigit(text[start - 2]) || text[start - 1] != 0x3A {
            return true
        }
        if numberEnd + 1 < upper, identifierJoiners.contains(text[numberEnd]), NumeralReader.isDigit(text[numberEnd + 1]) { return true }
        // Telephone numbers: 010-65194114, 400-810-8888.
        if q.numeral == .arabic, numberEnd + 1 < upper, text[numberEnd] == 0x2D, NumeralReader.isDigit(text[numberEnd + 1]) {
            let next = reader.arabic(at: numberEnd + 1)
            if let other = next.number, other.digitCount + (q.numberRange.count) >= 7, other.value.isInteger,
               other.digitCount >= 4 || text[start] == 0x30 { return true }
        }
        if q.numeral == .arabic, start >= bounds.lowerBound + 2, text[start - 1] == 0x2D, NumeralReader.isDigit(text[start - 2]) {
            var k = start - 2
            var digits = 0
            while k >= bounds.lowerBound, NumeralReader.isDigit(text[k]) { digits += 1; k -= 1 }
            if digits + q.numberRange.count >= 8, q.unit == nil, q.form == .plain { return true }
        }
        // A long bare digit string with nothing after it is a code or a number to dial.
        return q.numeral == .arabic && q.unit == nil && q.form == .plain && q.magnitude == 0
            && q.numberRange.count >= 7 && q.value.isInteger && !text[q.numberRange].contains(0x2C)
    }

    private func isASCIILetter(_ unit: UInt16) -> Bool {
        (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x61 && unit <= 0x7A)
    }

    // MARK: - Ranges

    /// 10%至15%, 581亿至604亿美元, 两到三成, 5-8个, 1—9月份: the two ends share what the
    /// second end says. Returns where scanning goes on.
    private mutating func pairRange(_ first: inout Quantity) -> Int {
        let end = first.range.upperBound
        // 约581亿至604亿美元: a range may follow 约 (the range is the estimate), not 超过 or 多.
        let aboutBefore = first.qualifier == .about && first.qualifierRange.map { $0.upperBound <= first.range.lowerBound } == true
        guard first.qualifier == .exact || first.qualifierRange == nil || aboutBefore,
              first.notAClaim == nil || first.notAClaim == .date,
              let (length, _) = grammar.rangeWords.match(text, at: end, limit: upper),
              end + length < upper else {
            quantities.append(first)
            return first.range.upperBound
        }
        let start = end + length
        let unit = text[start]
        guard NumeralReader.isDigit(unit) || reader.startsChineseNumeral(unit),
              let (number, _) = read(at: start), let number else {
            quantities.append(first)
            return first.range.upperBound
        }
        var second = complete(number)
        let secondUnknownUnit = lastUnknownUnit
        classify(&second)
        if second.notAClaim == .identifier || first.notAClaim == .identifier {
            quantities.append(first)
            return first.range.upperBound
        }
        if second.notAClaim == .date || second.notAClaim == .period {
            first.notAClaim = second.notAClaim
            first.dateField = second.dateField
            quantities.append(first)
            quantities.append(second)
            return second.range.upperBound
        }
        if first.notAClaim == .date {
            quantities.append(first)
            return first.range.upperBound
        }
        // The first end takes the second's scale and unit when it states none.
        if first.unit == nil && first.form == .plain {
            let extra = second.magnitude - first.magnitude
            if extra > 0 {
                first.value = first.value.shifted(by: extra)
                first.interval = first.interval.scaled(by: .power(extra))
                first.magnitude = second.magnitude
            }
            if second.form == .percent && second.unit == "%" && isTenths(second) {
                first.value = first.value * 10
                first.interval = first.interval.scaled(by: ExactDecimal(10))
            }
            first.form = second.form
            first.unit = second.unit
            first.dimension = second.dimension
            first.unitClass = second.unitClass
            // A count in units is exact (5-8个), unless vague (十几至二十个 starts at 11).
            if first.unitClass == .count, first.value.isInteger, first.magnitude == 0, first.qualifier == .exact {
                first.interval = .point(first.value)
            }
        }
        // A range runs upwards (5-1 is no range, nor 十几至十, whose ends' intervals cross) in
        // one kind of figure, its ends of one size: 下降8 200人至3 808 700人 is a change and the
        // level it led to, ten times and more apart.
        let whole = Interval(first.interval.low, second.interval.high)
        let crossed = whole.low.flatMap { low in whole.high.map { low > $0 } } ?? false
        let farApart = first.value > ExactDecimal(0) && second.value >= first.value * 10
        guard first.value <= second.value, first.form == second.form, !crossed, !farApart else {
            quantities.append(first)
            return first.range.upperBound
        }
        first.rangeEnd = .low
        first.qualifier = .over
        first.interval = whole
        second.rangeEnd = .high
        second.qualifier = .under
        second.interval = whole
        quantities.append(first)
        quantities.append(second)
        // The second end's measure word, once: when the ends make no range it is read again.
        lastUnknownUnit = secondUnknownUnit
        noteUnknownUnit(of: second)
        return second.range.upperBound
    }
}
