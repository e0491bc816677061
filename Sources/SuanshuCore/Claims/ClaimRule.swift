/// One line of kinds.rules: a pattern of words around a quantity and the claim it makes.
struct ClaimRule: Sendable {
    indirect enum Element: Sendable {
        case literal([UInt16])
        case word(String)
        case gap(Int)
        case optional(Element)
    }

    var name: String
    var before: [Element]
    /// Forms or dimensions the quantity must have; nil for any.
    var filter: Set<String>?
    var after: [Element]
    var kind: ClaimKind
    var negate = false
    var times100 = false
    var extend = false
    var fallback = false
    var likePrevious = false

    static let shortGap = 6
    static let longGap = 24

    /// Parses kinds.rules. Classes must be known; errors name file, line and column.
    static func parse(file: String, text: String, classes: Set<String>) throws(GrammarError) -> [ClaimRule] {
        var rules: [ClaimRule] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            let line = String(rawLine)
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            func fail(_ column: Int, _ reason: String) -> GrammarError {
                GrammarError(file: file, line: lineNumber, column: column, reason: reason)
            }
            guard let colon = line.firstIndex(of: ":") else { throw fail(1, "a rule is NAME: PATTERN -> KIND") }
            let name = line[..<colon].trimmingSpaces
            guard !name.isEmpty, !name.contains(" ") else { throw fail(1, "a rule needs a one-word name before ':'") }
            let rest = line[line.index(after: colon)...]
            guard let arrow = rest.firstRange(of: "->") else { throw fail(column(line, colon) + 1, "no '->' before the kind") }
            var rule = ClaimRule(name: String(name), before: [], filter: nil, after: [], kind: .amount)
            var sawSlot = false
            for (field, at) in fields(line, rest.startIndex..<arrow.lowerBound) {
                let col = column(line, at)
                if field.hasPrefix("<") {
                    guard field.hasSuffix(">"), !sawSlot else {
                        throw fail(col, sawSlot ? "only one quantity slot <…> a rule" : "'\(field)' has no closing '>'")
                    }
                    sawSlot = true
                    let inside = field.dropFirst().dropLast()
                    if inside != "*" {
                        let names = Set(inside.split(separator: "|").map(String.init))
                        if let unknown = names.first(where: { !slotNames.contains($0) }) {
                            throw fail(col, "'\(unknown)' is not a form or dimension (\(slotNames.sorted().joined(separator: " ")))")
                        }
                        rule.filter = names
                    }
                    continue
                }
                var text = Substring(field)
                var optional = false
                if text.hasSuffix("?"), text.count > 1 {
                    optional = true
                    text = text.dropLast()
                }
                var element: Element
                if text == "~" {
                    element = .gap(shortGap)
                } else if text == "~~" {
                    element = .gap(longGap)
                } else if text.hasPrefix("{") {
                    guard text.hasSuffix("}") else { throw fail(col, "'\(field)' has no closing '}'") }
                    let name = String(text.dropFirst().dropLast())
                    guard classes.contains(name) else { throw fail(col, "no word class '\(name)' (words/\(name).lex)") }
                    element = .word(name)
                } else {
                    do { element = .literal(try workingForm(String(text))) } catch { throw fail(col, "\(error)") }
                }
                if optional { element = .optional(element) }
                if sawSlot { rule.after.append(element) } else { rule.before.append(element) }
            }
            guard sawSlot else { throw fail(column(line, rest.startIndex) + 1, "a rule needs a quantity slot <…>") }
            let production = fields(line, arrow.upperBound..<line.endIndex)
            guard let (kindName, kindAt) = production.first else { throw fail(column(line, arrow.upperBound), "no kind after '->'") }
            guard let kind = ClaimKind(rawValue: kindName) else {
                throw fail(column(line, kindAt), "'\(kindName)' is not a kind (\(ClaimKind.allCases.map(\.rawValue).joined(separator: " ")))")
            }
            rule.kind = kind
            for (flag, at) in production.dropFirst() {
                switch flag {
                case "negate": rule.negate = true
                case "times100": rule.times100 = true
                case "extend": rule.extend = true
                case "fallback": rule.fallback = true
                case "like-previous": rule.likePrevious = true
                default: throw fail(column(line, at), "unknown flag '\(flag)' (negate times100 extend fallback like-previous)")
                }
            }
            rules.append(rule)
        }
        return rules
    }

    static let slotNames: Set<String> = ["percent", "points", "multiple", "doubling", "ordinal", "plain", "money", "mass",
                                         "energy", "power", "volume", "area", "length", "container", "count", "duration"]

    /// Fields separated by spaces, with where each starts.
    private static func fields(_ line: String, _ range: Range<String.Index>) -> [(String, String.Index)] {
        var out: [(String, String.Index)] = []
        var start: String.Index?
        var i = range.lowerBound
        while i < range.upperBound {
            if line[i] == " " || line[i] == "\t" {
                if let s = start { out.append((String(line[s..<i]), s)); start = nil }
            } else if start == nil {
                start = i
            }
            i = line.index(after: i)
        }
        if let s = start { out.append((String(line[s..<range.upperBound]), s)) }
        return out
    }

    /// The column (from 1, in characters) of an index.
    private static func column(_ line: String, _ index: String.Index) -> Int {
        line.distance(from: line.startIndex, to: index) + 1
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while s.first == " " || s.first == "\t" { s = s.dropFirst() }
        while s.last == " " || s.last == "\t" { s = s.dropLast() }
        return s
    }
}
