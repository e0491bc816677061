/// How to read the input's bytes (`--encoding`).
public enum InputEncoding: String, CaseIterable, Sendable {
    /// UTF-8 when the bytes are UTF-8 (a stray bad byte allowed), ICU detection otherwise.
    case auto
    case utf8 = "utf-8"
    case gb18030
    case big5
    /// UTF-16 by its byte order mark, or by the look of the text when it has none.
    case utf16 = "utf-16"
}

/// Why input cannot be read as text. The CLI reports these with exit status 2.
public enum TextInputError: Error, Equatable, CustomStringConvertible {
    case notText(String)
    case unreadable(path: String, reason: String)
    case tooLarge(bytes: Int)
    case conversion(String)

    public var description: String {
        switch self {
        case .notText(let why): "not text: \(why)"
        case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
        case .tooLarge(let bytes): "input is over the 2 GiB a single document may hold (at least \(bytes) bytes); split it"
        case .conversion(let why): "cannot decode: \(why)"
        }
    }
}
