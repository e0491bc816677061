/// A number as written, before the words around it are considered.
struct WrittenNumber {
    var range: Range<Int>
    var value: ExactDecimal
    /// The value of one step in the last digit shown: 6.1 → 0.1, 45 → 1, 一百三十 → 10.
    var lastPlace: ExactDecimal
    /// The place of the last non-zero digit: 130 → 10, 6000 → 1000, 6.1 → 0.1.
    var significantPlace: ExactDecimal
    var numeral: Quantity.Numeral
    /// Digits written one by one, with no separators or units: 2025, 二〇二五.
    var isDigitRun: Bool
    /// How many digits were written (Arabic) or digit characters (Chinese).
    var digitCount: Int
    /// 二三十 (20 to 30) or 十几 (11 to 19): the true value lies in this range.
    var vague: (low: ExactDecimal, high: ExactDecimal)?
    /// The power of ten that magnitude words inside a Chinese numeral applied (一万 → 4).
    var magnitude: Int
}

/// Reads Arabic and Chinese numerals from the working text.
struct NumeralReader {
    let text: UnsafeBufferPointer<UInt16>
    let limit: Int
    let grammar: NumberGrammar

    static func isDigit(_ unit: UInt16) -> Bool { unit >= 0x30 && unit <= 0x39 }

    /// True when a Chinese numeral may start with this character.
    func startsChineseNumeral(_ unit: UInt16) -> Bool {
        switch grammar.numerals[unit] {
        case .digit?, .unit?: true
        default: false
        }
    }

    /// Reads the Arabic number at `start` (digits, thousands separators, a decimal part). A
    /// space separates thousands too (296 299亿元) when groups of three digits follow it and
    /// a magnitude or a unit ends the number.
    /// `tooLarge` is set, and the whole run skipped, when it has too many digits.
    func arabic(at start: Int) -> (number: WrittenNumber?, end: Int, tooLarge: Bool) {
        var i = start
        var significand: Int128 = 0
        var significant = 0
        var digits = 0
        var fraction = 0
        var lastNonzero = 0  // position of the last non-zero digit, counted from the point
        var inFraction = false
        var overflow = false
        var group = 0        // digits since the start or the last separator
        var spaced = false   // a space separated thousands
        var commas = false

        func take(_ unit: UInt16) {
            digits += 1
            if inFraction { fraction += 1 }
            let d = Int128(unit - 0x30)
            if significand == 0 && d == 0 { return }
            significant += 1
            if significant > ExactDecimal.maximumDigits {
                overflow = true
                return
            }
            significand = significand * 10 + d
        }

        while i < limit {
            let unit = text[i]
            if Self.isDigit(unit) {
                take(unit)
                group += 1
                i += 1
            } else if unit == 0x2C, !inFraction, !spaced, i + 3 < limit + 1, isGroup(at: i + 1) {
                i += 1  // a thousands separator: exactly three digits follow
                group = 0
                commas = true
            } else if unit == 0x20, !inFraction, !commas, spaced ? group == 3 : (1...3).contains(group), spacedGroupsEndInAUnit(from: i) {
                i += 1
                group = 0
                spaced = true
            } else if unit == 0x2E, !inFraction, i + 1 < limit, Self.isDigit(text[i + 1]) {
                inFraction = true
                i += 1
            } else {
                break
            }
        }
        if overflow || fraction > ExactDecimal.maximumDigits { return (nil, i, true) }
        // Trailing zeros of the integer part: the last non-zero digit is further left.
        let value = ExactDecimal(significand, exponent: -fraction)
        let lastPlace = ExactDecimal.power(-fraction)
        lastNonzero = value.isZero ? -fraction : value.exponent
        return (WrittenNumber(range: start..<i, value: value, lastPlace: lastPlace,
                              significantPlace: .power(lastNonzero), numeral: .arabic,
                              isDigitRun: fraction == 0 && !commas && !spaced,
                              digitCount: digits, vague: nil, magnitude: 0), i, false)
    }

    /// Groups of three digits, each after one space, from `i`, then perhaps a decimal part,
    /// then (after a space, perhaps) a magnitude or a unit.
    private func spacedGroupsEndInAUnit(from i: Int) -> Bool {
        var k = i
        while k < limit, text[k] == 0x20, isGroup(at: k + 1) { k += 4 }
        guard k > i else { return false }
        if k + 1 < limit, text[k] == 0x2E, Self.isDigit(text[k + 1]) {
            k += 1
            while k < limit, Self.isDigit(text[k]) { k += 1 }
        }
        if k < limit, text[k] == 0x20 { k += 1 }
        guard k < limit else { return false }
        if case .magnitude? = grammar.numerals[text[k]] { return true }
        return grammar.units.match(text, at: k, limit: limit) != nil
    }

    /// Three digits at `i` and no fourth.
    private func isGroup(at i: Int) -> Bool {
        guard i + 3 <= limit else { return false }
        for k in 0..<3 where !Self.isDigit(text[i + k]) { return false }
        return i + 3 == limit || !Self.isDigit(text[i + 3])
    }

    /// What a Chinese numeral read last: the spaces and elisions of spoken numerals depend
    /// on it.
    private enum Element {
        case none, digit, zero, unit, magnitude
    }

    /// Reads a Chinese numeral at `start`: 一百三十七, 三万五千亿, 二〇二五, 三点五, 十几, 二三十;
    /// spoken forms too: 一万三 (13000, the last place elided), 两千 四 百 五 (spaces between
    /// its parts, as speech-to-text writes them), 六二四．八亿 (digits one by one with a point
    /// and a magnitude), 一千五百零几万.
    /// Nil when the characters do not make a number (a lone 万, a stray 点).
    /// `scale`: a scale word that states a bound (突破万亿元): a magnitude may open it, as one
    /// of its kind.
    func chinese(at start: Int, scale: Bool = false) -> (number: WrittenNumber?, end: Int, tooLarge: Bool) {
        var committed = ExactDecimal.zero   // sections already closed by a smaller magnitude
        var pending = ExactDecimal.zero     // the part multiplied by the last magnitude
        var lastMagnitude = -1
        var section = 0                     // below ten thousand
        var digit: Int?
        var digitRun: [Int] = []            // digits with nothing between them
        var sawUnit = false
        var lastPlace = ExactDecimal.one
        var lastStep = 0                     // exponent of the unit the last digit was multiplied by
        var vagueAt: Int?                    // 几 after a unit
        var vaguePlace = ExactDecimal.one     // what one step of 几 is worth
        var pair: (Int, Int)?                // 二三 in 二三十
        var digits = 0
        var magnitude = 0
        var i = start
        var fractionDigits: [Int] = []
        var fractionMagnitude = 0            // 六二四．八亿: magnitudes after the decimal part
        var previous = Element.none          // what was read last
        var beforePrevious = Element.none
        var placeExponent = 0                // the power of ten of the last unit or magnitude read
        var smallestUnit = 10_000            // the smallest of 十百千 read in this section
        var groupExponent = 0                // the power a run of magnitudes (万亿) applies

        loop: while i < limit {
            let character = text[i]
            if character == 0x20 {
                // 两千 四 百 五: a space between the parts of a positional numeral.
                guard spaceJoins(at: i, after: previous, smallestUnit: smallestUnit) else { break loop }
                i += 1
                continue
            }
            let numeral: NumberGrammar.Numeral
            if let known = grammar.numerals[character] {
                numeral = known
            } else if character == 0x2E, digits > 0, i + 1 < limit, case .digit? = grammar.numerals[text[i + 1]] {
                numeral = .point  // 六二四．八: a full-width point, after normalisation
            } else {
                break loop
            }
            switch numeral {
            case .digit(let d):
                if pair != nil && sawUnit { break loop }  // 二三十 ends at its unit
                // 三千万一次性: a word of not-numbers.lex starting at a digit that would count in
                // an elided place ends the numeral.
                if previous == .unit || previous == .magnitude, placeExponent >= 2,
                   grammar.notNumbers.match(text, at: i, limit: limit) != nil { break loop }
                if let previousDigit = digit {
                    if previousDigit == 0 && sawUnit {
                        // 一百零五: the zero only marks a gap.
                    } else if !sawUnit, digitRun.count == 1, previousDigit >= 1, d == previousDigit + 1, i + 1 < limit,
                              Self.scalesAPair(grammar.numerals[text[i + 1]]) {
                        pair = (previousDigit, d)  // 二三十: twenty to thirty; 一两万: ten to twenty thousand
                    } else if sawUnit {
                        break loop
                    }
                }
                digit = d
                digitRun.append(d)
                digits += 1
                lastPlace = .one
                lastStep = 0
                beforePrevious = previous
                previous = d == 0 ? .zero : .digit
            case .unit(let u):
                if pair != nil && sawUnit { break loop }  // 二三十 has one unit
                // 五千瓦, 两千克: a unit word that starts here (千瓦, 千克) is the unit, not 千.
                if i > start, startsUnitWord(at: i) { break loop }
                let d: Int
                if let pairValue = pair {
                    d = pairValue.0
                } else if let written = digit, written != 0 {
                    d = written
                } else if digit == 0 && u == 10 {
                    d = 1  // 十万〇十 is 100010: 〇十 is ten
                } else if digitRun.isEmpty && section == 0 {
                    d = 1  // 十五 is 15, 百分之 starts with 百
                } else {
                    break loop
                }
                if !sawUnit && digitRun.count > 1 && pair == nil { break loop }  // 二〇二五十: stop at the run
                section += d * u
                smallestUnit = min(smallestUnit, u)
                digit = nil
                sawUnit = true
                lastStep = u == 10 ? 1 : (u == 100 ? 2 : 3)
                placeExponent = lastStep
                // Digits spelt out within a section are exact (一百三十 is 130, place 1);
                // only a magnitude word after them makes a coarser place (三万五千亿 is 1亿).
                lastPlace = .one
                digitRun = []
                beforePrevious = previous
                previous = .unit
            case .magnitude(let e, _):
                // 一百兆瓦: a unit word that starts here (兆瓦, 兆字节) is the unit.
                if i > start, startsUnitWord(at: i) { break loop }
                // 一两万: a pair straight before its magnitude counts from its lower digit.
                var part = ExactDecimal(section + ((!sawUnit ? pair?.0 : nil) ?? digit ?? 0))
                if part.isZero && pending.isZero {
                    guard scale && i == start else { break loop }
                    part = .one
                }
                if digitRun.count > 1 && !sawUnit && pair == nil { break loop }
                groupExponent = part.isZero && previous == .magnitude ? groupExponent + e : e
                if e >= lastMagnitude {
                    pending = (pending + part).shifted(by: e)
                } else {
                    committed = committed + pending
                    pending = part.shifted(by: e)
                }
                if pending.isTooLarge || committed.isTooLarge {
                    // Skip the rest of the numeral too (一万万万万…), in one step.
                    var end = i + 1
                    while end < limit, grammar.numerals[text[end]] != nil { end += 1 }
                    return (nil, end, true)
                }
                lastPlace = lastPlace.shifted(by: e)
                magnitude = max(magnitude, e)
                lastMagnitude = e
                placeExponent = groupExponent
                section = 0
                smallestUnit = 10_000
                digit = nil
                digitRun = []
                sawUnit = true
                beforePrevious = previous
                previous = .magnitude
            case .vague:
                // 十几, and 一千五百零几万: after a zero, 几 is the ones of its section.
                let afterZero = previous == .zero && sawUnit && (beforePrevious == .unit)
                guard sawUnit, digit == nil || afterZero, vagueAt == nil else { break loop }
                vagueAt = i
                vaguePlace = afterZero ? .one : .power(lastStep - 1)
                digit = 0
                beforePrevious = previous
                previous = .digit
            case .point:
                // 三点五: digits after the point are read one by one.
                var j = i + 1
                while j < limit, case .digit(let d)? = grammar.numerals[text[j]] {
                    fractionDigits.append(d)
                    j += 1
                }
                guard !fractionDigits.isEmpty else { break loop }
                // 三点五亿, 六二四．八亿: magnitudes after the decimal part scale the whole.
                while j < limit, case .magnitude(let e, _)? = grammar.numerals[text[j]], !startsUnitWord(at: j) {
                    fractionMagnitude += e
                    j += 1
                }
                i = j
                break loop
            case .minus:
                break loop
            }
            i += 1
        }
        guard digits > 0 || sawUnit else { return (nil, start + 1, false) }
        // A lone 零 or 〇 is a word (零售, 零关税), not the number zero.
        if !sawUnit, fractionDigits.isEmpty, digitRun.count == 1, digitRun[0] == 0 { return (nil, i, false) }
        // A trailing space belongs to what follows.
        var end = i
        while end > start, text[end - 1] == 0x20 { end -= 1 }
        // 大陆, 队伍, 收拾: a financial numeral character alone beside another ideograph is a
        // word, unless a unit follows it (陆元).
        if end == start + 1, grammar.numeralOnly.contains(text[start]) {
            func isIdeograph(_ k: Int) -> Bool { k >= 0 && k < text.count && (0x3400...0x9FFF).contains(text[k]) }
            let unitAfter = end < limit && grammar.units.match(text, at: end, limit: limit) != nil
            if !unitAfter && (isIdeograph(start - 1) || isIdeograph(end)) { return (nil, end, false) }
        }

        var value: ExactDecimal
        var isDigitRun = false
        if !sawUnit && digitRun.count > 1 && pair == nil {
            // 二〇二五: digits written one by one.
            value = .zero
            for d in digitRun { value = value * 10 + ExactDecimal(d) }
            isDigitRun = fractionDigits.isEmpty
            lastPlace = .one
        } else if let last = digit, last != 0, vagueAt == nil, pair == nil, previous == .digit,
                  beforePrevious == .unit || beforePrevious == .magnitude, placeExponent >= 2 {
            // 一万三 is 13000, 二百五 250, 两千三点一 2300.1: a last digit after a unit or a
            // magnitude counts in the place below it, which speech leaves out.
            let place = ExactDecimal.power(placeExponent - 1)
            value = committed + pending + ExactDecimal(section) + ExactDecimal(last) * place
            lastPlace = place
        } else {
            value = committed + pending + ExactDecimal(section + (digit ?? 0))
        }
        if !fractionDigits.isEmpty {
            var fraction = ExactDecimal.zero
            for (k, d) in fractionDigits.enumerated() { fraction = fraction + ExactDecimal(Int128(d), exponent: -(k + 1)) }
            value = value + fraction
            lastPlace = .power(-fractionDigits.count)
            if fractionMagnitude > 0 {
                value = value.shifted(by: fractionMagnitude)
                lastPlace = lastPlace.shifted(by: fractionMagnitude)
                magnitude = max(magnitude, fractionMagnitude)
            }
        }
        if value.isTooLarge { return (nil, end, true) }
        var vague: (ExactDecimal, ExactDecimal)?
        if vagueAt != nil {
            // 十几: 11 to 19 in steps of the place the vague digit stands for.
            let step = vaguePlace.shifted(by: magnitude)
            vague = (value + step, value + step * 9)
        } else if let (low, high) = pair {
            // 一两千万万: the run of magnitudes after the pair (万万, 万亿) scales it whole.
            let step = ExactDecimal.power(lastStep).shifted(by: max(magnitude, groupExponent))
            vague = (ExactDecimal(low) * step, ExactDecimal(high) * step)
        }
        let significant = value.isZero || !fractionDigits.isEmpty ? lastPlace : .power(value.exponent)
        return (WrittenNumber(range: start..<end, value: value, lastPlace: lastPlace,
                              significantPlace: max(significant, lastPlace), numeral: .chinese,
                              isDigitRun: isDigitRun, digitCount: digits, vague: vague, magnitude: magnitude), end, false)
    }

    /// Whether what follows two consecutive digits makes them a range (二三十, 一两万), not a
    /// run of digits (二〇, 一二三).
    static func scalesAPair(_ next: NumberGrammar.Numeral?) -> Bool {
        switch next {
        case .unit?, .magnitude?: true
        default: false
        }
    }

    /// A space inside a spoken numeral: after a digit before a unit or magnitude (四 百,
    /// 九十六 万), after a unit or magnitude before anything of the numeral (两千 四, 二十 亿),
    /// as long as the units of a section still fall (十 二十 is two numbers). Two digits a
    /// space apart are two numbers.
    private func spaceJoins(at i: Int, after previous: Element, smallestUnit: Int) -> Bool {
        guard i + 1 < limit, let next = grammar.numerals[text[i + 1]] else { return false }
        switch (previous, next) {
        case (.digit, .unit(let u)): return u < smallestUnit
        case (.unit, .digit), (.magnitude, .digit):
            // The digit's own unit, if one follows it, must be smaller than those before.
            guard i + 2 < limit, case .unit(let u)? = grammar.numerals[text[i + 2]] else { return true }
            return u < smallestUnit
        case (.digit, .magnitude), (.unit, .magnitude), (.magnitude, .unit): return true
        default: return false
        }
    }

    /// A unit word of more than one character (千瓦, 千克, 兆瓦) starts at `i`.
    func startsUnitWord(at i: Int) -> Bool {
        guard let (length, _) = grammar.units.match(text, at: i, limit: limit) else { return false }
        return length > 1
    }
}
