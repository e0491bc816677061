import Testing
@testable import SuanshuCore

/// Mistakes in kinds.rules and markers.lex are reported with file, line and column.
struct ClaimRuleErrorTests {
    static let rules = "claims/kinds.rules"
    static let markers = "claims/markers.lex"

    static let broken: [(file: String, text: String, line: Int, column: Int, reason: String)] = [
        (rules, "growth-up: {up} ~ <percent> -> growth\nbad rule without arrow\n", 2, 1, "NAME: PATTERN -> KIND"),
        (rules, "growth-up: {upward} ~ <percent> -> growth\n", 1, 12, "no word class 'upward'"),
        (rules, "# comment\n\ngrowth-up: {up} ~ <percents> -> growth\n", 3, 19, "'percents' is not a form or dimension"),
        (rules, "growth-up: {up} ~ <percent> -> increase\n", 1, 32, "'increase' is not a kind"),
        (rules, "growth-up: {up} ~ <percent> -> growth twice\n", 1, 39, "unknown flag 'twice'"),
        (rules, "growth-up: {up} ~ percent -> growth\n", 1, 12, "needs a quantity slot"),
        (rules, "a: <percent> <points> -> growth\n", 1, 14, "only one quantity slot"),
        (rules, "a: {rate} ~~!{upward} <percent> -> rate\n", 1, 11, "no word class 'upward'"),
        (rules, "a: {rate} ~~!up <percent> -> rate\n", 1, 11, "only !{class}"),
        (rules, "a: {rate} ~~~ <percent> -> rate\n", 1, 11, "a gap is ~ or ~~"),
        ("claims/words/rate.lex", "率\n增长率      nott\n", 2, 10, "unknown flag 'nott'"),
        (markers, "比 compare\n比较 compare\n", 2, 1, "is not one character"),
        (markers, "# roles\n对 partner partners\n", 2, 11, "'partners' is not one of"),
    ]

    @Test(arguments: Group.of(broken, parts: 2))
    func brokenFileNamesFileLineAndColumn(_ group: Group<(file: String, text: String, line: Int, column: Int, reason: String)>) {
        for c in group.elements { brokenFileNamesFileLineAndColumn(c.file, c.text, c.line, c.column, c.reason) }
    }

    func brokenFileNamesFileLineAndColumn(_ file: String, _ text: String, _ line: Int, _ column: Int, _ reason: String) {
        var files = GrammarFiles.builtIn.files
        files[file] = text
        let name = "\(file) \(text.debugDescription)"
        let error = #expect(throws: GrammarError.self, "\(name)") {
            _ = try ClaimExtractor(grammars: GrammarFiles(files: files, origin: "test"))
        }
        #expect(error?.file == file, "\(name)")
        #expect(error?.line == line, "\(name): \(error?.description ?? "")")
        #expect(error?.column == column, "\(name): \(error?.description ?? "")")
        #expect(error?.reason.contains(reason) == true, "\(name): \(error?.reason ?? "")")
    }

    /// The characters that introduce a partner are data: without 对 in claims/markers.lex,
    /// 欧盟 in 对欧盟出口 is no longer read as the partner.
    @Test func partnerMarkersComeFromTheLexicon() throws {
        let text = Array("2025年，对欧盟出口增长3.1%，向东盟出口增长5.2%。".utf8)
        let partners = try Analyzer().analyze(source: "-", bytes: text).claims.map { $0.subject?.partner }
        #expect(partners == ["欧盟", "东盟"])
        var files = GrammarFiles.builtIn.files
        files["claims/markers.lex"] = files["claims/markers.lex"]!.split(separator: "\n")
            .filter { !$0.hasPrefix("对") }.joined(separator: "\n")
        let without = try Analyzer(grammars: GrammarFiles(files: files, origin: "test")).analyze(source: "-", bytes: text)
        #expect(without.claims.first?.subject?.partner == nil)
        #expect(without.claims.last?.subject?.partner == "东盟")
    }

    /// A class's exceptions are data: without `变动率 not` in words/rate.lex, 变动率 is the
    /// head of a rate.
    @Test func classExceptionsComeFromTheLexicon() throws {
        let text = Array("全年价格变动率为2.1%。".utf8)
        #expect(try Analyzer().analyze(source: "-", bytes: text).claims.map(\.kind) == [.growth])
        var files = GrammarFiles.builtIn.files
        files["claims/words/rate.lex"] = files["claims/words/rate.lex"]!.split(separator: "\n")
            .filter { !$0.hasPrefix("变动率") }.joined(separator: "\n")
        let without = try Analyzer(grammars: GrammarFiles(files: files, origin: "test")).analyze(source: "-", bytes: text)
        #expect(without.claims.map(\.kind) == [.rate])
    }

    /// A gap's excluded classes are data: the rate rule's gap may not hold a noun of change
    /// (变化); without that exclusion, 价格指数同比变化为2.1% reads as a rate.
    @Test func gapExclusionsComeFromTheRules() throws {
        let text = Array("工业生产者价格指数同比变化为2.1%。".utf8)
        #expect(try Analyzer().analyze(source: "-", bytes: text).claims.map(\.kind) == [.growth])
        var files = GrammarFiles.builtIn.files
        let rules = try #require(files["claims/kinds.rules"])
        let rate = "rate:               {rate} ~!{up}!{down}!{growth-gap}!{growth-noun} <percent> -> rate"
        #expect(rules.contains(rate))
        files["claims/kinds.rules"] = rules.replacingOccurrences(of: rate, with: "rate:               {rate} ~ <percent> -> rate")
        let without = try Analyzer(grammars: GrammarFiles(files: files, origin: "test")).analyze(source: "-", bytes: text)
        #expect(without.claims.map(\.kind) == [.rate])
    }

    /// A domain expert's synonym takes effect without touching Swift.
    @Test func aNewWordInAClassChangesTheKind() throws {
        let text = "出口走高3.8%。"
        let before = try Analyzer().analyze(source: "-", bytes: Array(text.utf8))
        #expect(before.claims.first?.rule == "growth-fallback")
        var files = GrammarFiles.builtIn.files
        files["claims/words/up.lex"]! += "走高\n"
        files["claims/words/down.lex"]! += "走低\n"
        let analyzer = try Analyzer(grammars: GrammarFiles(files: files, origin: "test"))
        let after = try analyzer.analyze(source: "-", bytes: Array("出口走高3.8%，进口走低2.1%。".utf8))
        #expect(after.claims.map(\.rule) == ["growth-up", "growth-down"])
        #expect(after.claims.map(\.value) == [ExactDecimal("3.8")!, ExactDecimal("-2.1")!])
    }
}

/// Pinyin glosses and spam are removed from the working text, reported, and the claims
/// around them keep spans in the original.
struct NoiseTests {
    @Test func glossesAndSpamAreReportedAndClaimsKeepTheirSpans() throws {
        let text = "據海關統計，2024年我國貨物貿(mào)易bet365體育在線進(jìn)出口總(zǒng)值43.85萬(wàn)億元，同比增長(zhǎng)5%。"
        let document = try Analyzer().analyze(source: "-", bytes: Array(text.utf8))
        let noise = document.diagnostics.filter { $0.code == "noise-removed" }
        let removed = noise.compactMap { $0.span.map { scalars(text, $0) } }
        #expect(removed == ["(mào)", "bet365體育在線", "(jìn)", "(zǒng)", "(wàn)", "(zhǎng)"])
        let texts = document.claims.map { document.text.originalString($0.range) }
        #expect(texts == ["43.85萬(wàn)億元", "5%"])
        let amount = try #require(document.claims.first)
        #expect(scalars(text, document.text.originalSpan(amount.range)) == "43.85萬(wàn)億元")
        #expect(amount.value == ExactDecimal(4385, exponent: 10))
        #expect(amount.subject?.metric == "进出口")
        // The 365 in the spam is no claim, and 2024 is a date.
        #expect(!document.claims.contains { document.text.originalString($0.range).contains("365") })
    }

    /// Spam is known by its shape, not by a bare word: gaming revenue, lottery sales and
    /// betting turnover in official statistics keep every word; injected adverts go.
    static let spam: [(text: String, removed: [String])] = [
        ("2024年澳门幸运博彩毛收入2,263亿澳门元，按年上升23.9%。", []),
        ("上半年旅客總消費（不包括博彩）為377.9億元，按年上升16.4%。", []),
        ("2025年全国共销售彩票6234.6亿元，其中福利彩票2147.3亿元，体育彩票4087.3亿元。", []),
        ("香港赛马会足球投注额达1340亿港元，增长5.2%。", []),
        ("特区政府博彩税收入为889亿澳门元。", []),
        ("销量增长《幸运快三计划》3.7%。", ["《幸运快三计划》"]),
        ("票房增长【彩名堂】5.9%。", ["【彩名堂】"]),
        ("与去年同期基本持平。皇冠体育在线　贸易顺差6.93万亿元。", ["皇冠体育在线"]),
        ("进出口bet365体育在线总值43.85万亿元。", ["bet365体育在线"]),
        ("出口增长葡京app5.2%。", ["葡京app"]),
    ]

    @Test(arguments: Group.of(spam, parts: 2))
    func spamByItsShape(_ group: Group<(text: String, removed: [String])>) {
        forEachCase(group.elements) { try spamByItsShape($0.text, $0.removed) }
    }

    func spamByItsShape(_ text: String, _ removed: [String]) throws {
        let document = try Analyzer().analyze(source: "-", bytes: Array(text.utf8))
        let noise = document.diagnostics.filter { $0.code == "noise-removed" }.compactMap { $0.span.map { scalars(text, $0) } }
        #expect(noise == removed, "\(text)")
        #expect(!document.claims.isEmpty, "\(text)")
    }

    @Test func glossWithAStraySpace() throws {
        let text = "高質量(liàng )發展，出口增長7.1%。"
        let document = try Analyzer().analyze(source: "-", bytes: Array(text.utf8))
        #expect(document.diagnostics.contains { $0.code == "noise-removed" && $0.span.map { scalars(text, $0) } == "(liàng )" })
        #expect(document.claims.count == 1)
    }
}

/// A line break inside a sentence (web copies and PDFs) is read as nothing: the claims and
/// checks are those of the text without it, and their spans still point at the original.
struct LineJoinTests {
    // After a title line: the text's first line is a heading and stays whole.
    static let whole = "海关总署发布数据\n2025年，我国出口26.99万亿元，增长6.1%。其中，机电产品出口16.03万亿元，占出口总值的59.4%。"

    @Test(arguments: [
        ("inside a number", "26.9\n9万亿元"),
        ("between number and unit", "26.99\n万亿元"),
        ("inside 占…的", "占出口\n总值的"),
        ("inside a subject", "机电\n产品出口"),
        ("with CRLF", "占出口\r\n总值的"),
    ])
    func breakInsideASentence(_ name: String, _ broken: String) throws {
        let plain = broken.replacingOccurrences(of: "\r", with: "").replacingOccurrences(of: "\n", with: "")
        let text = Self.whole.replacingOccurrences(of: plain, with: broken)
        #expect(text != Self.whole, "\(name)")
        let analyzer = try Analyzer()
        let expected = try analyzer.analyze(source: "-", bytes: Array(Self.whole.utf8))
        let document = try analyzer.analyze(source: "-", bytes: Array(text.utf8))
        #expect(document.claims.map(\.kind) == expected.claims.map(\.kind), "\(name)")
        #expect(document.claims.map(\.value) == expected.claims.map(\.value), "\(name)")
        #expect(document.claims.map { $0.subject?.metric } == expected.claims.map { $0.subject?.metric }, "\(name)")
        #expect(document.checks.map { "\($0.relation) \($0.verdict)" } == expected.checks.map { "\($0.relation) \($0.verdict)" }, "\(name)")
        // Spans are the original's: the claim's text there, break and all.
        for claim in document.claims {
            let shown = scalars(text, document.text.originalSpan(claim.range))
            #expect(shown.replacingOccurrences(of: "\r", with: "").replacingOccurrences(of: "\n", with: "") == expected.text.originalString(expected.claims[claim.number].range), "\(name)")
        }
    }

    /// Breaks that end a sentence, a heading or a paragraph stay.
    static let staying = [
        "一、对外贸易\n2025年，我国出口26.99万亿元。",
        "对外贸易情况\n2025年，我国出口26.99万亿元。",
        "2026年访澳旅客近4,000万人次 按年升9%\n统计暨普查局资料显示，2026年全年访澳旅客逾3,950万人次。",
        "2026年11月份规模以上工业增加值增长5.9%　社会消费品零售总额增长3.4%\n国家统计局发布了11月份数据。",
        "一季度GDP增长5.3%，开局良好\n国家统计局发布了一季度数据。",
        "2025年，我国出口26.99万亿元。\n进口18.39万亿元。",
        "2025年，我国出口26.99万亿元，\n\n进口18.39万亿元。",
        "2025年，我国出口26.99万亿元，\n　　进口18.39万亿元。",
        "2025年，我国出口26.99万亿元，\n（二）进口18.39万亿元。",
    ]

    @Test(arguments: Group.of(staying, parts: 2))
    func breaksThatStay(_ group: Group<String>) {
        forEachCase(group.elements) { try breaksThatStay($0) }
    }

    func breaksThatStay(_ text: String) throws {
        let document = try Analyzer().analyze(source: "-", bytes: Array(text.utf8))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(document.text.utf16.filter { $0 == 0x0A }.count == lines - 1, "\(text)")
    }
}

/// The characters whose role the resolver reads are markers.lex's: take a role from one and
/// the text reads otherwise.
struct MarkerRoleTests {
    @Test(arguments: [
        ("比 as year-compare (built in)", nil, "出口比2024年上升5%。", "yoy"),
        ("比 without year-compare", ("比      compare year-compare", "比      compare"), "出口比2024年上升5%。", nil),
        ("较 as year-compare (built in)", nil, "出口较2024年上升5%。", "yoy"),
    ] as [(String, (String, String)?, String, String?)])
    func yearCompareComesFromTheLexicon(_ name: String, _ edit: (String, String)?, _ text: String, _ basis: String?) throws {
        var files = GrammarFiles.builtIn.files
        if let (from, to) = edit {
            let markers = try #require(files["claims/markers.lex"])
            #expect(markers.contains(from), "\(name)")
            files["claims/markers.lex"] = markers.replacingOccurrences(of: from, with: to)
        }
        let analyzer = try Analyzer(grammars: GrammarFiles(files: files, origin: "test"))
        let claims = try analyzer.analyze(source: "-", bytes: Array(text.utf8), checks: false).claims
        let growth = try #require(claims.first { $0.kind == .growth }, "\(name)")
        #expect(growth.basis == basis, "\(name)")
    }
}
