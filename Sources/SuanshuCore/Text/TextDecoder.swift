import CICU

/// Turns input bytes into `DecodedText`, or says why they are not text.
public enum TextDecoder {
    /// Individual diagnostics for bad bytes stop here; one more line sums up the rest.
    static let diagnosticLimit = 20

    public static func decode(_ bytes: [UInt8], encoding: InputEncoding = .auto) throws(TextInputError) -> DecodedText {
        if bytes.isEmpty { return .empty }
        guard bytes.count <= InputReader.limit else { throw .tooLarge(bytes: bytes.count) }
        do {
            return try bytes.withUnsafeBufferPointer { buffer throws(TextInputError) in
                try decode(buffer, encoding: encoding)
            }
        }
    }

    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, encoding: InputEncoding) throws(TextInputError) -> DecodedText {
        if let format = TextSniffer.binaryFormat(bytes) { throw .notText("the data looks like \(format)") }
        let mark = TextSniffer.byteOrderMark(bytes)
        switch encoding {
        case .utf8:
            try rejectBinary(bytes)
            return utf8(bytes)
        case .gb18030:
            try rejectBinary(bytes)
            return try icu(bytes, charset: "GB18030", label: "GB18030")
        case .big5:
            try rejectBinary(bytes)
            return try icu(bytes, charset: "Big5", label: "Big5")
        case .utf16:
            let order = mark ?? TextSniffer.utf16WithoutMark(bytes) ?? .utf16LittleEndian
            return try utf16(bytes, order: order == .utf16BigEndian ? .utf16BigEndian : .utf16LittleEndian)
        case .auto:
            switch mark {
            case .utf8: return utf8(bytes)
            case .utf16LittleEndian, .utf16BigEndian: return try utf16(bytes, order: mark!)
            case .utf32LittleEndian, .utf32BigEndian:
                let charset = mark == .utf32BigEndian ? "UTF-32BE" : "UTF-32LE"
                return try icu(UnsafeBufferPointer(rebasing: bytes[4...]), charset: charset, label: charset, byteOffsetBase: 4)
            case nil: break
            }
            // Valid UTF-8 without control bytes is UTF-8 (a run of ASCII zeros would pass for
            // UTF-16 〰〰〰 otherwise); then UTF-16 by its look; then the rest.
            let decoded = UTF8Decoding(bytes)
            if decoded.invalid.isEmpty && !TextSniffer.looksBinary(bytes) { return utf8(decoded, byteCount: bytes.count) }
            if let order = TextSniffer.utf16WithoutMark(bytes) { return try utf16(bytes, order: order) }
            try rejectBinary(bytes)
            if decoded.isPlausible { return utf8(decoded, byteCount: bytes.count) }
            // Too short for ICU to be sure (a line or two): GB18030, the national standard,
            // when every byte reads as it.
            if let text = try detected(bytes) { return text }
            if let text = try strict(bytes, charset: "GB18030") { return text }
            return utf8(decoded, byteCount: bytes.count)
        }
    }

    /// Refuses the first bytes of an input as `decode` would refuse the whole (a known binary
    /// format, or control bytes where no text has them), so that reading can stop at once
    /// instead of taking in gigabytes of /dev/zero first.
    public static func refuseBinaryStart(_ bytes: [UInt8], encoding: InputEncoding) throws(TextInputError) {
        try bytes.withUnsafeBufferPointer { buffer throws(TextInputError) in
            if let format = TextSniffer.binaryFormat(buffer) { throw .notText("the data looks like \(format)") }
            if encoding == .utf16 || TextSniffer.byteOrderMark(buffer) != nil { return }
            if encoding == .auto, TextSniffer.utf16WithoutMark(buffer) != nil { return }
            try rejectBinary(buffer)
        }
    }

    private static func rejectBinary(_ bytes: UnsafeBufferPointer<UInt8>) throws(TextInputError) {
        if TextSniffer.looksBinary(bytes) {
            throw .notText("binary data (\(TextSniffer.controlByteCount(bytes)) control bytes in the first \(min(bytes.count, TextSniffer.sampleSize)))")
        }
    }

    // MARK: UTF-8

    private static func utf8(_ bytes: UnsafeBufferPointer<UInt8>) -> DecodedText {
        utf8(UTF8Decoding(bytes), byteCount: bytes.count)
    }

    private static func utf8(_ decoding: UTF8Decoding, byteCount: Int) -> DecodedText {
        let mark = decoding.utf16.first == 0xFEFF && decoding.invalid.first?.utf16Offset != 0 ? 1 : 0
        return DecodedText.make(utf16: decoding.utf16, encoding: "UTF-8", byteOrderMarkLength: mark) { text in
            var diagnostics: [Diagnostic] = []
            for bad in decoding.invalid.prefix(diagnosticLimit) {
                let at = text.scalarOffset(utf16: bad.utf16Offset)
                let plural = bad.byteCount == 1 ? "byte" : "bytes"
                diagnostics.append(Diagnostic(.warning, "invalid-utf8", span: Span(start: at, end: at + 1),
                    "invalid UTF-8 \(plural) at byte offset \(bad.byteOffset) replaced by U+FFFD"))
            }
            if decoding.invalid.count > diagnosticLimit {
                diagnostics.append(Diagnostic(.warning, "invalid-utf8",
                    "\(decoding.invalid.count - diagnosticLimit) more invalid UTF-8 sequences replaced by U+FFFD",
                    occurrences: decoding.invalid.count - diagnosticLimit))
            }
            return diagnostics + controlCharacterDiagnostics(text)
        }
    }

    // MARK: ICU conversion

    private static func utf16(_ bytes: UnsafeBufferPointer<UInt8>, order: TextSniffer.ByteOrderMark) throws(TextInputError) -> DecodedText {
        let charset = order == .utf16BigEndian ? "UTF-16BE" : "UTF-16LE"
        // ICU's UTF-16BE/LE converters keep a byte order mark as U+FEFF; skip it as a mark.
        let hasMark = TextSniffer.byteOrderMark(bytes) == order
        let body = hasMark ? UnsafeBufferPointer(rebasing: bytes[2...]) : bytes
        return try icu(body, charset: charset, label: charset, byteOffsetBase: hasMark ? 2 : 0)
    }

    /// ICU's charset detection, for input that is not UTF-8. Nil when ICU has no good guess.
    private static func detected(_ bytes: UnsafeBufferPointer<UInt8>) throws(TextInputError) -> DecodedText? {
        var name = [CChar](repeating: 0, count: 64)
        var confidence: Int32 = 0
        var error: Int32 = 0
        let sample = min(bytes.count, 256 * 1024)
        let found = bytes.withMemoryRebound(to: CChar.self) { chars in
            sx_detect_charset(chars.baseAddress, Int32(sample), &name, Int32(name.count), &confidence, &error)
        }
        guard found != 0, sx_failed(error) == 0, confidence >= 10 else { return nil }
        let charset = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // UTF-8 was tried; UTF-16 and UTF-32 without a mark are what ICU guesses for a short
        // line of GB18030 (the sniffer above knows real UTF-16 by its shape).
        if charset == "UTF-8" || charset.hasPrefix("UTF-16") || charset.hasPrefix("UTF-32") { return nil }
        let text = try icu(bytes, charset: charset, label: charset)
        // Replacement characters everywhere mean the guess, and the input, are not text.
        let replaced = text.utf16.lazy.filter { $0 == 0xFFFD }.count
        if replaced * 10 > text.utf16.count { return nil }
        return text
    }

    /// The text in `charset` when no byte is invalid in it.
    private static func strict(_ bytes: UnsafeBufferPointer<UInt8>, charset: String) throws(TextInputError) -> DecodedText? {
        let text = try icu(bytes, charset: charset, label: charset)
        return text.utf16.contains(where: { $0 == 0xFFFD || $0 == 0x1A }) ? nil : text
    }

    private static func icu(_ bytes: UnsafeBufferPointer<UInt8>, charset: String, label: String,
                            byteOffsetBase: Int = 0) throws(TextInputError) -> DecodedText {
        let capacity = bytes.count + 1
        var utf16 = [UInt16](repeating: 0, count: capacity)
        var offsets = [Int32](repeating: 0, count: capacity)
        var error: Int32 = 0
        let length = bytes.withMemoryRebound(to: CChar.self) { chars in
            sx_convert_to_utf16(charset, chars.baseAddress, Int32(bytes.count), &utf16, &offsets,
                                Int32(capacity), &error)
        }
        if sx_failed(error) != 0 {
            throw .conversion("ICU could not convert from \(charset): \(ICUError(code: error, operation: "").name)")
        }
        utf16.removeSubrange(Int(length)...)
        return DecodedText.make(utf16: utf16, encoding: label) { text in
            var diagnostics: [Diagnostic] = []
            var bad = 0
            for (i, unit) in utf16.enumerated() where unit == 0xFFFD || unit == 0x1A {
                bad += 1
                guard bad <= diagnosticLimit else { continue }
                let at = text.scalarOffset(utf16: i)
                diagnostics.append(Diagnostic(.warning, "invalid-bytes", span: Span(start: at, end: at + 1),
                    "bytes invalid in \(label) at byte offset \(Int(offsets[i]) + byteOffsetBase) replaced by U+FFFD"))
            }
            if bad > diagnosticLimit {
                diagnostics.append(Diagnostic(.warning, "invalid-bytes",
                    "\(bad - diagnosticLimit) more invalid \(label) sequences replaced by U+FFFD",
                    occurrences: bad - diagnosticLimit))
            }
            return diagnostics + controlCharacterDiagnostics(text)
        }
    }

    /// NUL and other C0 controls in text are kept (offsets stay true) but reported once.
    private static func controlCharacterDiagnostics(_ text: DecodedText) -> [Diagnostic] {
        var first: Int?
        var count = 0
        for (i, unit) in text.utf16.enumerated() where unit < 0x20 {
            switch unit {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D: continue
            default:
                count += 1
                if first == nil { first = i }
            }
        }
        guard let first else { return [] }
        let at = text.scalarOffset(utf16: first)
        return [Diagnostic(.warning, "control-characters", span: Span(start: at, end: at + 1),
                           "\(count) NUL or control character\(count == 1 ? "" : "s") in the text, the first at offset \(at); treated as spaces")]
    }
}
