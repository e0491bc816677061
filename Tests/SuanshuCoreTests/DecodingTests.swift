import Foundation
import Testing
@testable import SuanshuCore

struct DecodingTests {
    /// Our UTF-8 decoder replaces bad bytes exactly as the standard library does (one U+FFFD
    /// per maximal ill-formed subsequence), so offsets agree with other tools.
    /// An endless input stops at the limit as it is read, never much beyond it; a regular
    /// file over it is refused by its size before any byte is read.
    @Test func inputLimitIsKeptWhileReading() throws {
        let limit = 1_000_000
        #expect {
            try InputReader.read("/dev/zero", limit: limit)
        } throws: { error in
            guard case .tooLarge(let read) = error as? TextInputError else { return false }
            return read > limit && read <= limit + (1 << 16)
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("suanshu-\(UUID().uuidString)").path
        try Data(count: 5000).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: TextInputError.tooLarge(bytes: 5000)) { try InputReader.read(path, limit: 4999) }
        #expect(try InputReader.read(path, limit: 5000).count == 5000)
    }

    @Test func utf8DecoderAgreesWithStandardLibraryOnRandomBytes() throws {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [Array("出口".utf8), Array("45.47".utf8), Array("😀".utf8), [0xFF], [0xC0, 0x80],
                                 [0xE4, 0xB8], [0xF0, 0x9F], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80]]
        for _ in 0..<2000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                if Bool.random(using: &generator) {
                    bytes += pieces.randomElement(using: &generator)!
                } else {
                    bytes.append(UInt8.random(in: 0...255, using: &generator))
                }
            }
            let ours = bytes.withUnsafeBufferPointer { UTF8Decoding($0).utf16 }
            #expect(ours == Array(String(decoding: bytes, as: UTF8.self).utf16), "bytes \(bytes)")
        }
    }

    /// A large input is decoded in two halves cut before an ASCII byte: the same units, bad
    /// sequences (byte and unit offsets) and evidence as in one pass, for cuts at every kind
    /// of place (inside a good sequence's run, after a truncated one, after a bad byte).
    @Test func utf8DecodedInHalvesAsInOnePass() {
        let pieces: [[UInt8]] = [Array("出口增长".utf8), Array("😀".utf8), [0xFF], [0xE4, 0xB8], [0xF0, 0x9F], Array("3.8%".utf8)]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 1...40, using: &generator) { bytes += pieces.randomElement(using: &generator)! }
            bytes.withUnsafeBufferPointer { buffer in
                let whole = UTF8Decoding(buffer, twoHalvesFrom: .max)
                let halves = UTF8Decoding(buffer, twoHalvesFrom: 1)
                #expect(halves.utf16 == whole.utf16, "bytes \(bytes)")
                #expect(halves.invalid.map { [$0.byteOffset, $0.byteCount, $0.utf16Offset] }
                        == whole.invalid.map { [$0.byteOffset, $0.byteCount, $0.utf16Offset] }, "bytes \(bytes)")
                #expect(halves.multibyteCount == whole.multibyteCount)
            }
        }
    }

    /// The hand-written UTF-16 → String that output uses agrees with the standard library,
    /// lone and reversed surrogates included.
    @Test func utf16ToStringAgreesWithStandardLibraryOnRandomUnits() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt16]] = [Array("出口45.47万亿元".utf16), Array("😀𠀋".utf16), [0xD800], [0xDC00], [0xDC00, 0xD800],
                                  [0x7F], [0x80], [0x7FF], [0x800], [0xFFFF], [0]]
        for _ in 0..<2000 {
            var units: [UInt16] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                if Bool.random(using: &generator) {
                    units += pieces.randomElement(using: &generator)!
                } else {
                    units.append(UInt16.random(in: 0...0xFFFF, using: &generator))
                }
            }
            let ours = units.withUnsafeBufferPointer { String(utf16Units: $0) }
            #expect(ours == String(decoding: units, as: UTF16.self), "units \(units)")
            #expect(Array(ours.utf8) == Array(String(decoding: units, as: UTF16.self).utf8))
        }
    }

    static let encodingPairs: [(String, String, InputEncoding)] = [
        ("encodings/release-hans.utf8.txt", "encodings/release-hans.gb18030.txt", .gb18030),
        ("encodings/release-hant.utf8.txt", "encodings/release-hant.big5.txt", .big5),
    ]

    /// The same release saved as UTF-8 and as GB18030 or Big5 decodes to the same text and
    /// the same tokens, whether the encoding is detected or named.
    @Test(arguments: encodingPairs)
    func legacyEncodingDecodesToSameTextAndTokens(_ utf8Name: String, _ legacyName: String,
                                                    _ encoding: InputEncoding) throws {
        let reference = try segment(try fixtureBytes(utf8Name))
        #expect(reference.original.encoding == "UTF-8")
        #expect(reference.segmentation.tokens.count > 50)
        for mode in [InputEncoding.auto, encoding] {
            let legacy = try segment(try fixtureBytes(legacyName), encoding: mode)
            #expect(legacy.original.encoding.uppercased() == encoding.rawValue.uppercased())
            #expect(legacy.original.utf16 == reference.original.utf16)
            #expect(legacy.segmentation.tokens == reference.segmentation.tokens)
            #expect(legacy.segmentation.sentences == reference.segmentation.sentences)
            #expect(legacy.diagnostics.isEmpty)
        }
    }

    @Test(arguments: [true, false])
    func utf16DecodesWithOrWithoutByteOrderMark(_ littleEndian: Bool) throws {
        let text = "海关总署：2025年出口26.99万亿元，增长6.1%。"
        var bytes: [UInt8] = []
        for unit in text.utf16 {
            let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            bytes += littleEndian ? pair : pair.reversed()
        }
        let mark: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for input in [mark + bytes, bytes] {
            for encoding in [InputEncoding.auto, .utf16] {
                let decoded = try TextDecoder.decode(input, encoding: encoding)
                #expect(decoded.string(utf16: 0..<decoded.utf16.count) == text)
                #expect(decoded.encoding == (littleEndian ? "UTF-16LE" : "UTF-16BE"))
            }
        }
    }

    static let binaries: [(String, [UInt8])] = [
        ("PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]),
        ("ELF", [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3E, 0]),
        ("gzip", [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0, 3]),
        ("control bytes", (0..<400).map { UInt8($0 % 7) } + Array("出口".utf8)),
    ]

    @Test func binaryInputIsNotText() {
        for (name, bytes) in Self.binaries {
            #expect(throws: TextInputError.self, "\(name)") { try TextDecoder.decode(bytes, encoding: .auto) }
            do {
                _ = try TextDecoder.decode(bytes)
            } catch {
                #expect(error.description.hasPrefix("not text"), "\(name): \(error.description)")
            }
        }
    }

    @Test func strayNULIsKeptAndReported() throws {
        let document = try segment(Array("出口26.99万亿元".utf8) + [0] + Array("，增长6.1%。".utf8))
        #expect(document.original.utf16.count == 19)
        let diagnostic = try #require(document.diagnostics.first { $0.code == "control-characters" })
        #expect(diagnostic.span == Span(start: 10, end: 11))
        #expect(document.segmentation.tokens.contains { document.text.originalString($0.range) == "6.1" })
    }

    /// A run of ASCII zeros reads as UTF-16 〰〰〰 too; valid UTF-8 comes first.
    @Test func longDigitRunsStayUTF8() throws {
        let decoded = try TextDecoder.decode(Array(("1" + String(repeating: "0", count: 400) + "元").utf8))
        #expect(decoded.encoding == "UTF-8")
        #expect(decoded.utf16.count == 402)
    }

    @Test func emptyInputIsAnEmptyDocument() throws {
        let document = try segment([])
        #expect(document.segmentation.sentences.isEmpty)
        #expect(document.diagnostics.isEmpty)
    }
}
