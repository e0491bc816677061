/// Finds the line breaks inside sentences (a web copy or a PDF breaks lines anywhere), to be
/// taken out of the working text so that numbers, units and rules read across them. Which
/// breaks end a sentence is data: Grammars/text/line-joins.lex.
struct LineJoiner: Sendable {
    private let ends: UnitSet
    private let closers: UnitSet
    private let pauses: UnitSet
    private let itemNumbers: UnitSet
    private let itemEnds: UnitSet
    /// A line shorter than this without a pause mark is a heading (headlines run to about 50
    /// characters: 2026年11月份规模以上工业增加值增长5.9%　社会消费品零售总额增长3.4%); so is
    /// the text's first line, pause marks and all (一季度GDP增长5.3%，开局良好).
    static let headingLength = 60

    init(grammars: GrammarFiles) throws {
        let roles = try Lexicon(grammars, "text/line-joins.lex").characterRoles(["end", "close", "pause", "item-number", "item-end"])
        (ends, closers, pauses, itemNumbers, itemEnds) = (roles["end"]!, roles["close"]!, roles["pause"]!, roles["item-number"]!, roles["item-end"]!)
    }

    /// The working ranges of the breaks to read as nothing (LF, CR or CRLF), in order.
    func breaksInsideSentences(_ text: NormalizedText) -> [Range<Int>] {
        text.utf16.withUnsafeBufferPointer { units in
            var found: [Range<Int>] = []
            var lineStart = 0
            var i = 0
            let n = units.count
            while i < n {
                let unit = units[i]
                guard unit == 0x0A || unit == 0x0D else { i += 1; continue }
                let breakEnd = unit == 0x0D && i + 1 < n && units[i + 1] == 0x0A ? i + 2 : i + 1
                if joins(units, line: lineStart..<i, next: breakEnd) { found.append(i..<breakEnd) }
                lineStart = breakEnd
                i = breakEnd
            }
            return found
        }
    }

    private func joins(_ units: UnsafeBufferPointer<UInt16>, line: Range<Int>, next: Int) -> Bool {
        // The last character of the line, through closing quotes and brackets.
        var last = line.upperBound - 1
        while last >= line.lowerBound, isSpace(units[last]) { last -= 1 }
        guard last >= line.lowerBound, next < units.count else { return false }
        var mark = last
        while mark > line.lowerBound, closers.contains(units[mark]) { mark -= 1 }
        if ends.contains(units[mark]) { return false }
        // The next line: blank, indented (a new paragraph), or a numbered item.
        let first = units[next]
        if first == 0x0A || first == 0x0D || isSpace(first) { return false }
        if startsItem(units, at: next) { return false }
        // No Latin letter on either side: there a break is a space between words.
        if isLatin(units[last]) || isLatin(first) { return false }
        // A heading: short, and the first line, numbered (一、居民收入情况) or without a pause
        // mark (a comma inside a number, 4,000, is none).
        if line.count < Self.headingLength,
           line.lowerBound == firstLineStart(units) || startsItem(units, at: line.lowerBound) || !line.contains(where: { isPause(units, $0) }) {
            return false
        }
        return true
    }

    private func isPause(_ units: UnsafeBufferPointer<UInt16>, _ i: Int) -> Bool {
        guard pauses.contains(units[i]) else { return false }
        let digit: (Int) -> Bool = { $0 >= 0 && $0 < units.count && (0x30...0x39).contains(units[$0]) }
        return !(units[i] == 0x2C && digit(i - 1) && digit(i + 1))
    }

    /// Where the text's first line with anything on it starts.
    private func firstLineStart(_ units: UnsafeBufferPointer<UInt16>) -> Int {
        var i = 0
        while i < units.count, units[i] == 0x0A || units[i] == 0x0D || isSpace(units[i]) || units[i] == 0xFEFF { i += 1 }
        return i
    }

    /// 一、 1. （一） (1) at `i`.
    private func startsItem(_ units: UnsafeBufferPointer<UInt16>, at i: Int) -> Bool {
        var j = i
        let bracketed = units[j] == 0x28 || units[j] == 0xFF08
        if bracketed { j += 1 }
        let numberStart = j
        while j < units.count, j - numberStart < 4, itemNumbers.contains(units[j]) { j += 1 }
        guard j > numberStart, j < units.count else { return false }
        if bracketed { return units[j] == 0x29 || units[j] == 0xFF09 }
        // 1. is an item; 1.5 is a number.
        guard itemEnds.contains(units[j]) else { return false }
        return !(units[j] == 0x2E && j + 1 < units.count && (0x30...0x39).contains(units[j + 1]))
    }

    private func isSpace(_ unit: UInt16) -> Bool { unit == 0x20 || unit == 0x09 || unit == 0x3000 }
    private func isLatin(_ unit: UInt16) -> Bool { (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit) }
}
