/// Decodes UTF-8 into UTF-16. Each maximal ill-formed subsequence becomes one U+FFFD, as
/// Unicode recommends (and as Python, Swift and browsers do), so offsets agree with theirs.
struct UTF8Decoding {
    /// An ill-formed stretch: where it was in the bytes and where its U+FFFD is in the text.
    struct Invalid {
        var byteOffset: Int
        var byteCount: Int
        var utf16Offset: Int
    }

    var utf16: [UInt16] = []
    var invalid: [Invalid] = []
    /// Well-formed sequences of two or more bytes: evidence that the input is UTF-8.
    var multibyteCount = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        utf16.reserveCapacity(bytes.count)
        let n = bytes.count
        var i = 0
        while i < n {
            let b0 = bytes[i]
            if b0 < 0x80 {
                utf16.append(UInt16(b0))
                i += 1
                continue
            }
            // The allowed range of the second byte, and how many bytes follow the lead.
            let need: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; high = 0x9F
            case 0xF0: need = 3; low = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; high = 0x8F
            default: need = 0
            }
            var scalar = UInt32(b0)
            var taken = 1
            var wellFormed = need > 0
            if need > 0 {
                scalar &= need == 1 ? 0x1F : (need == 2 ? 0x0F : 0x07)
                while taken <= need {
                    guard i + taken < n else { wellFormed = false; break }
                    let b = bytes[i + taken]
                    let ok = taken == 1 ? (b >= low && b <= high) : (b >= 0x80 && b <= 0xBF)
                    guard ok else { wellFormed = false; break }
                    scalar = scalar << 6 | UInt32(b & 0x3F)
                    taken += 1
                }
            }
            if wellFormed {
                if scalar >= 0x10000 {
                    let v = scalar - 0x10000
                    utf16.append(UInt16(0xD800 | (v >> 10)))
                    utf16.append(UInt16(0xDC00 | (v & 0x3FF)))
                } else {
                    utf16.append(UInt16(scalar))
                }
                multibyteCount += 1
                i += taken
            } else {
                invalid.append(Invalid(byteOffset: i, byteCount: taken, utf16Offset: utf16.count))
                utf16.append(0xFFFD)
                i += taken
            }
        }
    }

    /// True when the bytes read as UTF-8 with only the odd bad byte. GB18030 or Big5 read
    /// as UTF-8 gives bad sequences by the hundred and hardly any good ones.
    var isPlausible: Bool {
        invalid.isEmpty || multibyteCount >= 2 * invalid.count
    }
}
