/// Looks at raw bytes before decoding: byte order marks, binary formats, UTF-16 without
/// a byte order mark.
enum TextSniffer {
    /// How many leading bytes the heuristics look at.
    static let sampleSize = 64 * 1024

    enum ByteOrderMark: Equatable {
        case utf8, utf16LittleEndian, utf16BigEndian, utf32LittleEndian, utf32BigEndian
    }

    static func byteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> ByteOrderMark? {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return .utf8 }
        // UTF-32's marks first: UTF-32LE's starts with UTF-16LE's.
        if bytes.count >= 4, bytes[0] == 0xFF, bytes[1] == 0xFE, bytes[2] == 0, bytes[3] == 0 { return .utf32LittleEndian }
        if bytes.count >= 4, bytes[0] == 0, bytes[1] == 0, bytes[2] == 0xFE, bytes[3] == 0xFF { return .utf32BigEndian }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return .utf16LittleEndian }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return .utf16BigEndian }
        return nil
    }

    /// Well-known binary formats, by leading bytes that no text starts with.
    private static let signatures: [(bytes: [UInt8], name: String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0x7F, 0x45, 0x4C, 0x46], "an ELF executable"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([0x47, 0x49, 0x46, 0x38], "a GIF image"),
        ([0x25, 0x50, 0x44, 0x46, 0x2D], "a PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or an Office document)"),
        ([0x1F, 0x8B], "gzip-compressed data"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an old Office document"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz-compressed data"),
        ([0x28, 0xB5, 0x2F, 0xFD], "zstd-compressed data"),
    ]

    /// The name of a binary format the bytes start with, if any.
    static func binaryFormat(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        for (signature, name) in signatures where bytes.count >= signature.count {
            if zip(signature, bytes).allSatisfy({ $0 == $1 }) { return name }
        }
        return nil
    }

    /// Control bytes that text does not contain (NUL and C0 controls other than tab, line
    /// feed, vertical tab, form feed, carriage return and escape) in the sample.
    static func controlByteCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for b in bytes.prefix(sampleSize) where b < 0x20 {
            switch b {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B: break
            default: count += 1
            }
        }
        return count
    }

    /// True when control bytes are too many for text: over 10% of the sample, or over 1%
    /// and more than a few (a stray NUL in a short text is a flaw, not a binary file).
    static func looksBinary(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let sample = min(bytes.count, sampleSize)
        let count = controlByteCount(bytes)
        return count * 10 > sample || (count > 8 && count * 100 > sample)
    }

    /// Guesses UTF-16 without a byte order mark: most units must be ASCII text, CJK, CJK
    /// punctuation or full-width forms in one byte order.
    static func utf16WithoutMark(_ bytes: UnsafeBufferPointer<UInt8>) -> ByteOrderMark? {
        let pairs = min(bytes.count, sampleSize) / 2
        guard pairs >= 2 else { return nil }
        var little = 0
        var big = 0
        for i in 0..<pairs {
            let a = UInt16(bytes[2 * i])
            let b = UInt16(bytes[2 * i + 1])
            if isLikelyText(a | b << 8) { little += 1 }
            if isLikelyText(a << 8 | b) { big += 1 }
        }
        if little * 10 >= pairs * 9, little > big { return .utf16LittleEndian }
        if big * 10 >= pairs * 9, big > little { return .utf16BigEndian }
        return nil
    }

    private static func isLikelyText(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x09, 0x0A, 0x0D, 0x20...0x7E: true
        case 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF00...0xFFEF: true
        case 0x2000...0x206F: true  // general punctuation: — “ ” …
        default: false
        }
    }
}
