/// One line of Grammars/checks/rate-shares.rules: a rate that is a part over a whole
/// (城镇化率 = 城镇常住人口 / 人口).
struct RateShareRule: Sendable {
    var rate: String
    var part: String
    var whole: String
    var line: Int

    static func parse(file: String, text: String) throws(GrammarError) -> [RateShareRule] {
        var rules: [RateShareRule] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingSpaces
            if line.isEmpty || line.hasPrefix("#") { continue }
            let sides = line.split(separator: "=", omittingEmptySubsequences: false)
            let terms = sides.count == 2 ? sides[1].split(separator: "/", omittingEmptySubsequences: false).map { String($0.trimmingSpaces) } : []
            guard sides.count == 2, terms.count == 2, !terms.contains(where: \.isEmpty), !sides[0].trimmingSpaces.isEmpty else {
                throw GrammarError(file: file, line: index + 1, column: 1, reason: "a rate share is RATE = PART / WHOLE")
            }
            do {
                func normal(_ s: some StringProtocol) throws -> String { String(decoding: try workingForm(String(s)), as: UTF16.self) }
                rules.append(RateShareRule(rate: try normal(sides[0].trimmingSpaces), part: try normal(terms[0]), whole: try normal(terms[1]), line: index + 1))
            } catch {
                throw GrammarError(file: file, line: index + 1, column: 1, reason: "\(error)")
            }
        }
        return rules
    }
}
