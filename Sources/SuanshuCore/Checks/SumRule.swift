/// One line of Grammars/checks/sums.rules: a whole and its parts.
struct SumRule: Sendable {
    var whole: String
    var parts: [String]
    /// Its line in the file, for a check's evidence.
    var line: Int = 0

    static func parse(file: String, text: String) throws(GrammarError) -> [SumRule] {
        var rules: [SumRule] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingSpaces
            if line.isEmpty || line.hasPrefix("#") { continue }
            let sides = line.split(separator: "=", omittingEmptySubsequences: false)
            guard sides.count == 2 else {
                throw GrammarError(file: file, line: index + 1, column: 1, reason: "a sum is WHOLE = PART + PART")
            }
            let whole = String(sides[0].trimmingSpaces)
            let parts = sides[1].split(separator: "+", omittingEmptySubsequences: false).map { String($0.trimmingSpaces) }
            guard !whole.isEmpty, parts.count >= 2, !parts.contains(where: \.isEmpty) else {
                let column = line.distance(from: line.startIndex, to: sides[1].startIndex) + 1
                throw GrammarError(file: file, line: index + 1, column: column, reason: "a sum needs a whole and at least two parts")
            }
            do {
                let normal = try workingForm(whole)
                rules.append(SumRule(whole: String(decoding: normal, as: UTF16.self),
                                     parts: try parts.map { String(decoding: try workingForm($0), as: UTF16.self) }, line: index + 1))
            } catch {
                throw GrammarError(file: file, line: index + 1, column: 1, reason: "\(error)")
            }
        }
        return rules
    }
}
