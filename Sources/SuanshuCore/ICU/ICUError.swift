import CICU

/// An error reported by ICU, carrying ICU's name for it (e.g. `U_FILE_ACCESS_ERROR`).
public struct ICUError: Error, CustomStringConvertible, Equatable, Sendable {
    public let code: Int32
    public let operation: String

    public var name: String { String(cString: sx_error_name(code)) }
    public var description: String { "ICU \(operation) failed: \(name)" }

    /// Throws when `code` is an ICU failure; warnings pass.
    static func check(_ code: Int32, _ operation: String) throws(ICUError) {
        if sx_failed(code) != 0 { throw ICUError(code: code, operation: operation) }
    }
}

/// ICU's U_BUFFER_OVERFLOW_ERROR: the caller should retry with more room.
let icuBufferOverflow: Int32 = 15
