import CICU

/// The working copy the analysis reads: NFKC (full-width ２０２５ and ％ become 2025 and %),
/// Traditional characters replaced by Simplified ones, control characters by spaces — with
/// the origin of every code unit in the original, so spans always point at the input.
public struct NormalizedText: Sendable {
    public let original: DecodedText
    public private(set) var utf16: [UInt16]
    public let script: Script
    /// For each working unit, the original UTF-16 range it came from.
    private var origins: OffsetMap

    /// `twoHalvesFrom`: from how many UTF-16 units the text is normalised in two halves on
    /// two threads (`.max` for never).
    public init(_ original: DecodedText, twoHalvesFrom: Int = NormalizedText.twoHalvesFrom) throws(ICUError) {
        let table = ChineseScriptTable.shared
        let skip = original.byteOrderMarkLength
        let source = original.utf16
        // A large text is done in two halves at once, cut at a line break: NFKC never joins
        // across one.
        let cut = source.count - skip >= twoHalvesFrom ? source.halvesCut(in: skip..<source.count) : nil
        var whole: Piece
        if let cut {
            // The first half's units have room for the second's, appended without a copy of
            // the first (room not written is never touched).
            let room = source.count + source.count / 16 + 16
            let (first, second) = SideBySide.run({ Self.piece(source, skip..<cut, table, room: room) },
                                                 { Self.piece(source, cut..<source.count, table) })
            // Consumed, so that the first half's units are held once and grow in place.
            whole = try (consume first).get()
            let rest = try second.get()
            whole.units += rest.units
            whole.origins.append(rest.origins)
        } else {
            whole = try Self.piece(source, skip..<source.count, table).get()
        }
        whole.origins.trim()
        self.original = original
        utf16 = whole.units
        origins = whole.origins
        self.script = source.withUnsafeBufferPointer { units in
            guard let cut else { return table.script(of: units) }
            // Counted in two halves at once too: a pass over the whole text.
            let (a, b) = SideBySide.run({ table.evidence(in: UnsafeBufferPointer(rebasing: units[..<cut])) },
                                        { table.evidence(in: UnsafeBufferPointer(rebasing: units[cut...])) })
            return table.script(of: (a.traditional + b.traditional, a.simplified + b.simplified))
        }
    }

    /// From how many UTF-16 units a text is normalised in two halves.
    public static let twoHalvesFrom = 1 << 20

    /// A piece is normalised in stretches of about this many units, cut after a line break,
    /// so that only one stretch's origins stand unit by unit before they become runs.
    static let stretch = 1 << 16

    private struct Piece {
        var units: [UInt16]
        var origins: OffsetMap
    }

    /// NFKC of a range of the original, Traditional characters made Simplified and control
    /// characters spaces, with each unit's origin (offsets in the whole original).
    private static func piece(_ source: [UInt16], _ range: Range<Int>, _ table: ChineseScriptTable,
                              room: Int = 0) -> Result<Piece, ICUError> {
        var units: [UInt16] = []
        units.reserveCapacity(max(range.count + range.count / 16 + 16, room))
        var origins = OffsetMap()
        // One stretch's output and origins, reused (grown when NFKC expands a stretch).
        var scratchCapacity = 0
        var working = UnsafeMutablePointer<UInt16>.allocate(capacity: 0)
        var starts = UnsafeMutablePointer<Int32>.allocate(capacity: 0)
        var ends = UnsafeMutablePointer<Int32>.allocate(capacity: 0)
        defer {
            working.deallocate()
            starts.deallocate()
            ends.deallocate()
        }
        let failure: ICUError? = source.withUnsafeBufferPointer { src in
            table.simplified.withUnsafeBufferPointer { simplified in
                var lower = range.lowerBound
                while lower < range.upperBound {
                    let upper = stretchEnd(src, from: lower, in: range)
                    let count = upper - lower
                    // Most text keeps its length under NFKC; expansions (㎡ → m2) get a second pass.
                    var capacity = count + count / 16 + 16
                    var length = 0
                    while true {
                        if capacity > scratchCapacity {
                            working.deallocate(); starts.deallocate(); ends.deallocate()
                            working = .allocate(capacity: capacity)
                            starts = .allocate(capacity: capacity)
                            ends = .allocate(capacity: capacity)
                            scratchCapacity = capacity
                        }
                        var error: Int32 = 0
                        length = Int(sx_nfkc_mapped(src.baseAddress.map { $0 + lower }, Int32(count), working,
                                                    starts, ends, Int32(capacity), &error))
                        if error == icuBufferOverflow, capacity < count * 18 + 16 {
                            capacity = count * 18 + 16
                            continue
                        }
                        do throws(ICUError) {
                            try ICUError.check(error, "unorm2_normalize(NFKC)")
                        } catch {
                            return error
                        }
                        break
                    }
                    var kept = 0
                    for i in 0..<length {
                        let unit = working[i]
                        // ①, ⑴, ❶: a footnote or list mark, left out (NFKC makes ① a 1, and
                        // 卫生健康支出①421.9亿元 1421.9亿元; 同比②增长 must still read 同比增长).
                        if Self.isEnclosedNumber(src[lower + Int(starts[i])]) { continue }
                        if unit >= 0x3400 {
                            working[kept] = simplified[Int(unit)]
                        } else if unit < 0x20, unit != 0x09, unit != 0x0A, unit != 0x0D {
                            working[kept] = 0x20
                        } else {
                            working[kept] = unit
                        }
                        origins.append(start: lower + Int(starts[i]), end: lower + Int(ends[i]))
                        kept += 1
                    }
                    units.append(contentsOf: UnsafeBufferPointer(start: working, count: kept))
                    lower = upper
                }
                return nil
            }
        }
        if let failure { return .failure(failure) }
        return .success(Piece(units: units, origins: origins))
    }

    /// Circled, parenthesised and full-stop numbers (① ⑴ ⒈ ⓪ ❶ ㉑ ㊱): marks, which NFKC would make digits.
    static func isEnclosedNumber(_ unit: UInt16) -> Bool {
        (0x2460...0x24FF).contains(unit) || (0x2776...0x2793).contains(unit) || (0x3251...0x325F).contains(unit) || (0x32B1...0x32BF).contains(unit)
    }

    /// Where the stretch from `lower` ends: after the last line break within `stretch` units,
    /// else after the first one past them, else at the end of the range.
    private static func stretchEnd(_ units: UnsafeBufferPointer<UInt16>, from lower: Int, in range: Range<Int>) -> Int {
        let limit = lower + stretch
        guard limit < range.upperBound else { return range.upperBound }
        var k = limit
        while k > lower, units[k - 1] != 0x0A { k -= 1 }
        if k > lower { return k }
        k = limit
        while k < range.upperBound, units[k] != 0x0A { k += 1 }
        return min(k + 1, range.upperBound)
    }

    /// Takes some working ranges (noise) out of the text, every other unit keeping its
    /// origin. The units in place: a copy of a large text was memory first touched.
    public mutating func remove(_ ranges: [Range<Int>]) {
        guard !ranges.isEmpty else { return }
        let count = utf16.count
        // The runs between the ranges (sorted, overlaps merged), moved down over them.
        var kept: [Range<Int>] = []
        var start = 0
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            let lower = min(max(range.lowerBound, 0), count)
            if lower > start { kept.append(start..<lower) }
            start = max(start, min(range.upperBound, count))
        }
        if start < count { kept.append(start..<count) }
        func compact<T>(_ array: inout [T]) {
            array.withUnsafeMutableBufferPointer { units in
                var to = 0
                for run in kept {
                    if run.lowerBound != to { for from in run { units[to + from - run.lowerBound] = units[from] } }
                    to += run.count
                }
            }
            array.removeSubrange(kept.reduce(0) { $0 + $1.count }...)
        }
        compact(&utf16)
        origins = origins.keeping(kept)
        origins.trim()
    }

    /// The original UTF-16 range that a working range came from.
    public func originalUTF16Range(_ range: Range<Int>) -> Range<Int> {
        if range.isEmpty {
            let at = range.lowerBound < origins.count ? origins.start(range.lowerBound) : original.utf16.count
            return at..<at
        }
        return origins.start(range.lowerBound)..<origins.end(range.upperBound - 1)
    }

    /// The span in the original (Unicode scalar offsets) of a working range.
    public func originalSpan(_ range: Range<Int>) -> Span {
        original.span(utf16: originalUTF16Range(range))
    }

    /// The original text of a working range.
    public func originalString(_ range: Range<Int>) -> String {
        original.string(utf16: originalUTF16Range(range))
    }

    /// The working text of a range (for display and tests; analysis reads `utf16`).
    public func string(_ range: Range<Int>) -> String {
        utf16.withUnsafeBufferPointer { String(utf16Units: UnsafeBufferPointer(rebasing: $0[range])) }
    }
}
