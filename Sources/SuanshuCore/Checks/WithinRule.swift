/// One line of Grammars/checks/within.rules: counts said of `part` are at most the same
/// count said of `whole`.
struct WithinRule: Sendable {
    var part: String
    var whole: String
    /// Its line in the file, for a check's evidence.
    var line: Int = 0

    static func parse(file: String, text: String) throws(GrammarError) -> [WithinRule] {
        var rules: [WithinRule] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingSpaces
            if line.isEmpty || line.hasPrefix("#") { continue }
            let sides = line.split(separator: "<=", omittingEmptySubsequences: false).map { String($0.trimmingSpaces) }
            guard sides.count == 2, !sides[0].isEmpty, !sides[1].isEmpty, !sides.contains(where: { $0.contains(" ") }) else {
                throw GrammarError(file: file, line: index + 1, column: 1, reason: "a rule is PART <= WHOLE")
            }
            do {
                rules.append(WithinRule(part: String(decoding: try workingForm(sides[0]), as: UTF16.self),
                                        whole: String(decoding: try workingForm(sides[1]), as: UTF16.self), line: index + 1))
            } catch {
                throw GrammarError(file: file, line: index + 1, column: 1, reason: "\(error)")
            }
        }
        return rules
    }
}
