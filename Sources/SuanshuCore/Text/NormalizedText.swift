import CICU

/// The working copy the analysis reads: NFKC (full-width ２０２５ and ％ become 2025 and %),
/// Traditional characters replaced by Simplified ones, control characters by spaces — with
/// the origin of every code unit in the original, so spans always point at the input.
public struct NormalizedText: Sendable {
    public let original: DecodedText
    public private(set) var utf16: [UInt16]
    public let script: Script
    /// For each working unit, the original UTF-16 range it came from.
    private var originStart: [Int32]
    private var originEnd: [Int32]

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
            // The first half's arrays have room for the second's, appended without a copy
            // of the first (room not written is never touched).
            let room = source.count + source.count / 16 + 16
            let (first, second) = SideBySide.run({ Self.piece(source, skip..<cut, table, room: room) },
                                                 { Self.piece(source, cut..<source.count, table) })
            // Consumed, so that the first half's arrays are held once and grow in place.
            whole = try (consume first).get()
            let rest = try second.get()
            whole.units += rest.units
            whole.start += rest.start
            whole.end += rest.end
        } else {
            whole = try Self.piece(source, skip..<source.count, table).get()
        }
        self.original = original
        utf16 = whole.units
        originStart = whole.start
        originEnd = whole.end
        self.script = source.withUnsafeBufferPointer { table.script(of: $0) }
    }

    /// From how many UTF-16 units a text is normalised in two halves.
    public static let twoHalvesFrom = 1 << 20

    private struct Piece {
        var units: [UInt16]
        var start: [Int32]
        var end: [Int32]
    }

    /// NFKC of a range of the original, Traditional characters made Simplified and control
    /// characters spaces, with each unit's origin (offsets in the whole original).
    private static func piece(_ source: [UInt16], _ range: Range<Int>, _ table: ChineseScriptTable,
                              room: Int = 0) -> Result<Piece, ICUError> {
        let count = range.count
        // Most text keeps its length under NFKC; expansions (㎡ → m2) get a second pass.
        var capacity = count + count / 16 + 16
        var working: [UInt16] = []
        var start: [Int32] = []
        var end: [Int32] = []
        while true {
            var error: Int32 = 0
            var length = 0
            // Written by ICU in place: only what it writes is initialised (and touched).
            let allocated = max(capacity, room)
            working = [UInt16](unsafeUninitializedCapacity: allocated) { units, unitCount in
                start = [Int32](unsafeUninitializedCapacity: allocated) { starts, startCount in
                    end = [Int32](unsafeUninitializedCapacity: allocated) { ends, endCount in
                        length = source.withUnsafeBufferPointer { src in
                            Int(sx_nfkc_mapped(src.baseAddress.map { $0 + range.lowerBound }, Int32(count), units.baseAddress!,
                                               starts.baseAddress!, ends.baseAddress!, Int32(capacity), &error))
                        }
                        endCount = error > 0 ? 0 : length
                    }
                    startCount = error > 0 ? 0 : length
                }
                unitCount = error > 0 ? 0 : length
            }
            if error == icuBufferOverflow, capacity < count * 18 + 16 {
                capacity = count * 18 + 16
                continue
            }
            do throws(ICUError) {
                try ICUError.check(error, "unorm2_normalize(NFKC)")
            } catch {
                return .failure(error)
            }
            break
        }
        let offset = Int32(range.lowerBound)
        // Through pointers: element writes to three arrays checked each one's uniqueness
        // every time, a fifth of this stage.
        table.simplified.withUnsafeBufferPointer { simplified in
            working.withUnsafeMutableBufferPointer { working in
                for i in working.indices {
                    let unit = working[i]
                    if unit >= 0x3400 {
                        working[i] = simplified[Int(unit)]
                    } else if unit < 0x20, unit != 0x09, unit != 0x0A, unit != 0x0D {
                        working[i] = 0x20
                    }
                }
            }
        }
        if offset != 0 {
            start.withUnsafeMutableBufferPointer { for i in $0.indices { $0[i] += offset } }
            end.withUnsafeMutableBufferPointer { for i in $0.indices { $0[i] += offset } }
        }
        return .success(Piece(units: working, start: start, end: end))
    }

    /// Takes some working ranges (noise) out of the text, every other unit keeping its
    /// origin. In place: a copy of a large text's three arrays was a tenth of a second of
    /// memory first touched.
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
        compact(&originStart)
        compact(&originEnd)
    }

    private init(original: DecodedText, utf16: [UInt16], script: Script, originStart: [Int32], originEnd: [Int32]) {
        self.original = original
        self.utf16 = utf16
        self.script = script
        self.originStart = originStart
        self.originEnd = originEnd
    }

    /// The original UTF-16 range that a working range came from.
    public func originalUTF16Range(_ range: Range<Int>) -> Range<Int> {
        if range.isEmpty {
            let at = range.lowerBound < originStart.count ? Int(originStart[range.lowerBound]) : original.utf16.count
            return at..<at
        }
        return Int(originStart[range.lowerBound])..<Int(originEnd[range.upperBound - 1])
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
