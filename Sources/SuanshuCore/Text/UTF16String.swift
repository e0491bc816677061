extension String {
    /// A String of UTF-16 units, a lone surrogate becoming U+FFFD. Written out as UTF-8 by
    /// hand: the standard library's generic UTF-16 path is several times slower, and output
    /// makes a string of every claim's text.
    init(utf16Units units: UnsafeBufferPointer<UInt16>) {
        self.init(unsafeUninitializedCapacity: units.count * 3) { out in
            var n = 0
            var i = 0
            func put(_ scalar: UInt32) {
                switch scalar {
                case ..<0x80:
                    out[n] = UInt8(scalar); n += 1
                case ..<0x800:
                    out[n] = UInt8(0xC0 | scalar >> 6); out[n + 1] = UInt8(0x80 | scalar & 0x3F); n += 2
                case ..<0x10000:
                    out[n] = UInt8(0xE0 | scalar >> 12); out[n + 1] = UInt8(0x80 | scalar >> 6 & 0x3F)
                    out[n + 2] = UInt8(0x80 | scalar & 0x3F); n += 3
                default:
                    out[n] = UInt8(0xF0 | scalar >> 18); out[n + 1] = UInt8(0x80 | scalar >> 12 & 0x3F)
                    out[n + 2] = UInt8(0x80 | scalar >> 6 & 0x3F); out[n + 3] = UInt8(0x80 | scalar & 0x3F); n += 4
                }
            }
            while i < units.count {
                let unit = UInt32(units[i])
                if unit & 0xFC00 == 0xD800, i + 1 < units.count, units[i + 1] & 0xFC00 == 0xDC00 {
                    put(0x10000 + (unit - 0xD800) << 10 + (UInt32(units[i + 1]) - 0xDC00))
                    i += 2
                } else {
                    put(unit & 0xF800 == 0xD800 ? 0xFFFD : unit)
                    i += 1
                }
            }
            return n
        }
    }
}
