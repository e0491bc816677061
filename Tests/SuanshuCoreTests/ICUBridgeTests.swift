import Testing
@testable import SuanshuCore

struct ICUBridgeTests {
    /// ICU failures surface as thrown errors that carry ICU's own name for the error.
    @Test func failuresCarryICUErrorName() throws {
        let error = #expect(throws: ICUError.self) { try Transliterator("No-Such-Transliterator") }
        #expect(error?.name.hasPrefix("U_") == true)
        #expect(error?.description.contains("utrans_open") == true)
    }

    @Test func wordBreakReportsRuleStatuses() throws {
        let text = Array("出口26.99万亿元, GDP".utf16)
        var pieces: [(Int32, Int32)] = []
        let iterator = try BreakIterator(.word)
        try text.withUnsafeBufferPointer { buffer in
            try iterator.forEachBoundary(in: buffer) { pieces.append(($0, $1)) }
        }
        let numbers = pieces.filter { $0.1 >= 100 && $0.1 < 200 }.map(\.0)
        #expect(numbers == [7])
    }
}
