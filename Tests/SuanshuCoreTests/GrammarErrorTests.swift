import Testing
@testable import SuanshuCore

/// A mistake in a grammar file is reported with its file, line and column.
struct GrammarErrorTests {
    static func grammars(replacing path: String, with text: String) -> GrammarFiles {
        var files = GrammarFiles.builtIn.files
        files[path] = text
        return GrammarFiles(files: files, origin: "test")
    }

    static let brokenLexicons: [(path: String, text: String, line: Int, column: Int, reason: String)] = [
        ("numbers/units.lex", "元  code=CNY dimension=money\n美元  code=USD  dimension=\n", 2, 15, "is not key=value"),
        ("numbers/qualifiers.lex", "# comment\n超过  qualifier=over position=before\n近  qualifier=nearish position=before\n", 3, 4, "qualifier=nearish is not one of"),
        ("numbers/forms.lex", "%  form=percent\n%  form=percent\n", 2, 1, "listed twice"),
        ("numbers/numerals.lex", "一  digit=one\n", 1, 4, "not a whole number"),
        ("numbers/units.lex", "元  dimension=money\n", 1, 1, "needs code="),
        ("numbers/before-number.lex", "第  ordinal\n第一  ordinal\n", 2, 1, "is not one character"),
        ("numbers/before-number.lex", "第  cardinal\n", 1, 4, "'cardinal' is not one of"),
    ]

    @Test func brokenLexiconNamesFileLineAndColumn() {
        for c in Self.brokenLexicons { brokenLexiconNamesFileLineAndColumn(c.path, c.text, c.line, c.column, c.reason) }
    }

    func brokenLexiconNamesFileLineAndColumn(_ path: String, _ text: String, _ line: Int, _ column: Int, _ reason: String) {
        let name = "\(path) \(text.debugDescription)"
        let error = #expect(throws: GrammarError.self, "\(name)") {
            _ = try NumberEngine(grammars: Self.grammars(replacing: path, with: text))
        }
        #expect(error?.file == path, "\(name)")
        #expect(error?.line == line, "\(name)")
        #expect(error?.column == column, "\(name)")
        #expect(error?.description.hasPrefix("\(path):\(line):\(column): ") == true, "\(name): \(error?.description ?? "")")
        #expect(error?.reason.contains(reason) == true, "\(name): \(error?.reason ?? "")")
    }

    static let brokenRules: [(path: String, text: String, line: Int, reason: String)] = [
        ("checks/sums.rules", "进出口 = 出口 + 进口\n进出口 = 出口\n", 2, "at least two parts"),
        ("checks/within.rules", "# comment\n进口 <= 进出口\n进口 < 进出口\n", 3, "PART <= WHOLE"),
        ("checks/within.rules", "进口 <=\n", 1, "PART <= WHOLE"),
        ("checks/partitions.rules", "ignore 本级\n全国 = 中央 + 地方\n全国 = 中央\n", 3, "[WHOLE] = MEMBER + MEMBER"),
        ("checks/partitions.rules", "= 城镇 + \n", 1, "[WHOLE] = MEMBER + MEMBER"),
        ("checks/words.lex", "其中  role=breakdown\n有有  role=among-part\n", 2, "is not one character"),
        ("checks/words.lex", "# comment\n其中\n", 2, "needs role="),
        ("checks/words.lex", "其中  role=whole\n", 1, "role=whole is not one of"),
        ("claims/roles.lex", "其中  role=breakdown\n下同  role=below\n", 2, "role=below is not one of"),
        ("claims/roles.lex", "其中\n", 1, "needs role=breakdown, role=same-below or role=compared-close"),
        ("claims/currency.lex", "港元  code=HKD\n港币\n", 2, "needs code="),
    ]

    @Test(arguments: Group.of(brokenRules, parts: 2))
    func brokenRulesAndLexiconsNameFileAndLine(_ group: Group<(path: String, text: String, line: Int, reason: String)>) {
        for c in group.elements { brokenRulesAndLexiconsNameFileAndLine(c.path, c.text, c.line, c.reason) }
    }

    func brokenRulesAndLexiconsNameFileAndLine(_ path: String, _ text: String, _ line: Int, _ reason: String) {
        let name = "\(path) \(text.debugDescription)"
        // Through the whole analyzer: whichever layer reads the file reports it.
        let error = #expect(throws: GrammarError.self, "\(name)") {
            _ = try Analyzer(grammars: Self.grammars(replacing: path, with: text))
        }
        #expect(error?.file == path, "\(name)")
        #expect(error?.line == line, "\(name): \(error?.description ?? "")")
        #expect(error?.reason.contains(reason) == true, "\(name): \(error?.reason ?? "")")
    }

    @Test func missingFileIsNamed() {
        var files = GrammarFiles.builtIn.files
        files["numbers/units.lex"] = nil
        let error = #expect(throws: GrammarError.self) {
            _ = try NumberEngine(grammars: GrammarFiles(files: files, origin: "test"))
        }
        #expect(error?.file == "numbers/units.lex")
    }
}
