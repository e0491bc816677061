/// A JSON value whose objects keep their keys in the order written, so output is stable
/// and reads in the contract's order. Numbers are kept as their exact decimal text.
public enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    public static func int(_ value: Int) -> JSON { .number(String(value)) }

    public static func == (a: JSON, b: JSON) -> Bool {
        switch (a, b) {
        case (.null, .null): true
        case (.bool(let x), .bool(let y)): x == y
        case (.number(let x), .number(let y)): x == y
        case (.string(let x), .string(let y)): x == y
        case (.array(let x), .array(let y)): x == y
        case (.object(let x), .object(let y)): x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// Compact JSON on one line (for JSON Lines), or indented by two spaces.
    public func serialized(pretty: Bool = false) -> String {
        String(decoding: bytes(pretty: pretty), as: UTF8.self)
    }

    /// The serialised UTF-8 bytes: written byte by byte, no String per value.
    public func bytes(pretty: Bool = false) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(to: &out, pretty: pretty, depth: 0)
        return out
    }

    /// A member of an object written by `stream`: a value, or an array made an item at a time.
    public enum Member {
        case value(JSON)
        case items(count: Int, item: (Int) -> JSON)

        /// The member as one value.
        public var json: JSON {
            switch self {
            case .value(let value): value
            case .items(let count, let item): .array((0..<count).map(item))
            }
        }
    }

    /// Writes an object exactly as `.object(members).bytes(pretty:)` would, but array members
    /// an item at a time, handing the bytes to `flush` in pieces of about 64 KB: a document
    /// of a hundred thousand claims never stands whole in memory as values or as text.
    public static func stream(_ members: [(String, Member)], pretty: Bool, flush: ([UInt8]) -> Void) {
        let piece = 1 << 16
        var out: [UInt8] = []
        out.reserveCapacity(piece + 4096)
        func spill() {
            guard out.count >= piece else { return }
            flush(out)
            out.removeAll(keepingCapacity: true)
        }
        guard !members.isEmpty else { return flush(Array("{}".utf8)) }
        out.append(UInt8(ascii: "{"))
        for (i, (key, member)) in members.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            newline(&out, pretty, 1)
            escape(key, into: &out)
            out.append(UInt8(ascii: ":"))
            if pretty { out.append(UInt8(ascii: " ")) }
            switch member {
            case .value(let value):
                value.write(to: &out, pretty: pretty, depth: 1)
            case .items(let count, _) where count == 0:
                out.append(contentsOf: "[]".utf8)
            case .items(let count, let item):
                out.append(UInt8(ascii: "["))
                for k in 0..<count {
                    if k > 0 { out.append(UInt8(ascii: ",")) }
                    newline(&out, pretty, 2)
                    item(k).write(to: &out, pretty: pretty, depth: 2)
                    spill()
                }
                newline(&out, pretty, 1)
                out.append(UInt8(ascii: "]"))
            }
            spill()
        }
        newline(&out, pretty, 0)
        out.append(UInt8(ascii: "}"))
        flush(out)
    }

    private func write(to out: inout [UInt8], pretty: Bool, depth: Int) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .number(let n): out.append(contentsOf: n.utf8)
        case .string(let s): JSON.escape(s, into: &out)
        case .array(let items):
            if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSON.newline(&out, pretty, depth + 1)
                item.write(to: &out, pretty: pretty, depth: depth + 1)
            }
            JSON.newline(&out, pretty, depth)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(UInt8(ascii: "{"))
            for (i, (key, value)) in members.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSON.newline(&out, pretty, depth + 1)
                JSON.escape(key, into: &out)
                out.append(UInt8(ascii: ":"))
                if pretty { out.append(UInt8(ascii: " ")) }
                value.write(to: &out, pretty: pretty, depth: depth + 1)
            }
            JSON.newline(&out, pretty, depth)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(_ out: inout [UInt8], _ pretty: Bool, _ depth: Int) {
        guard pretty else { return }
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }

    /// Escapes as JSON requires; non-ASCII text stays readable (UTF-8), not \u-escaped,
    /// except U+2028 and U+2029, which JavaScript takes for line ends.
    static func escape(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            // Runs of bytes that need no escape are copied at once.
            var run = 0
            var i = 0
            func flush() { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i])) }
            while i < bytes.count {
                let b = bytes[i]
                let escaped: String
                switch b {
                case UInt8(ascii: "\""): escaped = "\\\""
                case UInt8(ascii: "\\"): escaped = "\\\\"
                case 0x0A: escaped = "\\n"
                case 0x0D: escaped = "\\r"
                case 0x09: escaped = "\\t"
                case 0x00..<0x20: escaped = hexEscape(UInt32(b))
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    flush()
                    out.append(contentsOf: hexEscape(bytes[i + 2] == 0xA8 ? 0x2028 : 0x2029).utf8)
                    i += 3
                    run = i
                    continue
                default:
                    i += 1
                    continue
                }
                flush()
                out.append(contentsOf: escaped.utf8)
                i += 1
                run = i
            }
            flush()
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func hexEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}

extension Span {
    public var json: JSON { .object([("start", .int(start)), ("end", .int(end))]) }
}

extension Diagnostic {
    public var json: JSON {
        .object([
            ("severity", .string(severity.rawValue)),
            ("code", .string(code)),
            ("span", span?.json ?? .null),
            ("message", .string(message)),
        ])
    }
}
