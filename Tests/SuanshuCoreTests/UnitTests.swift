import Foundation
import Testing
@testable import SuanshuCore

/// The open vocabulary of units: every word of numbers/units.lex read in both scripts, and
/// a measure word the lexicon lacks read as a count with a diagnostic, never dropped nor
/// made up out of a word that is none.
struct UnitTests {
    static let engine = try! NumberEngine()

    func read(_ text: String) throws -> (quantities: [Quantity], diagnostics: [Diagnostic]) {
        let document = try segment(text)
        let (found, diagnostics) = Self.engine.quantities(in: document)
        return (Array(found.joined()), diagnostics)
    }

    /// The lexicon's units, with their codes and classes, as the test reads the file itself.
    static let units: [(word: String, code: String, unitClass: String)] = {
        let text = GrammarFiles.builtIn["numbers/units.lex"] ?? ""
        return text.split(separator: "\n").compactMap { line in
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).prefix { !$0.hasPrefix("#") }
            guard let word = fields.first, !word.hasPrefix("#") else { return nil }
            var attributes: [String: String] = [:]
            for field in fields.dropFirst() {
                let parts = field.split(separator: "=", maxSplits: 1)
                if parts.count == 2 { attributes[String(parts[0])] = String(parts[1]) }
            }
            guard let code = attributes["code"], let unitClass = attributes["class"] else { return nil }
            return (String(word), code, unitClass)
        }
    }()

    @Test func theLexiconCoversStatisticalReleases() {
        let codes = Set(Self.units.map(\.code))
        for code in ["CNY", "USD", "HKD", "MOP", "TWD", "CHF", "NGN", "RUB", "KRW", "SGD", "AUD", "CAD",
                     "t", "jin", "kg", "TEU", "ha", "mu", "kg/mu", "kg/ha", "kWh", "kW", "tce", "bbl", "m2", "m3",
                     "km", "t-km", "passenger-km", "day", "night", "hour", "year", "count"] {
            #expect(codes.contains(code), "no unit has code \(code)")
        }
        #expect(Self.units.count > 120)
    }

    /// Each unit after a number, in Simplified and in Traditional characters (ICU's
    /// Simplified-Traditional), gives its code; a figure in a count unit is a count.
    @Test func everyUnitReadsInBothScripts() throws {
        let traditional = try Transliterator("Simplified-Traditional")
        var failures: [String] = []
        for (word, code, unitClass) in Self.units {
            let hant = String(decoding: try traditional.transliterate(Array(word.utf16)), as: UTF16.self)
            for spelling in Set([word, hant]) {
                let (found, _) = try read("共计1234\(spelling)。")
                guard let q = found.first, found.count == 1 else {
                    failures.append("\(spelling): \(found.count) quantities")
                    continue
                }
                if q.unit != code || q.unitClass?.rawValue != unitClass || q.value != ExactDecimal(1234) * (word == "打" ? 12 : 1) {
                    failures.append("\(spelling): \(q.value) \(q.unit ?? "-") \(q.unitClass?.rawValue ?? "-")")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "; "))")
    }

    /// A magnitude in front of a unit multiplies: 万吨, 亿斤, 千公顷, 万亩.
    @Test(arguments: [("3.5万吨", "35000", "t"), ("2.1亿斤", "210000000", "jin"), ("119.3千公顷", "119300", "ha"),
                      ("1.79亿亩", "179000000", "mu"), ("4.2万标准箱", "42000", "TEU"), ("8.5亿千瓦时", "850000000", "kWh")])
    func magnitudesMultiplyUnits(_ text: String, _ value: String, _ code: String) throws {
        let q = try #require(try read("产量\(text)。").quantities.first)
        #expect(q.value.description == value)
        #expect(q.unit == code)
    }

    /// A measure word the lexicon lacks makes a count, and a note that names it and where it
    /// stands; the note reaches the document's diagnostics.
    @Test func anUnknownMeasureWordIsACountWithADiagnostic() throws {
        let text = "全年安装路灯150万盏，比上年增加20万盏。"
        let (found, diagnostics) = try read(text)
        #expect(found.map(\.unit) == ["count", "count"])
        #expect(found.map(\.value) == [ExactDecimal(1_500_000), ExactDecimal(200_000)])
        #expect(diagnostics.count == 2)
        for diagnostic in diagnostics {
            #expect(diagnostic.code == "unknown-unit")
            #expect(diagnostic.severity == .note)
            #expect(diagnostic.span.map { scalars(text, $0) } == "盏")
            #expect(diagnostic.message.contains("盏"))
        }
        // Once for a range's second end, whether the ends make a range or not.
        #expect(try read("安装5至8万盏。").diagnostics.count == 1)
        #expect(try read("安装8至5万盏。").diagnostics.count == 1)
        let analyzed = try Analyzer().analyze(source: "-", bytes: Array(text.utf8))
        #expect(analyzed.claims.map(\.kind) == [.count, .change])
        #expect(analyzed.diagnostics.filter { $0.code == "unknown-unit" }.count == 2)
    }

    /// Dates, names, idioms, age brackets, periods, list numbers, clock times and words after
    /// numbers are no measure words: no unknown-unit diagnostic, and no count.
    static let notMeasureWords = [
        "三严三实", "十字路口", "一一对应", "16—59岁的人口", "2024版标准", "第3期", "10时起", "三大战略", "世界500强",
        "十四五规划", "2025年1月14日", "前10个月", "假期8天", "1.国内增值税", "（三）稳步扩大进口", "5.0高于预期",
        "比重为56.5左右", "指数49.8下降", "增长5.2和4.8", "1至9月", "二十届四中全会", "3·15晚会", "一是坚持", "第一产业",
        "低于50临界点", "拨打12345热线", "20国集团", "5星级酒店", "2035远景目标", "发放3000瓶水",
    ]

    @Test func wordsAfterNumbersAreNoMeasureWords() {
        forEachCase(Self.notMeasureWords) { text in
            let (found, diagnostics) = try read(text + "。")
            #expect(diagnostics.isEmpty, "\(text): \(diagnostics.map(\.message))")
            #expect(!found.contains { $0.notAClaim == nil && $0.unitClass == .count }, "\(text): \(found.map { ($0.value, $0.unit ?? "-") })")
        }
    }

    /// A duration is a quantity but no claim by itself (假期8天); in 连续 it is a streak.
    @Test func durationsAreClaimsOnlyWhereARuleReadsThem() throws {
        let analyzer = try Analyzer()
        let holiday = try analyzer.analyze(source: "-", bytes: Array("今年国庆假期8天，出游7.65亿人次。".utf8))
        #expect(holiday.claims.map(\.unit) == ["count"])
        let streak = try analyzer.analyze(source: "-", bytes: Array("出口连续9年增长。".utf8))
        #expect(streak.claims.map(\.kind) == [.streak])
    }

    /// New dimensions of class amount (yield, transport work) make amounts like the others.
    @Test func amountsInEveryAmountUnit() throws {
        let analyzer = try Analyzer()
        let text = "全国粮食单产394.7公斤/亩，旅客周转量1.2万亿人公里，货物周转量3.5万亿吨公里，集装箱吞吐量3.3亿标准箱。"
        let document = try analyzer.analyze(source: "-", bytes: Array(text.utf8))
        #expect(document.claims.map(\.kind) == [.amount, .amount, .amount, .amount])
        #expect(document.claims.map(\.unit) == ["kg/mu", "passenger-km", "t-km", "TEU"])
    }
}
