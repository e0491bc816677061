import CICU

/// The working copy the analysis reads: NFKC (full-width ２０２５ and ％ become 2025 and %),
/// Traditional characters replaced by Simplified ones, control characters by spaces — with
/// the origin of every code unit in the original, so spans always point at the input.
public struct NormalizedText: Sendable {
    public let original: DecodedText
    public let utf16: [UInt16]
    public let script: Script
    /// For each working unit, the original UTF-16 range it came from.
    private let originStart: [Int32]
    private let originEnd: [Int32]

    /// `twoHalvesFrom`: from how many UTF-16 units the text is normalised in two halves on
    /// two threads (`.max` for never).
    public init(_ original: DecodedText, twoHalvesFrom: Int = NormalizedText.twoHalvesFrom) throws(ICUError) {
        let table = ChineseScriptTable.shared
        let skip = original.byteOrderMarkLength
        let source = original.utf16
        // A large text is done in two halves at once, cut at a line break: NFKC never joins
        // across one.
        var cut: Int?
        if source.count - skip >= twoHalvesFrom {
            cut = source[(skip + (source.count - skip) / 2)...].firstIndex(of: 0x0A).map { $0 + 1 }
        }
        let pieces: [Result<Piece, ICUError>]
        if let cut, cut < source.count {
            let (first, second) = SideBySide.run({ Self.piece(source, skip..<cut, table) }, { Self.piece(source, cut..<source.count, table) })
            pieces = [first, second]
        } else {
            pieces = [Self.piece(source, skip..<source.count, table)]
        }
        var working: [UInt16] = []
        var start: [Int32] = []
        var end: [Int32] = []
        for piece in pieces {
            let piece = try piece.get()
            if working.isEmpty {
                (working, start, end) = (piece.units, piece.start, piece.end)
            } else {
                working += piece.units
                start += piece.start
                end += piece.end
            }
        }
        self.original = original
        self.utf16 = working
        self.originStart = start
        self.originEnd = end
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
    private static func piece(_ source: [UInt16], _ range: Range<Int>, _ table: ChineseScriptTable) -> Result<Piece, ICUError> {
        let count = range.count
        // Most text keeps its length under NFKC; expansions (㎡ → m2) get a second pass.
        var capacity = count + count / 16 + 16
        var working: [UInt16] = []
        var start: [Int32] = []
        var end: [Int32] = []
        while true {
            working = [UInt16](repeating: 0, count: capacity)
            start = [Int32](repeating: 0, count: capacity)
            end = [Int32](repeating: 0, count: capacity)
            var error: Int32 = 0
            let length = source.withUnsafeBufferPointer { src in
                sx_nfkc_mapped(src.baseAddress.map { $0 + range.lowerBound }, Int32(count), &working, &start, &end,
                               Int32(capacity), &error)
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
            working.removeSubrange(Int(length)...)
            start.removeSubrange(Int(length)...)
            end.removeSubrange(Int(length)...)
            break
        }
        let simplified = table.simplified
        let offset = Int32(range.lowerBound)
        for i in working.indices {
            let unit = working[i]
            if unit >= 0x3400 {
                working[i] = simplified[Int(unit)]
            } else if unit < 0x20, unit != 0x09, unit != 0x0A, unit != 0x0D {
                working[i] = 0x20
            }
            start[i] += offset
            end[i] += offset
        }
        return .success(Piece(units: working, start: start, end: end))
    }

    /// The same text without some working ranges (noise), every other unit keeping its origin.
    public func removing(_ ranges: [Range<Int>]) -> NormalizedText {
        guard !ranges.isEmpty else { return self }
        // The runs between the ranges (sorted, overlaps merged) are copied whole: a unit at a
        // time, three arrays of a 20 MB text took a tenth of a second.
        var kept: [Range<Int>] = []
        var start = 0
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            let lower = min(max(range.lowerBound, 0), utf16.count)
            if lower > start { kept.append(start..<lower) }
            start = max(start, min(range.upperBound, utf16.count))
        }
        if start < utf16.count { kept.append(start..<utf16.count) }
        var units: [UInt16] = []
        var starts: [Int32] = []
        var ends: [Int32] = []
        let total = kept.reduce(0) { $0 + $1.count }
        units.reserveCapacity(total)
        starts.reserveCapacity(total)
        ends.reserveCapacity(total)
        for run in kept {
            units += utf16[run]
            starts += originStart[run]
            ends += originEnd[run]
        }
        return NormalizedText(original: original, utf16: units, script: script, originStart: starts, originEnd: ends)
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
