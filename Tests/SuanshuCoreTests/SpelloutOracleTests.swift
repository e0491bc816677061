import CICU
import Foundation
import Testing
@testable import SuanshuCore

/// ICU's rule-based spellout writes numbers in Chinese numerals; the engine must read every
/// one back exactly. The count defaults to 60,000 values (split over the three formatters);
/// set SUANSHU_ORACLE_COUNT for a longer run.
struct SpelloutOracleTests {
    static let formatters: [(locale: String, ruleSet: String?)] = [
        ("zh", nil), ("zh_Hant", nil), ("zh", "%spellout-cardinal-financial"),
    ]

    /// A random value ICU spells exactly: RBNF works in doubles, so at most 15 significant
    /// digits (integers up to 10^15, decimals with up to 4 places), plus powers of ten up
    /// to 10^16. Zero is left out: a lone 零 is a word (零售, 零关税) by design.
    static func randomValue<G: RandomNumberGenerator>(_ generator: inout G) -> String {
        switch Int.random(in: 0..<10, using: &generator) {
        case 0:
            return "1" + String(repeating: "0", count: Int.random(in: 0...16, using: &generator))
        case 1...5:
            let digits = Int.random(in: 1...15, using: &generator)
            var upper: Int64 = 1
            for _ in 0..<digits { upper *= 10 }
            return String(Int64.random(in: 1..<upper, using: &generator))
        default:
            let places = Int.random(in: 1...4, using: &generator)
            var upper: Int64 = 1
            for _ in 0..<Int.random(in: 1...(15 - places), using: &generator) { upper *= 10 }
            let whole = Int64.random(in: 0..<upper, using: &generator)
            var fraction = String(Int64.random(in: 1..<Int64(pow(10.0, Double(places))), using: &generator))
            fraction = String(repeating: "0", count: places - fraction.count) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
            return "\(whole).\(fraction)"
        }
    }

    @Test(arguments: formatters.indices)
    func engineReadsBackICUSpellout(_ index: Int) throws {
        let (locale, ruleSet) = Self.formatters[index]
        let total = ProcessInfo.processInfo.environment["SUANSHU_ORACLE_COUNT"].flatMap(Int.init) ?? 60_000
        let count = total / Self.formatters.count + 1
        var error: Int32 = 0
        let formatter = try #require(sx_spellout_open(locale, ruleSet, &error))
        defer { sx_spellout_close(formatter) }
        let engine = try NumberEngine()
        var generator = SystemRandomNumberGenerator()
        var buffer = [UInt16](repeating: 0, count: 512)
        var failures: [String] = []
        for _ in 0..<count {
            let value = Self.randomValue(&generator)
            let length = sx_spellout_format(formatter, value, &buffer, 512, &error)
            try #require(sx_failed(error) == 0, "ICU failed on \(value)")
            let spelt = Array(buffer[0..<Int(length)])
            let text = try NormalizedText(DecodedText.make(utf16: spelt, encoding: "UTF-16"))
            let (found, _) = engine.quantities(in: text, range: 0..<text.utf16.count)
            let expected = ExactDecimal(value)!
            if found.count != 1 || found[0].value != expected || found[0].range != 0..<text.utf16.count {
                failures.append("\(value) → \(String(decoding: spelt, as: UTF16.self)) → \(found.map(\.value))")
                if failures.count >= 20 { break }
            }
        }
        #expect(failures.isEmpty, "\(locale) \(ruleSet ?? ""): \(failures.joined(separator: "; "))")
    }
}
