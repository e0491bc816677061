import Testing
@testable import SuanshuCore

/// The JSON writer writes bytes through a pointer, by hand: each shortcut is checked against
/// the plain way of making the same text.
struct JSONWriterTests {
    /// UTF-16 input: quotes, backslashes, control characters, JavaScript's line ends,
    /// surrogate pairs and lone surrogates.
    static let texts: [[UInt16]] = [
        [],
        Array("出口增长3.8%".utf16),
        Array("\"quoted\" and \\back\\".utf16),
        Array("tab\there\nline\r\u{01}\u{1F}".utf16),
        Array("a\u{2028}b\u{2029}c".utf16),
        Array("😀出口😀".utf16),
        [0xD83D],  // a lone lead surrogate
        [0x41, 0xDE00, 0x42],  // a lone trail surrogate
        [0xD83D, 0x41],  // a lead followed by no trail
        Array("é ß ¥ €".utf16),
    ]

    @Test func escapingUTF16MatchesEscapingItsString() {
        for units in Self.texts { escapingUTF16MatchesEscapingItsString(units: units) }
    }

    func escapingUTF16MatchesEscapingItsString(units: [UInt16]) {
        let direct: [UInt8] = units.withUnsafeBufferPointer { units in
            [UInt8](unsafeUninitializedCapacity: units.count * 6 + 2) { out, count in
                count = JSONWriter.escape(utf16: units, to: out.baseAddress!)
            }
        }
        var string = units.withUnsafeBufferPointer { String(utf16Units: $0) }
        let viaString: [UInt8] = string.withUTF8 { utf8 in
            [UInt8](unsafeUninitializedCapacity: utf8.count * 6 + 2) { out, count in
                count = JSONWriter.escape(utf8, to: out.baseAddress!)
            }
        }
        #expect(direct == viaString, "\(units)")
        // And both are JSON a parser reads back as the string.
        #expect(JSON.string(string).serialized() == String(decoding: direct, as: UTF8.self), "\(units)")
    }

    @Test func escapesWhatJSONRequires() {
        let text = JSON.string("\"\\\n\r\t\u{01}\u{2028}出").serialized()
        #expect(text == #""\"\\\n\r\t\u0001\u2028出""#)
    }

    static let decimals: [(significand: Int, exponent: Int, text: String)] = [
        (0, 0, "0"), (5, 0, "5"), (-5, 0, "-5"), (4547, -2, "45.47"), (5, -2, "0.05"),
        (-5, -3, "-0.005"), (12, 3, "12000"), (100, -2, "1"), (Int.max, -5, "92233720368547.75807"),
    ]

    @Test func decimalDigitsMatchDescription() {
        for decimal in Self.decimals {
            let value = ExactDecimal(Int128(decimal.significand), exponent: decimal.exponent)
            #expect(value.description == decimal.text, "\(decimal)")
            let written = [UInt8](unsafeUninitializedCapacity: value.longestText) { out, count in
                count = value.write(to: out.baseAddress!)
            }
            #expect(String(decoding: written, as: UTF8.self) == decimal.text, "\(decimal)")
        }
    }

    @Test func aDecimalBeyondSixtyFourBits() {
        let value = ExactDecimal(Int128(UInt64.max) * 1000 + 7, exponent: -4)
        let written = [UInt8](unsafeUninitializedCapacity: value.longestText) { out, count in
            count = value.write(to: out.baseAddress!)
        }
        #expect(String(decoding: written, as: UTF8.self) == value.description)
    }

    static let dates = [CalendarDate(year: 2025, month: 1, day: 31), CalendarDate(year: 2024, month: 12, day: 5),
                        CalendarDate(year: 99999, month: 10, day: 10), CalendarDate(year: -1, month: 0, day: -3)]

    @Test(arguments: dates)
    func datesAsTheirDescription(date: CalendarDate) {
        var writer = JSONWriter(pretty: false)
        writer.string(date: date)
        #expect(writer.bytes == JSON.string(date.description).bytes())
    }

    static let nested = JSON.object([
        ("a", .array([])), ("b", .object([])), ("c", .array([.int(1), .null, .object([("d", .bool(true))])])),
        ("e", .string("x")), ("f", .int(-120)), ("g", .int(0)),
    ])

    @Test func compactAndIndentedLayout() {
        #expect(Self.nested.serialized() == #"{"a":[],"b":{},"c":[1,null,{"d":true}],"e":"x","f":-120,"g":0}"#)
        #expect(Self.nested.serialized(pretty: true) == """
        {
          "a": [],
          "b": {},
          "c": [
            1,
            null,
            {
              "d": true
            }
          ],
          "e": "x",
          "f": -120,
          "g": 0
        }
        """)
    }

    /// Tokens written one by one equal the value they build, bytes or value alike.
    @Test func tokensMakeTheSameValueAsBytes() {
        for pretty in [false, true] {
            var writer = JSONWriter(pretty: pretty, capacity: 1)  // grown as it goes
            var builder = JSONBuilder()
            writer.value(Self.nested)
            builder.value(Self.nested)
            #expect(writer.bytes == builder.result.bytes(pretty: pretty))
            #expect(builder.result == Self.nested)
        }
    }
}
