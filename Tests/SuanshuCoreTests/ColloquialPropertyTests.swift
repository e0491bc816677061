import Foundation
import Testing
@testable import SuanshuCore

/// The second oracle, beside ICU's spellout (which writes numbers only as a book does): the
/// forms of briefings and speech-to-text, written from random values by a small writer of
/// Chinese numerals in this file, with the value and interval each must give worked out
/// here in Foundation's `Decimal` — never by the engine. Seeded, so a failure comes back;
/// SUANSHU_COLLOQUIAL_SEED and SUANSHU_COLLOQUIAL_COUNT change the run.
struct ColloquialPropertyTests {
    static let engine = try! NumberEngine()

    /// What a written form must read as.
    struct Case: CustomStringConvertible {
        var text: String
        var value: Decimal
        var low: Decimal?
        var high: Decimal?
        var unit: String?
        var qualifier: Qualifier = .exact
        var form: Quantity.Form = .plain
        var description: String { text }
    }

    /// The forms, each a generator of cases.
    enum Kind: String, CaseIterable, CustomTestStringConvertible {
        case elidedPlace, vagueBeforeMagnitude, tenthsAndAHalf, spacedNumeral, yuanJiaoFen
        var testDescription: String { rawValue }
    }

    // MARK: - A seeded generator

    /// SplitMix64: small, and the same sequence on every platform.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    // MARK: - Writing numerals

    static let chineseDigits = Array("零一二三四五六七八九")

    /// A digit as a Chinese character; 2 is sometimes 两 before a unit, as speech has it.
    static func digit(_ d: Int, _ g: inout Seeded, twoAsLiang: Bool = false) -> String {
        twoAsLiang && d == 2 && Bool.random(using: &g) ? "两" : String(chineseDigits[d])
    }

    /// 1…9999 the way a book writes it: 三千零五, 一百一十, 十五 (一十 only inside a number).
    static func section(_ n: Int, first: Bool, _ g: inout Seeded) -> String {
        var out = ""
        var started = false
        var gap = false
        for (place, unit) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
            let d = n / place % 10
            if d == 0 {
                if started { gap = true }
                continue
            }
            if gap { out += "零"; gap = false }
            if !(d == 1 && place == 10 && !started && first) { out += digit(d, &g, twoAsLiang: place >= 100) }
            out += unit
            started = true
        }
        return out
    }

    /// 1…999,999,999,999 in full: 三千八百九十六万四千九百六十五, 一亿零五万, 一万零五百.
    static func spell(_ n: Int, _ g: inout Seeded) -> String {
        var out = ""
        var started = false
        var gap = false
        for (value, word) in [(n / 100_000_000, "亿"), (n / 10_000 % 10_000, "万"), (n % 10_000, "")] {
            if value == 0 {
                if started { gap = true }
                continue
            }
            if started && (gap || value < 1000) { out += "零" }
            out += section(value, first: !started, &g) + word
            started = true
            gap = false
        }
        return out
    }

    /// Arabic digits or Chinese numerals, at random.
    static func either(_ n: Int, _ g: inout Seeded) -> String {
        Bool.random(using: &g) ? String(n) : spell(n, &g)
    }

    static func power(_ e: Int) -> Decimal { pow(Decimal(10), e) }

    /// The interval a figure rounds in: value ± half a place.
    static func rounded(_ value: Decimal, place: Decimal) -> (Decimal, Decimal) {
        (value - place / 2, value + place / 2)
    }

    // MARK: - The forms

    /// 一万三 (13000 ± 500), 九十二万四, 二百五, 两千四百五, 一千三, 两千三点一: a last digit
    /// after a unit or magnitude counts in the place below it.
    static func elidedPlace(_ g: inout Seeded) -> Case {
        let last = Int.random(in: 1...9, using: &g)
        var value: Decimal
        var place: Decimal
        var text: String
        switch Int.random(in: 0..<4, using: &g) {
        case 0:
            // Before 万 or 亿: a number as said (92, 1300 is not said 一千三百万四), then the digit.
            let head = Int.random(in: 1...999, using: &g)
            let (word, e) = Bool.random(using: &g) ? ("万", 4) : ("亿", 8)
            guard head % 10 != 0 || head < 100 else { return elidedPlace(&g) }
            text = spell(head, &g) + word + digit(last, &g)
            value = Decimal(head) * power(e) + Decimal(last) * power(e - 1)
            place = power(e - 1)
        case 1:
            // X百Y, X千Y: one unit and the digit after it.
            let first = Int.random(in: 1...9, using: &g)
            let (word, e) = Bool.random(using: &g) ? ("百", 2) : ("千", 3)
            text = digit(first, &g, twoAsLiang: true) + word + digit(last, &g)
            value = Decimal(first) * power(e) + Decimal(last) * power(e - 1)
            place = power(e - 1)
        case 2:
            // X千Y百Z, A万X千Y: the digit after the last of several units.
            let thousands = Int.random(in: 1...9, using: &g)
            let hundreds = Int.random(in: 1...9, using: &g)
            let tenThousands = Int.random(in: 0...99, using: &g)
            text = (tenThousands > 0 ? spell(tenThousands, &g) + "万" : "") + digit(thousands, &g, twoAsLiang: true) + "千"
            if Bool.random(using: &g) {
                text += digit(hundreds, &g) + "百" + digit(last, &g)
                value = Decimal(tenThousands * 10_000 + thousands * 1000 + hundreds * 100 + last * 10)
                place = 10
            } else {
                text += digit(last, &g)
                value = Decimal(tenThousands * 10_000 + thousands * 1000 + last * 100)
                place = 100
            }
        default:
            // X千Y点Z: the elided place, then a decimal part.
            let thousands = Int.random(in: 1...9, using: &g)
            let tenth = Int.random(in: 1...9, using: &g)
            text = digit(thousands, &g, twoAsLiang: true) + "千" + digit(last, &g) + "点" + digit(tenth, &g)
            value = Decimal(thousands * 1000 + last * 100) + Decimal(tenth) / 10
            place = Decimal(1) / 10
        }
        let unit = [("", nil), ("元", "CNY"), ("吨", "t"), ("人", "count")].randomElement(using: &g)!
        let (low, high) = rounded(value, place: place)
        return Case(text: text + unit.0, value: value, low: low, high: high, unit: unit.1)
    }

    /// 十多万人次, 五百余万元, 20多万批次, 6亿多, 14万余个: 多 or 余 and a magnitude; the figure is
    /// over the stated one by less than a step of its last significant digit (things
    /// counted one by one by at least one).
    static func vagueBeforeMagnitude(_ g: inout Seeded) -> Case {
        let (word, e) = Bool.random(using: &g) ? ("万", 4) : ("亿", 8)
        let vague = Bool.random(using: &g) ? "多" : "余"
        let unit = [("", nil), ("人次", "count"), ("元", "CNY"), ("个", "count"), ("吨", "t"), ("批次", "count")].randomElement(using: &g)!
        var text: String
        var head: Int
        var step: Decimal
        if Bool.random(using: &g) {
            // A round figure before 多: 十多万, 二十余万, 三百多亿, 50多万.
            let d = Int.random(in: 1...9, using: &g)
            let k = Int.random(in: 1...3, using: &g)
            head = d * Int(truncating: power(k) as NSNumber)
            step = power(k)
            let written = Bool.random(using: &g) ? String(head) : (head == 10 ? "十" : spell(head, &g))
            text = written + vague + word + unit.0
        } else {
            // 多 after the magnitude: 6亿多, 14万余.
            head = Int.random(in: 1...999, using: &g)
            var zeros = 0
            while head % Int(truncating: power(zeros + 1) as NSNumber) == 0 { zeros += 1 }
            step = power(zeros)
            text = String(head) + word + vague + unit.0
        }
        let value = Decimal(head) * power(e)
        let reach = step * power(e)
        let counted = unit.1 == "count"
        return Case(text: text, value: value, low: counted ? value + 1 : value, high: counted ? value + reach - 1 : value + reach,
                    unit: unit.1, qualifier: .over)
    }

    /// 一成半 (15 ± 2.5), 九成五 (95 ± 0.5), ９成, 7.2成.
    static func tenthsAndAHalf(_ g: inout Seeded) -> Case {
        let tenths = Int.random(in: 1...9, using: &g)
        switch Int.random(in: 0..<3, using: &g) {
        case 0:
            let value = Decimal(tenths * 10 + 5)
            return Case(text: digit(tenths, &g, twoAsLiang: true) + "成半", value: value, low: value - Decimal(5) / 2,
                        high: value + Decimal(5) / 2, unit: "%", form: .percent)
        case 1:
            let next = Int.random(in: 1...9, using: &g)
            let value = Decimal(tenths * 10 + next)
            return Case(text: digit(tenths, &g, twoAsLiang: true) + "成" + digit(next, &g), value: value,
                        low: value - Decimal(1) / 2, high: value + Decimal(1) / 2, unit: "%", form: .percent)
        default:
            // Arabic digits, full width or not, perhaps with a decimal part.
            let tenth = Int.random(in: 0...9, using: &g)
            let written = tenth == 0 ? "\(tenths)" : "\(tenths).\(tenth)"
            let wide = Bool.random(using: &g) ? String(written.unicodeScalars.map { $0 == "." ? "．" : Character(UnicodeScalar($0.value + 0xFEE0)!) }) : written
            let value = Decimal(tenths * 10 + tenth)
            let half: Decimal = tenth == 0 ? 5 : Decimal(1) / 2
            return Case(text: wide + "成", value: value, low: value - half, high: value + half, unit: "%", form: .percent)
        }
    }

    /// 三千 八百 九十六 万 四千 九百 六十五: a numeral with spaces between its parts, as
    /// speech-to-text writes; 7 万5 千4 百 in Arabic digits.
    static func spacedNumeral(_ g: inout Seeded) -> Case {
        if Int.random(in: 0..<4, using: &g) == 0 {
            let parts = [(Int.random(in: 1...9, using: &g), "万", 10_000), (Int.random(in: 1...9, using: &g), "千", 1000),
                         (Int.random(in: 1...9, using: &g), "百", 100)]
            let count = Int.random(in: 2...3, using: &g)
            var text = ""
            var value = 0
            for (d, word, place) in parts.prefix(count) {
                text += "\(d)" + (Bool.random(using: &g) ? " " : "") + word
                value += d * place
            }
            let place = Decimal(parts[count - 1].2)
            let (low, high) = rounded(Decimal(value), place: place)
            return Case(text: text + "人", value: Decimal(value), low: low, high: high, unit: "count")
        }
        let n = Int.random(in: 1...99_999_999, using: &g)
        let written = Array(spell(n, &g))
        let parts = Set("十百千万亿")
        var text = ""
        for (k, c) in written.enumerated() {
            text.append(c)
            guard k + 1 < written.count, Bool.random(using: &g) else { continue }
            let next = written[k + 1]
            // After a unit or magnitude; or after a digit (not 零) before one.
            if parts.contains(c) || (c != "零" && parts.contains(next)) { text += " " }
        }
        // Digits spelt out are exact to the unit; a magnitude at the end rounds to itself
        // (三千万 is 3000万 ± 5000).
        let place: Decimal = written.last == "万" ? power(4) : written.last == "亿" ? power(8) : 1
        let (low, high) = rounded(Decimal(n), place: place)
        return Case(text: text, value: Decimal(n), low: low, high: high, unit: nil)
    }

    /// 五元三毛, 50元6角三分, 五元零三分, 两美元又三美分.
    static func yuanJiaoFen(_ g: inout Seeded) -> Case {
        let yuan = Int.random(in: 1...9999, using: &g)
        if Int.random(in: 0..<4, using: &g) == 0 {
            let cents = Int.random(in: 1...9, using: &g)
            let value = Decimal(yuan) + Decimal(cents) / 100
            let (low, high) = rounded(value, place: Decimal(1) / 100)
            return Case(text: either(yuan, &g) + "美元又" + digit(cents, &g) + "美分", value: value, low: low, high: high, unit: "USD")
        }
        let jiao = Int.random(in: 0...9, using: &g)
        let fen = jiao == 0 ? Int.random(in: 1...9, using: &g) : Int.random(in: 0...9, using: &g)
        var text = either(yuan, &g) + "元"
        if jiao > 0 {
            text += (Bool.random(using: &g) ? "\(jiao)" : digit(jiao, &g, twoAsLiang: true)) + (Bool.random(using: &g) ? "角" : "毛")
        } else {
            text += "零"
        }
        if fen > 0 { text += (Bool.random(using: &g) ? "\(fen)" : digit(fen, &g)) + "分" }
        let value = Decimal(yuan) + Decimal(jiao) / 10 + Decimal(fen) / 100
        let (low, high) = rounded(value, place: fen > 0 ? Decimal(1) / 100 : Decimal(1) / 10)
        return Case(text: text, value: value, low: low, high: high, unit: "CNY")
    }

    static func generate(_ kind: Kind, _ g: inout Seeded) -> Case {
        switch kind {
        case .elidedPlace: elidedPlace(&g)
        case .vagueBeforeMagnitude: vagueBeforeMagnitude(&g)
        case .tenthsAndAHalf: tenthsAndAHalf(&g)
        case .spacedNumeral: spacedNumeral(&g)
        case .yuanJiaoFen: yuanJiaoFen(&g)
        }
    }

    // MARK: - The test

    func text(_ decimal: Decimal?) -> String { decimal.map { "\($0)" } ?? "nil" }
    func text(_ decimal: ExactDecimal?) -> String { decimal.map { "\($0)" } ?? "nil" }

    @Test(arguments: Kind.allCases)
    func colloquialFormsReadAsSpoken(_ kind: Kind) throws {
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["SUANSHU_COLLOQUIAL_SEED"].flatMap(UInt64.init) ?? 20_251_203
        let count = environment["SUANSHU_COLLOQUIAL_COUNT"].flatMap(Int.init) ?? 1500
        var generator = Seeded(state: seed &+ UInt64(Kind.allCases.firstIndex(of: kind)!) &* 7919)
        var failures: [String] = []
        for _ in 0..<count {
            let expected = Self.generate(kind, &generator)
            // A sentence around it: a subject before, a full stop after.
            let sentence = "全年" + expected.text + "。"
            let normalized = try NormalizedText(DecodedText.make(utf16: Array(sentence.utf16), encoding: "UTF-16"))
            let (found, _) = Self.engine.quantities(in: normalized, range: 0..<normalized.utf16.count)
            let written = normalized.originalString(found.first?.range ?? 0..<0)
            guard found.count == 1, let q = found.first, q.notAClaim == nil else {
                failures.append("\(expected.text): \(found.count) quantities \(found.map { normalized.originalString($0.range) })")
                continue
            }
            let problems = [
                written == expected.text ? nil : "text \(written)",
                text(q.value) == text(expected.value) ? nil : "value \(q.value) ≠ \(text(expected.value))",
                text(q.interval.low) == text(expected.low) && text(q.interval.high) == text(expected.high)
                    ? nil : "interval \(q.interval) ≠ [\(text(expected.low)), \(text(expected.high))]",
                q.unit == expected.unit ? nil : "unit \(q.unit ?? "-") ≠ \(expected.unit ?? "-")",
                q.qualifier == expected.qualifier ? nil : "qualifier \(q.qualifier)",
                q.form == expected.form ? nil : "form \(q.form)",
            ].compactMap { $0 }
            if !problems.isEmpty { failures.append("\(expected.text): \(problems.joined(separator: ", "))") }
            if failures.count >= 10 { break }
        }
        #expect(failures.isEmpty, "\(kind.rawValue), seed \(seed): \(failures.joined(separator: "; "))")
    }

    /// The writer itself writes what a book writes (checked on a few values by hand, so the
    /// oracle is not wrong in the way the engine might be).
    @Test func theWriterSpellsLikeABook() {
        var g = Seeded(state: 1)
        let spelt = [13000, 10500, 100_050_000, 38_964_965, 15, 110, 1005].map { n in
            Self.spell(n, &g).replacingOccurrences(of: "两", with: "二")
        }
        #expect(spelt == ["一万三千", "一万零五百", "一亿零五万", "三千八百九十六万四千九百六十五", "十五", "一百一十", "一千零五"])
    }
}
