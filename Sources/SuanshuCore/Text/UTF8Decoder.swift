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

    /// From how many bytes an input is decoded in two halves on two threads.
    static let twoHalvesFrom = 1 << 20

    init(_ bytes: UnsafeBufferPointer<UInt8>, twoHalvesFrom: Int = UTF8Decoding.twoHalvesFrom) {
        // Decoding starts afresh at every ASCII byte (never part of a sequence, and it ends
        // any bad one), so halves cut before one decode as the whole does.
        let middle = bytes.count / 2
        guard bytes.count >= twoHalvesFrom,
              let cut = bytes[middle...].firstIndex(where: { $0 < 0x80 }) else {
            self.init(bytes, room: bytes.count)
            fitted()
            return
        }
        let (first, second) = SideBySide.run({ UTF8Decoding(UnsafeBufferPointer(rebasing: bytes[..<cut]), room: bytes.count) },
                                             { UTF8Decoding(UnsafeBufferPointer(rebasing: bytes[cut...]), room: bytes.count - cut) })
        self = consume first
        let shift = utf16.count
        utf16 += second.utf16
        invalid += second.invalid.map { Invalid(byteOffset: $0.byteOffset + cut, byteCount: $0.byteCount, utf16Offset: $0.utf16Offset + shift) }
        multibyteCount += second.multibyteCount
        fitted()
    }

    /// The units moved to an array of their own size: room was reserved for a unit a byte,
    /// and Chinese takes three bytes a unit, so the text would hold three times its memory
    /// for as long as the document lives.
    private mutating func fitted() {
        guard utf16.capacity > utf16.count + utf16.count / 4 + 4096 else { return }
        utf16 = [UInt16](unsafeUninitializedCapacity: utf16.count) { out, count in
            _ = utf16.withUnsafeBufferPointer { out.initialize(from: $0) }
            count = utf16.count
        }
    }

    /// `room`: the units to reserve, at least the bytes' count.
    private init(_ bytes: UnsafeBufferPointer<UInt8>, room: Int) {
        var invalid: [Invalid] = []
        var multibyteCount = 0
        // Written through a pointer: a byte never gives more than one UTF-16 unit (four
        // bytes give two), so the bytes' count is room enough.
        utf16 = [UInt16](unsafeUninitializedCapacity: room) { out, written in
            let n = bytes.count
            var i = 0
            var o = 0
            while i < n {
                let b0 = bytes[i]
                if b0 < 0x80 {
                    out[o] = UInt16(b0)
                    o += 1
                    i += 1
                    continue
                }
                // The commonest case in Chinese text, a three-byte sequence with no special
                // second-byte range (E1–EC, EE–EF): read at once.
                if b0 >= 0xE1, b0 <= 0xEF, b0 != 0xED, i + 2 < n {
                    let (b1, b2) = (bytes[i + 1], bytes[i + 2])
                    if b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 {
                        out[o] = UInt16(b0 & 0x0F) << 12 | UInt16(b1 & 0x3F) << 6 | UInt16(b2 & 0x3F)
                        o += 1
                        i += 3
                        multibyteCount += 1
                        continue
                    }
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
                        out[o] = UInt16(0xD800 | (v >> 10))
                        out[o + 1] = UInt16(0xDC00 | (v & 0x3FF))
                        o += 2
                    } else {
                        out[o] = UInt16(scalar)
                        o += 1
                    }
                    multibyteCount += 1
                } else {
                    invalid.append(Invalid(byteOffset: i, byteCount: taken, utf16Offset: o))
                    out[o] = 0xFFFD
                    o += 1
                }
                i += taken
            }
            written = o
        }
        self.invalid = invalid
        self.multibyteCount = multibyteCount
    }

    /// True when the bytes read as UTF-8 with only the odd bad byte. GB18030 or Big5 read
    /// as UTF-8 gives bad sequences by the hundred and hardly any good ones.
    var isPlausible: Bool {
        invalid.isEmpty || multibyteCount >= 2 * invalid.count
    }
}
