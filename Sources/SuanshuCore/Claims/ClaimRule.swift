/// One line of kinds.rules: a pattern of words around a quantity and the claim it makes.
/// A class, so the matcher passes rules around without copying their patterns.
final class ClaimRule: Sendable {
    indirect enum Element: Sendable {
        case literal([UInt16])
        /// A word of a class, by its place in `ClaimGrammar.classes`.
        case word(Int)
        /// Up to so many characters, none of them a word of the classes given (by place).
        case gap(Int, excluding: [Int])
        /// Another figure of the sentence, whole (`#`): 占移动基站总数1256.6万个的36.2%.
        case figure
        case optional(Element)
    }

    let name: String
    let before: [Element]
    /// Forms or dimensions the quantity must have, as bits of `slotBits`; all ones for any.
    let filter: UInt32
    let after: [Element]
    let kind: ClaimKind
    let negate: Bool
    let times100: Bool
    let extend: Bool
    let fallback: Bool
    let likePrevious: Bool
    let prior: Bool
    /// The figure restates the one of the same form before it in the sentence: its kind and
    /// its sign. The rule does not apply when there is none.
    let restates: Bool
    /// When no other figure of the sentence decides, the kind the same figure was given where
    /// the document stated it earlier (上年末是66.16% after 城镇化率是66.16%).
    let likeEarlier: Bool
    /// Like `likePrevious`, and when its own sentence has no figure of its form before it, the
    /// kind of the last one of the sentence right before (病床使用率78.9%。其中，公立医院84.1%).
    let likeSentenceBefore: Bool
    /// No word says which way the change went (收窄1.2个百分点 with no 增速 or 降幅 before it):
    /// checks compare its size only.
    let unsigned: Bool

    static let flagNames = ["negate", "times100", "extend", "fallback", "like-previous", "prior", "restates", "like-earlier", "unsigned", "like-sentence-before"]

    init(name: String, before: [Element], filter: UInt32, after: [Element], kind: ClaimKind, flags: Set<String>) {
        self.name = name
        self.before = before
        self.filter = filter
        self.after = after
        self.kind = kind
        negate = flags.contains("negate")
        times100 = flags.contains("times100")
        extend = flags.contains("extend")
        fallback = flags.contains("fallback")
        likePrevious = flags.contains("like-previous")
        prior = flags.contains("prior")
        restates = flags.contains("restates")
        likeEarlier = flags.contains("like-earlier")
        likeSentenceBefore = flags.contains("like-sentence-before")
        unsigned = flags.contains("unsigned")
    }

    static let shortGap = 6
    static let longGap = 24

    /// Parses kinds.rules. Classes must be known; errors name file, line and column.
    static func parse(file: String, text: String, classes: [String]) throws(GrammarError) -> [ClaimRule] {
        var rules: [ClaimRule] = []
        // Split as bytes: splitting the file's Characters (comments and all) cost more than
        // reading its rules.
        for (index, rawLine) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            guard let first = rawLine.first(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }),
                  first != UInt8(ascii: "#") else { continue }
            let line = String(Substring(rawLine))
            func fail(_ column: Int, _ reason: String) -> GrammarError {
                GrammarError(file: file, line: lineNumber, column: column, reason: reason)
            }
            guard let colon = line.firstIndex(of: ":") else { throw fail(1, "a rule is NAME: PATTERN -> KIND") }
            let name = line[..<colon].trimmingSpaces
            guard !name.isEmpty, !name.contains(" ") else { throw fail(1, "a rule needs a one-word name before ':'") }
            let rest = line[line.index(after: colon)...]
            guard let arrow = rest.firstRange(of: "->") else { throw fail(column(line, colon) + 1, "no '->' before the kind") }
            var before: [Element] = []
            var after: [Element] = []
            var filter = UInt32.max
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
                        filter = 0
                        for name in inside.split(separator: "|").map(String.init) {
                            guard let bit = slotBits[name] else {
                                throw fail(col, "'\(name)' is not a form or dimension (\(slotBits.keys.sorted().joined(separator: " ")))")
                            }
                            filter |= bit
                        }
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
                if text.hasPrefix("~") {
                    // ~ or ~~, then !{class} for each class whose words the gap must not hold.
                    let tildes = text.prefix { $0 == "~" }
                    guard tildes.count <= 2 else { throw fail(col, "'\(field)': a gap is ~ or ~~") }
                    var excluding: [Int] = []
                    var rest = text.dropFirst(tildes.count)
                    while !rest.isEmpty {
                        guard rest.hasPrefix("!{"), let close = rest.firstIndex(of: "}") else {
                            throw fail(col, "'\(field)': after a gap, only !{class} (a class its words must not be)")
                        }
                        let name = String(rest[rest.index(rest.startIndex, offsetBy: 2)..<close])
                        guard let index = classes.firstIndex(of: name) else { throw fail(col, "no word class '\(name)' (words/\(name).lex)") }
                        excluding.append(index)
                        rest = rest[rest.index(after: close)...]
                    }
                    element = .gap(tildes.count == 1 ? shortGap : longGap, excluding: excluding)
                } else if text == "#" {
                    element = .figure
                } else if text.hasPrefix("{") {
                    guard text.hasSuffix("}") else { throw fail(col, "'\(field)' has no closing '}'") }
                    let name = String(text.dropFirst().dropLast())
                    guard let index = classes.firstIndex(of: name) else { throw fail(col, "no word class '\(name)' (words/\(name).lex)") }
                    element = .word(index)
                } else {
                    do { element = .literal(try workingForm(String(text))) } catch { throw fail(col, "\(error)") }
                }
                if optional { element = .optional(element) }
                if sawSlot { after.append(element) } else { before.append(element) }
            }
            guard sawSlot else { throw fail(column(line, rest.startIndex) + 1, "a rule needs a quantity slot <…>") }
            let production = fields(line, arrow.upperBound..<line.endIndex)
            guard let (kindName, kindAt) = production.first else { throw fail(column(line, arrow.upperBound), "no kind after '->'") }
            guard let kind = ClaimKind(rawValue: kindName) else {
                throw fail(column(line, kindAt), "'\(kindName)' is not a kind (\(ClaimKind.allCases.map(\.rawValue).joined(separator: " ")))")
            }
            var flags: Set<String> = []
            for (flag, at) in production.dropFirst() {
                guard flagNames.contains(flag) else {
                    throw fail(column(line, at), "unknown flag '\(flag)' (\(flagNames.joined(separator: " ")))")
                }
                flags.insert(flag)
            }
            rules.append(ClaimRule(name: String(name), before: before, filter: filter, after: after, kind: kind, flags: flags))
        }
        return rules
    }

    /// The names a slot may give, each a bit.
    static let slotBits: [String: UInt32] = Dictionary(uniqueKeysWithValues: [
        "percent", "points", "multiple", "doubling", "ordinal", "plain", "money", "mass", "energy", "power", "volume",
        "area", "length", "container", "count", "duration", "amount", "bare", "age",
    ].enumerated().map { ($1, UInt32(1) << UInt32($0)) })

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
