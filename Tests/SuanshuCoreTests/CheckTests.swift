import Testing
@testable import SuanshuCore

/// Each relation on small documents, with figures on rounding boundaries, zero and negative
/// growth, and a part larger than its whole.
struct CheckTests {
    static let analyzer = Mutex(try! Analyzer())

    func checks(_ text: String) throws -> [Check] {
        try Self.analyzer.withLock { try $0.analyze(source: "-", bytes: Array(text.utf8)).checks }
    }

    func verdict(_ text: String, _ relation: String) throws -> Check.Verdict? {
        try checks(text).first { $0.relation == relation }?.verdict
    }

    /// A sums rule may name its whole as entity + metric (民营企业进出口), a name no claim has
    /// as its metric: the whole is then looked for by term. The rule stands alone, so that the
    /// bare 进出口 = 出口 + 进口 cannot find the sum instead.
    @Test func sumWholeNamedAsATerm() throws {
        var files = GrammarFiles.builtIn.files
        files["checks/sums.rules"] = "民营企业进出口 = 民营企业出口 + 民营企业进口\n"
        let analyzer = try Analyzer(grammars: GrammarFiles(files: files, origin: "test"))
        let text = "2024年，民营企业进出口10.50万亿元。其中，民营企业出口7.12万亿元，民营企业进口4.03万亿元。"
        let checks = try analyzer.analyze(source: "-", bytes: Array(text.utf8)).checks
        let sum = try #require(checks.first { $0.relation == "sum" })
        #expect(sum.verdict == .inconsistent)
        #expect(sum.claims.count == 3)
    }

    /// Claims handed to the checker in part keep their ids: a check names its claims as
    /// the document numbered them, whatever else was left out.
    @Test func claimsGivenInPartKeepTheirIDs() throws {
        let text = "工业增加值增长5.9%。2025年，我国进出口45.47万亿元。其中，出口26.99万亿元，进口18.48万亿元。"
        let document = try Self.analyzer.withLock { try $0.analyze(source: "-", bytes: Array(text.utf8), checks: false) }
        let checker = try Checker()
        let whole = try #require(checker.checks(document.claims, text: document.text).first { $0.relation == "sum" })
        let part = try #require(checker.checks(Array(document.claims.dropFirst()), text: document.text).first { $0.relation == "sum" })
        #expect(whole.claims == ["c3", "c4", "c2"])
        #expect(part.claims == whole.claims)
        #expect(part.statedClaim == "c2")
    }

    /// The words that make one figure part of another, or a list one of thresholds, are
    /// checks/words.lex's: a word added there is read like the built-in ones.
    static let checkWords: [(name: String, extra: String?, text: String, ordered: Bool)] = [
        ("其中 (built in)", nil, "2024年，汽车产量322.7万辆，其中，新能源汽车产量158.0万辆。", true),
        ("包括, not listed", nil, "2024年，汽车产量322.7万辆，包括新能源汽车产量158.0万辆。", false),
        ("包括, listed as a breakdown word", "包括  role=breakdown", "2024年，汽车产量322.7万辆，包括新能源汽车产量158.0万辆。", true),
        ("中…有 (built in)", nil, "2024年，在41个工业大类行业中，有36个行业增加值保持增长。", true),
        ("thresholds after 超过 (built in)", nil, "2024年，贸易规模超过万亿元、千亿元和百亿元的国家分别有14个、62个和137个。", true),
        ("thresholds without a threshold word", nil, "2024年，贸易规模为万亿元、千亿元和百亿元的国家分别有14个、62个和137个。", false),
    ]

    @Test(arguments: Group.of(checkWords, parts: 2))
    func checkWordsComeFromTheLexicon(_ group: Group<(name: String, extra: String?, text: String, ordered: Bool)>) {
        forEachCase(group.elements) { try checkWordsComeFromTheLexicon($0.name, $0.extra, $0.text, $0.ordered) }
    }

    func checkWordsComeFromTheLexicon(_ name: String, _ extra: String?, _ text: String, _ ordered: Bool) throws {
        var files = GrammarFiles.builtIn.files
        if let extra { files["checks/words.lex"]! += extra + "\n" }
        let analyzer = try Analyzer(grammars: GrammarFiles(files: files, origin: "test"))
        let checks = try analyzer.analyze(source: "-", bytes: Array(text.utf8)).checks
        #expect(checks.contains { $0.relation == "order" } == ordered, "\(name): \(checks.map(\.message))")
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let relation: String
        let verdict: Check.Verdict
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "sum holds", text: "2025年，我国进出口45.47万亿元。其中，出口26.99万亿元，进口18.48万亿元。",
             relation: "sum", verdict: .consistent),
        // 26.985 + 18.475 = 45.46, just inside what 45.46 allows ([45.455, 45.465]).
        Case(name: "sum on a rounding boundary", text: "2025年，我国进出口45.46万亿元。其中，出口26.99万亿元，进口18.48万亿元。",
             relation: "sum", verdict: .consistent),
        Case(name: "sum off by more than rounding", text: "2025年，我国进出口45.40万亿元。其中，出口26.99万亿元，进口18.48万亿元。",
             relation: "sum", verdict: .inconsistent),
        Case(name: "share holds", text: "2025年，我国出口26.99万亿元。机电产品出口16.03万亿元，占出口总值的59.4%。",
             relation: "share", verdict: .consistent),
        Case(name: "share off", text: "2025年，我国出口26.99万亿元。机电产品出口16.03万亿元，占出口总值的62.4%。",
             relation: "share", verdict: .inconsistent),
        Case(name: "part larger than its whole", text: "2025年，我国出口26.99万亿元。机电产品出口30.03万亿元，占出口总值的59.4%。",
             relation: "share", verdict: .inconsistent),
        Case(name: "growth from a change", text: "2024年，我国进出口43.85万亿元，增长5%。进出口比上年增加2.09万亿元。",
             relation: "growth", verdict: .consistent),
        Case(name: "zero growth from no change", text: "2024年，我国进出口43.85万亿元，增长0%。进出口比上年增加0万亿元。",
             relation: "growth", verdict: .consistent),
        Case(name: "negative growth from a decline", text: "2024年，我国进口18.39万亿元，下降2.3%。进口比上年减少0.43万亿元。",
             relation: "growth", verdict: .consistent),
        Case(name: "growth against a stated prior level", text: "2024年，社会消费品零售总额为2267.8亿元，较二零二三年的1830.6亿元上升23.9%。",
             relation: "growth", verdict: .consistent),
        Case(name: "aggregate growth from parts", text: "2025年，我国进出口45.47万亿元，增长3.8%。其中，出口26.99万亿元，增长6.1%；进口18.48万亿元，增长0.5%。",
             relation: "aggregate-growth", verdict: .consistent),
        Case(name: "aggregate growth off", text: "2025年，我国进出口45.47万亿元，增长5.8%。其中，出口26.99万亿元，增长6.1%；进口18.48万亿元，增长0.5%。",
             relation: "aggregate-growth", verdict: .inconsistent),
        Case(name: "contribution holds", text: "2025年，我国出口26.99万亿元，增长6.1%。装备制造业产品出口16.03万亿元，增长9.2%，拉动出口增长5.3个百分点。",
             relation: "contribution", verdict: .consistent),
        Case(name: "contribution off", text: "2025年，我国出口26.99万亿元，增长6.1%。装备制造业产品出口16.03万亿元，增长9.2%，拉动出口增长7.3个百分点。",
             relation: "contribution", verdict: .inconsistent),
        Case(name: "bound holds", text: "全年进出口总值超过45万亿元。2025年，我国进出口45.47万亿元。", relation: "bound", verdict: .consistent),
        Case(name: "bound broken", text: "全年进出口总值超过46万亿元。2025年，我国进出口45.47万亿元。", relation: "bound", verdict: .inconsistent),
        Case(name: "restatement holds", text: "2025年，我国出口增长6.1%。\n2025年，出口增长了6.1%。", relation: "restatement", verdict: .consistent),
        Case(name: "restatement differs", text: "2025年，我国出口增长6.1%。\n2025年，出口增长了6.3%。", relation: "restatement", verdict: .inconsistent),
        Case(name: "nested counts", text: "全球与我国有贸易往来的国家和地区达到249个，其中贸易规模超过万亿元、千亿元和百亿元的分别有14个、62个和137个。",
             relation: "order", verdict: .consistent),
        Case(name: "counts not nested", text: "全球与我国有贸易往来的国家和地区达到249个，其中贸易规模超过万亿元、千亿元和百亿元的分别有14个、162个和137个。",
             relation: "order", verdict: .inconsistent),
        Case(name: "count within the count of its whole", text: "2025年，全球与我国有贸易往来的国家和地区达到249个。2025年，在进口方面，我国自全球130多个国家和地区的进口实现了增长。",
             relation: "order", verdict: .consistent),
        Case(name: "count larger than the count of its whole", text: "2025年，全球与我国有贸易往来的国家和地区达到249个。2025年，在进口方面，我国自全球260多个国家和地区的进口实现了增长。",
             relation: "order", verdict: .inconsistent),
        Case(name: "growth against the level a year before", text: "2025年，全国实际使用外资7476.9亿元，比上年下降9.5%。作为比较，2024年全年实际使用外资为8262.5亿元。",
             relation: "growth", verdict: .consistent),
        Case(name: "growth off the level a year before", text: "2025年，全国实际使用外资7476.9亿元，比上年下降12.5%。作为比较，2024年全年实际使用外资为8262.5亿元。",
             relation: "growth", verdict: .inconsistent),
        // A speaker's period runs on through the paragraphs of the turn (具体来看，…).
        Case(name: "share across the paragraphs of a turn", text: "记者：今年开年以来外资情况如何？\n发言人：2026年1月，实际使用外资920.1亿元，同比下降5.7%，降幅较去年全年收窄3.8个百分点。\n具体来看，高技术产业引资337.5亿元，在全国实际使用外资中占36.7%。",
             relation: "share", verdict: .consistent),
        // 其中 and the clauses after it keep the whole's entity; the sum is of that entity.
        Case(name: "sum of an entity's parts after 其中", text: "上半年，我国跨境电商进出口约1.32万亿元，增长5.7%。其中，出口约1.03万亿元，增长4.7%；进口约2911亿元，增长9.3%。",
             relation: "sum", verdict: .consistent),
        Case(name: "sum of an entity's parts off", text: "上半年，我国跨境电商进出口约1.52万亿元，增长5.7%。其中，出口约1.03万亿元，增长4.7%；进口约2911亿元，增长9.3%。",
             relation: "sum", verdict: .inconsistent),
        // The earlier rate said in another paragraph, found by the period the change names.
        Case(name: "rate and change against a period named", text: "2025年，实际使用外资7476.9亿元，同比下降9.5%。\n2026年1月，实际使用外资920.1亿元，同比下降5.7%，降幅较去年全年收窄3.8个百分点。",
             relation: "difference", verdict: .consistent),
        Case(name: "rate and change against a period named, off", text: "2025年，实际使用外资7476.9亿元，同比下降9.5%。\n2026年1月，实际使用外资920.1亿元，同比下降5.7%，降幅较去年全年收窄2.8个百分点。",
             relation: "difference", verdict: .inconsistent),
        Case(name: "change between two stated levels", text: "2024年，我国进出口43.85万亿元。2025年，我国进出口45.47万亿元，比上年增加1.62万亿元。",
             relation: "difference", verdict: .consistent),
        Case(name: "change off its levels", text: "2024年，我国进出口43.85万亿元。2025年，我国进出口45.47万亿元，比上年增加2.62万亿元。",
             relation: "difference", verdict: .inconsistent),
        Case(name: "decrease between two stated levels", text: "2024年，我国进口18.39万亿元。2025年，我国进口17.96万亿元，比上年减少0.43万亿元。",
             relation: "difference", verdict: .consistent),
        Case(name: "rate and change in points", text: "10月份，CPI同比上涨0.2%，9月份为下降0.3%，同比涨幅较上月回升0.5个百分点。",
             relation: "difference", verdict: .consistent),
        Case(name: "rate and change in points off", text: "10月份，CPI同比上涨0.2%，9月份为下降0.3%，同比涨幅较上月回升0.9个百分点。",
             relation: "difference", verdict: .inconsistent),
    ]

    /// A check that holds only because the digits are rounded says so; one that holds at the
    /// figures as written does not.
    @Test(arguments: [("45.46", true), ("45.47", false)])
    func holdingOnlyByRoundingIsSaid(_ total: String, _ onlyByRounding: Bool) throws {
        let found = try checks("2025年，我国进出口\(total)万亿元。其中，出口26.99万亿元，进口18.48万亿元。")
        let sum = try #require(found.first { $0.relation == "sum" })
        #expect(sum.verdict == .consistent)
        #expect(sum.message.contains("only within rounding: the figures as written give 45.470万亿元") == onlyByRounding, "\(sum.message)")
    }

    @Test(arguments: Group.of(cases, parts: 2))
    func relation(_ group: Group<Case>) {
        forEachCase(group.elements) { try relation($0) }
    }

    func relation(_ c: Case) throws {
        let found = try checks(c.text)
        let check = try #require(found.first { $0.relation == c.relation }, "\(c.name): no \(c.relation) among \(found.map { "\($0.relation) \($0.message)" })")
        #expect(check.verdict == c.verdict, "\(c.name): \(check.message)")
        #expect(!check.message.isEmpty, "\(c.name)")
        if c.verdict == .inconsistent { #expect(check.message.contains("off by") || check.message.contains("not nested") || check.message.contains("larger"), "\(c.name): \(check.message)") }
    }

    /// A growth rate a little off the levels is what a revised prior-year figure gives when
    /// the earlier level is said apart from the rate: reported, as unverifiable, not as an
    /// error; far off, it is an error. An earlier level in the rate's own clause is the base
    /// the text names: a little off is an error too.
    @Test func revisedBaseNearMissIsANoteNotAnAlarm() throws {
        let near = try #require(try checks("2025年，全国实际使用外资7476.9亿元，比上年下降10.0%。作为比较，2024年全年实际使用外资为8262.5亿元。").first { $0.relation == "growth" })
        #expect(near.verdict == .unverifiable)
        #expect(near.message.contains("revised"))
        let far = try #require(try checks("2025年，全国实际使用外资7476.9亿元，比上年下降12.5%。作为比较，2024年全年实际使用外资为8262.5亿元。").first { $0.relation == "growth" })
        #expect(far.verdict == .inconsistent)
        let named = try #require(try checks("2024年，社会消费品零售总额为2267.8亿元，较二零二三年的1830.6亿元上升24.5%。").first { $0.relation == "growth" })
        #expect(named.verdict == .inconsistent)
    }

    /// Expected intervals contain what rounding allows: never narrower than the true range.
    @Test func expectedIntervalCoversRounding() throws {
        let sum = try #require(try checks("2025年，我国进出口45.47万亿元。其中，出口26.99万亿元，进口18.48万亿元。").first { $0.relation == "sum" })
        let expected = try #require(sum.expected)
        #expect(expected.contains(ExactDecimal(45460000000000)))
        #expect(expected.contains(ExactDecimal(45480000000000)))
        #expect(sum.stated == ExactDecimal(45470000000000))
    }

    /// Found by the fuzzer: a figure beyond what an Int holds crashed the message writer.
    @Test func hugeFiguresInMessagesDoNotCrash() {
        #expect(Checker.Context.fixed(1e30, 2) == "1e+30")
        #expect(Checker.Context.fixed(-12.345, 2) == "-12.35" || Checker.Context.fixed(-12.345, 2) == "-12.34")
        #expect(Checker.Context.fixed(.infinity, 2) == "∞")
    }
}
