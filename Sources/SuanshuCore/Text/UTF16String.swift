extension String {
    /// A String of UTF-16 units, a lone surrogate becoming U+FFFD. Written out as UTF-8 by
    /// hand: the standard library's generic UTF-16 path is several times slower, and output
    /// makes a string of every claim's text.
    init(utf16Units units: UnsafeBufferPointer<UInt16>) {
        self.init(unsafeUninitializedCapacity: units.count * 3) { out in
            var n = 0
            var i = 0
            while i < units.count { n += UTF16Scalars.putUTF8(UTF16Scalars.next(units, &i), out.baseAddress! + n) }
            return n
        }
    }
}

/// Reading scalars from UTF-16 and writing them as UTF-8, for the hand-written conversions
/// (`String(utf16Units:)`, JSON escaping).
enum UTF16Scalars {
    /// The scalar at `i`, moving `i` past it; a lone surrogate is U+FFFD.
    @inline(__always)
    static func next(_ units: UnsafeBufferPointer<UInt16>, _ i: inout Int) -> UInt32 {
        let unit = UInt32(units[i])
        i += 1
        if unit & 0xFC00 == 0xD800, i < units.count, units[i] & 0xFC00 == 0xDC00 {
            defer { i += 1 }
            return 0x10000 + (unit - 0xD800) << 10 + (UInt32(units[i]) - 0xDC00)
        }
        return unit & 0xF800 == 0xD800 ? 0xFFFD : unit
    }

    /// Writes a scalar as UTF-8 (one to four bytes); returns how many.
    @inline(__always)
    static func putUTF8(_ scalar: UInt32, _ out: UnsafeMutablePointer<UInt8>) -> Int {
        switch scalar {
        case ..<0x80:
            out[0] = UInt8(scalar)
            return 1
        case ..<0x800:
            out[0] = UInt8(0xC0 | scalar >> 6); out[1] = UInt8(0x80 | scalar & 0x3F)
            return 2
        case ..<0x10000:
            out[0] = UInt8(0xE0 | scalar >> 12); out[1] = UInt8(0x80 | scalar >> 6 & 0x3F); out[2] = UInt8(0x80 | scalar & 0x3F)
            return 3
        default:
            out[0] = UInt8(0xF0 | scalar >> 18); out[1] = UInt8(0x80 | scalar >> 12 & 0x3F)
            out[2] = UInt8(0x80 | scalar >> 6 & 0x3F); out[3] = UInt8(0x80 | scalar & 0x3F)
            return 4
        }
    }
}
