import Testing
import SuanshuCore

/// The README's library example, as a caller outside the package writes it (no @testable).
struct LibraryTests {
    @Test func readmeExample() throws {
        let analyzer = try Analyzer()
        let document = try analyzer.analyze("2025年，我国出口26.99万亿元，其中机电产品出口16.03万亿元，占出口总值的62.4%。")
        var lines: [String] = []
        for claim in document.claims {
            lines.append("\(claim.kind.rawValue) \(document.text(of: claim)) \(claim.subject?.text ?? "-")")
        }
        for check in document.checks where check.verdict == .inconsistent {
            lines.append("\(check.relation): \(check.message)")
            lines.append("  linked by: \(check.link.summary)")
        }
        #expect(lines.prefix(3) == ["amount 26.99万亿元 出口", "amount 16.03万亿元 机电产品出口", "share 62.4% 机电产品出口"])
        #expect(lines.dropFirst(3) == ["share: 机电产品出口 16.03万亿元 / 出口 26.99万亿元 = 59.36%–59.42%; stated 62.4% — off by 2.93 points",
                                       "  linked by: strong link: frame part-of-whole «占出口总值的»; equal metric, period (stated: metric, period)"])
        #expect(document.span(of: document.claims[0]) == Span(start: 10, end: 18))
        #expect(document.claims(of: document.checks[0]).count == document.checks[0].claims.count)
    }
}
