import CICU

/// An ICU transliterator such as `Traditional-Simplified`. Not thread-safe.
final class Transliterator {
    private let handle: OpaquePointer

    init(_ id: String) throws(ICUError) {
        var error: Int32 = 0
        let opened = sx_translit_open(id, &error)
        try ICUError.check(error, "utrans_open(\(id))")
        guard let opened else { throw ICUError(code: error, operation: "utrans_open(\(id))") }
        handle = opened
    }

    deinit { sx_translit_close(handle) }

    /// Transliterates UTF-16 text.
    func transliterate(_ text: [UInt16]) throws(ICUError) -> [UInt16] {
        var capacity = text.count * 2 + 16
        while true {
            var buffer = text + [UInt16](repeating: 0, count: capacity - text.count)
            var error: Int32 = 0
            let length = buffer.withUnsafeMutableBufferPointer {
                sx_translit(handle, $0.baseAddress, Int32(text.count), Int32(capacity), &error)
            }
            if error == icuBufferOverflow {
                capacity = Int(length) * 2 + 16
                continue
            }
            try ICUError.check(error, "utrans_transUChars")
            return Array(buffer[0..<Int(length)])
        }
    }
}
