/// The input as decoded: the reference every span points into.
///
/// Kept as UTF-16 (what ICU works on); spans are reported in Unicode scalar offsets, so
/// the positions of astral characters (emoji, CJK Extension B) are remembered to convert.
public struct DecodedText: Sendable {
    public let utf16: [UInt16]
    /// The encoding the bytes were read as, e.g. `UTF-8`, `GB18030`, `Big5`, `UTF-16LE`.
    public let encoding: String
    public let diagnostics: [Diagnostic]
    /// A leading U+FEFF of UTF-8 input stays in the offsets (as a plain UTF-8 decode keeps
    /// it) but is not analysed.
    public let byteOrderMarkLength: Int
    /// UTF-16 offsets of the lead surrogates, ascending.
    private let leadSurrogates: [Int32]

    init(utf16: [UInt16], encoding: String, diagnostics: [Diagnostic], byteOrderMarkLength: Int,
         leadSurrogates: [Int32]) {
        self.utf16 = utf16
        self.encoding = encoding
        self.diagnostics = diagnostics
        self.byteOrderMarkLength = byteOrderMarkLength
        self.leadSurrogates = leadSurrogates
    }

    public static let empty = DecodedText(utf16: [], encoding: "UTF-8", diagnostics: [],
                                          byteOrderMarkLength: 0, leadSurrogates: [])

    public var isEmpty: Bool { utf16.isEmpty }

    public var scalarCount: Int { utf16.count - leadSurrogates.count }

    /// The scalar offset of a UTF-16 offset (which must not split a surrogate pair).
    public func scalarOffset(utf16 offset: Int) -> Int {
        if leadSurrogates.isEmpty { return offset }
        // Pairs that start before `offset` each count one scalar for two units.
        var low = 0
        var high = leadSurrogates.count
        while low < high {
            let mid = (low + high) / 2
            if Int(leadSurrogates[mid]) < offset { low = mid + 1 } else { high = mid }
        }
        return offset - low
    }

    public func span(utf16 range: Range<Int>) -> Span {
        Span(start: scalarOffset(utf16: range.lowerBound), end: scalarOffset(utf16: range.upperBound))
    }

    /// The original text of a UTF-16 range.
    public func string(utf16 range: Range<Int>) -> String {
        utf16.withUnsafeBufferPointer { String(utf16Units: UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The UTF-16 offset of a scalar offset.
    public func utf16Offset(scalar offset: Int) -> Int {
        // Each lead surrogate before the result adds one unit.
        var low = 0
        var high = leadSurrogates.count
        while low < high {
            let mid = (low + high) / 2
            if Int(leadSurrogates[mid]) - mid < offset { low = mid + 1 } else { high = mid }
        }
        return offset + low
    }

    public func string(_ span: Span) -> String {
        string(utf16: utf16Offset(scalar: span.start)..<utf16Offset(scalar: span.end))
    }
}

extension DecodedText {
    /// Wraps decoded UTF-16, finding its surrogate pairs.
    static func make(utf16: [UInt16], encoding: String, byteOrderMarkLength: Int = 0,
                     diagnostics: (DecodedText) -> [Diagnostic] = { _ in [] }) -> DecodedText {
        var leads: [Int32] = []
        utf16.withUnsafeBufferPointer { units in
            var i = 0
            while i < units.count {
                if units[i] & 0xFC00 == 0xD800, i + 1 < units.count, units[i + 1] & 0xFC00 == 0xDC00 {
                    leads.append(Int32(i))
                    i += 2
                } else {
                    i += 1
                }
            }
        }
        let bare = DecodedText(utf16: utf16, encoding: encoding, diagnostics: [],
                               byteOrderMarkLength: byteOrderMarkLength, leadSurrogates: leads)
        return DecodedText(utf16: utf16, encoding: encoding, diagnostics: diagnostics(bare),
                           byteOrderMarkLength: byteOrderMarkLength, leadSurrogates: leads)
    }
}
