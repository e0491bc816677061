import CICU

/// An ICU sentence or word break iterator. Not thread-safe: one per thread.
final class BreakIterator {
    enum Kind { case sentence, word }

    private let handle: OpaquePointer
    private var boundaries = [Int32](repeating: 0, count: 256)
    private var statuses = [Int32](repeating: 0, count: 256)

    init(_ kind: Kind, locale: String = "zh") throws(ICUError) {
        var error: Int32 = 0
        let opened = sx_break_open(kind == .sentence ? Int32(SX_BREAK_SENTENCE) : Int32(SX_BREAK_WORD),
                                   locale, &error)
        try ICUError.check(error, "ubrk_open")
        guard let opened else { throw ICUError(code: error, operation: "ubrk_open") }
        handle = opened
    }

    deinit { sx_break_close(handle) }

    /// Calls `body(boundary, ruleStatus)` for every boundary after the start of `text`,
    /// offsets relative to `text`. The buffer only needs to live for the call.
    func forEachBoundary(in text: UnsafeBufferPointer<UInt16>,
                         _ body: (_ boundary: Int32, _ status: Int32) -> Void) throws(ICUError) {
        var error: Int32 = 0
        sx_break_set_text(handle, text.baseAddress, Int32(text.count), &error)
        try ICUError.check(error, "ubrk_setText")
        let capacity = Int32(boundaries.count)
        while true {
            let count = boundaries.withUnsafeMutableBufferPointer { b in
                statuses.withUnsafeMutableBufferPointer { s in
                    sx_break_next(handle, b.baseAddress, s.baseAddress, capacity)
                }
            }
            if count == 0 { break }
            for i in 0..<Int(count) { body(boundaries[i], statuses[i]) }
        }
        // Leave no pointer to the caller's buffer behind.
        sx_break_set_text(handle, nil, 0, &error)
    }
}
