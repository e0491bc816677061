import Foundation
import Testing
@testable import SuanshuCore

/// Laws the number engine keeps on any input.
struct NumberPropertyTests {
    static let engine = try! NumberEngine()

    func quantities(_ text: String) throws -> [Quantity] {
        let document = try segment(text)
        return Array(Self.engine.quantities(in: document).quantities.joined())
    }

    /// Characters numbers are made of, and words around them, to build random text from.
    static let alphabet: [String] = ["0", "1", "2", "5", "9", ".", ",", "%", "一", "二", "两", "五", "九", "十", "百",
                                     "千", "万", "亿", "兆", "零", "点", "多", "余", "近", "约", "超过", "以上", "左右",
                                     "成", "倍", "番", "翻", "分之", "个", "百分点", "元", "美元", "吨", "年", "月",
                                     "至", "-", "~", "第", "几", "负", "，", "。", "出口", " ", "\n"]

    /// The fast Double of a decimal is the one parsing its text gives, and its text is the
    /// plain decimal a 128-bit division writes.
    @Test func doubleAndTextOfDecimals() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let significand = Int128(Int64.random(in: -(1 << 60)...(1 << 60), using: &generator)) / Int128(Int64.random(in: 1...(1 << 40), using: &generator))
            let value = ExactDecimal(significand * (Bool.random(using: &generator) ? 1 : Int128(Int64.max)), exponent: Int.random(in: -30...30, using: &generator))
            #expect(value.doubleValue == Double(value.description), "\(value.significand)e\(value.exponent)")
            if value.description.filter(\.isNumber).count <= ExactDecimal.maximumDigits {
                #expect(ExactDecimal(value.description) == value, "\(value.description)")
            }
            let plain = value.exponent >= 0 ? "\(value.significand)" + String(repeating: "0", count: value.exponent) : nil
            if let plain { #expect(value.description == plain) }
        }
    }

    /// Every interval contains its value, except under 多/余/几 ("130多" is [131, 139] by
    /// the output contract: the true value is beyond the stated one, by less than a step).
    @Test func everyIntervalContainsItsValue() throws {
        var generator = SystemRandomNumberGenerator()
        let count = ProcessInfo.processInfo.environment["SUANSHU_PROPERTY_COUNT"].flatMap(Int.init) ?? 3000
        for _ in 0..<count {
            let text = (0..<Int.random(in: 1...14, using: &generator)).map { _ in Self.alphabet.randomElement(using: &generator)! }.joined()
            for q in try quantities(text) where q.notAClaim == nil {
                if q.interval.contains(q.value) { continue }
                // Outside on the side of zero: the true value is larger in size.
                let towardZero = q.value.isNegative ? q.interval.high.map { q.value > $0 } : q.interval.low.map { q.value < $0 }
                #expect(q.qualifier == .over && towardZero == true,
                        "\(text.debugDescription): \(q.value) \(q.qualifier) \(q.form) outside \(q.interval)")
            }
        }
    }

    /// Widening a qualifier never narrows the interval: exact ⊆ about, nearly ⊆ about,
    /// nearly ⊆ under, 多 ⊆ 超过.
    @Test func wideningAQualifierNeverNarrows() throws {
        var generator = SystemRandomNumberGenerator()
        let units = ["元", "亿元", "万吨", "%", "个百分点", "倍", "个", ""]
        for _ in 0..<500 {
            let whole = Int.random(in: 1...99_999, using: &generator)
            let number = Bool.random(using: &generator) ? "\(whole)" : "\(whole).\(Int.random(in: 1...9, using: &generator))"
            let unit = units.randomElement(using: &generator)!
            func interval(_ before: String, _ after: String = "") throws -> Interval {
                let found = try quantities("出口\(before)\(number)\(after == "多" ? "多" : "")\(unit)\(after == "多" ? "" : after)。")
                let q = try #require(found.first, "\(before)\(number)\(unit)\(after)")
                return q.interval
            }
            let exact = try interval("")
            let about = try interval("约")
            let nearly = try interval("近")
            let under = try interval("不到")
            let over = try interval("超过")
            #expect(about.contains(exact), "约\(number)\(unit): \(about) ⊉ \(exact)")
            #expect(about.contains(nearly), "约\(number)\(unit): \(about) ⊉ 近 \(nearly)")
            #expect(under.contains(nearly), "不到\(number)\(unit): \(under) ⊉ 近 \(nearly)")
            if number.contains(".") == false && unit != "%" && unit != "个百分点" {
                let bounded = try interval("", "多")
                #expect(over.contains(bounded), "超过\(number)\(unit): \(over) ⊉ 多 \(bounded)")
            }
        }
    }
}

/// Hostile input gets a clear result or a diagnostic, never a crash or a hang.
struct NumberAdversarialTests {
    func run(_ text: String) throws -> (quantities: [Quantity], diagnostics: [Diagnostic]) {
        let document = try segment(text)
        let (found, diagnostics) = try NumberEngine().quantities(in: document)
        return (Array(found.joined()), diagnostics)
    }

    @Test(arguments: [
        ("10^400", Long("出口1" + String(repeating: "0", count: 400) + "元。")),
        ("100,000 digits", Long(String(repeating: "7", count: 100_000))),
        ("一万万万万…", Long("一" + String(repeating: "万", count: 10_000))),
        ("long decimal", Long("0." + String(repeating: "0", count: 5000) + "1%")),
        ("亿亿亿", Long("三" + String(repeating: "亿", count: 500) + "元")),
    ])
    func hugeNumbersGiveADiagnostic(_ name: String, _ long: Long) throws {
        let text = long.text
        let (found, diagnostics) = try run(text)
        #expect(found.isEmpty, "\(name)")
        let diagnostic = try #require(diagnostics.first, "\(name)")
        #expect(diagnostic.code == "number-too-large")
        #expect(diagnostic.span?.start == text.unicodeScalars.firstIndex { "0"..."9" ~= $0 || $0 == "一" || $0 == "三" }
            .map { text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: $0) })
    }

    static let fragments = ["多", "分之", "点", "百分之", "分之一", "-", "1.", "第", "翻番番", "%%%", "十十十十", "〇〇〇", "两两两两", "几几", "负"]

    @Test(arguments: Group.of(fragments, parts: 2))
    func fragmentsDoNotCrash(_ group: Group<String>) {
        forEachCase(group.elements) { text in
            let (found, _) = try run(text)
            for q in found {
                #expect(q.range.lowerBound < q.range.upperBound, "\(text)")
            }
        }
    }

    @Test func numbersWithoutContextAreBareNumbers() throws {
        let (found, diagnostics) = try run("1,2,3,4")
        #expect(found.map(\.value) == [ExactDecimal(1), ExactDecimal(2), ExactDecimal(3), ExactDecimal(4)])
        #expect(found.allSatisfy { $0.unit == nil })
        #expect(diagnostics.isEmpty)
    }
}
