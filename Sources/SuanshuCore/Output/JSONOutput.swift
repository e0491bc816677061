/// Where an encoder writes JSON, one token at a time: straight into bytes (`JSONWriter`,
/// for output) or into a value (`JSONBuilder`, for tests and for output that edits it).
/// One encoder per record serves both, so the bytes and the value cannot disagree.
public protocol JSONOutput {
    mutating func beginObject()
    mutating func endObject()
    mutating func beginArray()
    mutating func endArray()
    /// The name of the next member of the open object.
    mutating func key(_ name: StaticString)
    mutating func string(_ value: String)
    /// A string given as UTF-16 (a lone surrogate becomes U+FFFD).
    mutating func string(utf16: UnsafeBufferPointer<UInt16>)
    mutating func number(_ value: ExactDecimal)
    /// A decimal's digits as a string ("decimal": "45.47").
    mutating func string(digitsOf value: ExactDecimal)
    /// A date as a string, as `CalendarDate.description` writes it ("2025-01-31").
    mutating func string(date: CalendarDate)
    mutating func int(_ value: Int)
    /// An ASCII letter and a number's digits as a string ("c12"): a claim's id, written
    /// without making it.
    mutating func string(letter: UInt8, number: Int)
    mutating func null()
    /// A member name not known at compile time.
    mutating func dynamicKey(_ name: String)
    /// A `.bool` or `.number` value.
    mutating func valueToken(_ json: JSON)
}

extension JSONOutput {
    mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    /// Writes a value made elsewhere, member by member.
    public mutating func value(_ json: JSON) {
        switch json {
        case .null: null()
        case .bool, .number: valueToken(json)
        case .string(let s): string(s)
        case .array(let items):
            beginArray()
            for item in items { value(item) }
            endArray()
        case .object(let members):
            beginObject()
            for (name, member) in members {
                dynamicKey(name)
                value(member)
            }
            endObject()
        }
    }
}

/// JSON written straight into UTF-8 bytes, compact or indented by two spaces (the layout
/// `JSON.bytes(pretty:)` and the Fixtures goldens have); no value or String is made per
/// token.
///
/// Tokens are written through a pointer into a buffer kept large enough beforehand: a
/// document writes hundreds of megabytes, and appending byte by byte to an array costs
/// a check per byte. A writer is used in place (`inout`), never copied: copies would share
/// their bytes.
public struct JSONWriter: JSONOutput {
    /// `base[0..<used]` is what has been written, in `capacity` bytes that `owner` frees.
    /// The pointer is the writer's own, so a token is written without the uniqueness check
    /// and closure an array's buffer takes, and read from the struct, not from a class
    /// property (whose every access is checked for exclusivity).
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private let owner: Owner
    private var used = 0
    let pretty: Bool
    private var depth = 0
    /// Bit d: the container open at depth d is an array.
    private var arrays: UInt64 = 0
    /// The open container has nothing in it yet.
    private var empty = true

    /// Frees the writer's bytes when the last copy of the writer goes.
    private final class Owner {
        var base: UnsafeMutablePointer<UInt8>
        init(_ base: UnsafeMutablePointer<UInt8>) { self.base = base }
        deinit { base.deallocate() }
    }

    public init(pretty: Bool, capacity: Int = 4096) {
        self.pretty = pretty
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
        owner = Owner(base)
    }

    /// A writer for members of the container open here that come after one already written,
    /// written apart (on another thread) and handed out after this writer's bytes: the same
    /// layout, nothing written yet.
    func continuation() -> JSONWriter {
        var next = JSONWriter(pretty: pretty, capacity: capacity)
        next.depth = depth
        next.arrays = arrays
        next.empty = false
        return next
    }

    /// Room for at least `needed` bytes, the first `used` kept.
    private mutating func grow(toAtLeast needed: Int) {
        let larger = max(needed, 2 * capacity)
        let new = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        new.moveInitialize(from: base, count: used)
        base.deallocate()
        base = new
        owner.base = new
        capacity = larger
    }

    /// What has been written (and not yet handed to `spill`).
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: used)) }

    /// Hands the bytes written so far to `flush` once there are at least `piece` of them.
    public mutating func spill(atLeast piece: Int = 1 << 16, _ flush: ([UInt8]) -> Void) {
        guard used >= piece else { return }
        flush(bytes)
        used = 0
    }

    public mutating func beginObject() { open(UInt8(ascii: "{"), array: false) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "["), array: true) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    public mutating func key(_ name: StaticString) {
        // The commonest token (a claim has twenty): written byte by byte, no closure.
        let count = name.utf8CodeUnitCount
        let out = start(.member, reserving: count + 4)
        out[0] = UInt8(ascii: "\"")
        (out + 1).update(from: name.utf8Start, count: count)
        var n = count + 1
        out[n] = UInt8(ascii: "\""); n += 1
        out[n] = UInt8(ascii: ":"); n += 1
        if pretty { out[n] = UInt8(ascii: " "); n += 1 }
        used += n
    }

    public mutating func dynamicKey(_ name: String) {
        var name = name
        let colon = colon
        name.withUTF8 { utf8 in
            write(reserving: utf8.count * 6 + 8, .member) { out in
                var n = 0
                n += Self.escape(utf8, to: out + n)
                (out + n).update(from: colon.start, count: colon.count)
                return n + colon.count
            }
        }
    }

    public mutating func string(_ value: String) {
        // The bytes read in place where the string has them contiguous (a native string
        // does): `withUTF8` would need a copy of the string, retained and released.
        let written: Void? = value.utf8.withContiguousStorageIfAvailable { utf8 in
            write(reserving: utf8.count * 6 + 4, .value) { out in
                Self.escape(utf8, to: out)
            }
        }
        guard written == nil else { return }
        var value = value
        value.withUTF8 { utf8 in
            write(reserving: utf8.count * 6 + 4, .value) { out in
                Self.escape(utf8, to: out)
            }
        }
    }

    public mutating func string(utf16 units: UnsafeBufferPointer<UInt16>) {
        write(reserving: units.count * 6 + 4, .value) { out in
            Self.escape(utf16: units, to: out)
        }
    }

    public mutating func number(_ value: ExactDecimal) {
        write(reserving: value.longestText + 2, .value) { out in
            value.write(to: out)
        }
    }

    public mutating func string(digitsOf value: ExactDecimal) {
        write(reserving: value.longestText + 4, .value) { out in
            out[0] = UInt8(ascii: "\"")
            var n = 1
            n += value.write(to: out + n)
            out[n] = UInt8(ascii: "\"")
            return n + 1
        }
    }

    public mutating func int(_ value: Int) {
        write(reserving: 24, .value) { out in Self.digits(value, out) }
    }

    public mutating func string(date: CalendarDate) {
        write(reserving: 72, .value) { out in
            var n = 0
            out[n] = UInt8(ascii: "\""); n += 1
            n += Self.digits(date.year, out + n)
            func two(_ part: Int) {
                out[n] = UInt8(ascii: "-"); n += 1
                if (0..<100).contains(part) {
                    out[n] = UInt8(ascii: "0") + UInt8(part / 10)
                    out[n + 1] = UInt8(ascii: "0") + UInt8(part % 10)
                    n += 2
                    return
                }
                if part < 0 { out[n] = UInt8(ascii: "0"); n += 1 }
                n += Self.digits(part, out + n)
            }
            two(date.month)
            two(date.day)
            out[n] = UInt8(ascii: "\"")
            return n + 1
        }
    }

    /// An integer's decimal digits (at most 20 and a sign); returns how many bytes.
    private static func digits(_ value: Int, _ out: UnsafeMutablePointer<UInt8>) -> Int {
        var n = 0
        var m = value.magnitude
        if value < 0 { out[n] = UInt8(ascii: "-"); n += 1 }
        var digits = 1
        var power: UInt = 10
        while digits < 20, m >= power { digits += 1; power = power &* 10 }
        for k in stride(from: digits - 1, through: 0, by: -1) {
            out[n + k] = UInt8(ascii: "0") + UInt8(m % 10)
            m /= 10
        }
        return n + digits
    }

    public mutating func string(letter: UInt8, number: Int) {
        write(reserving: 26, .value) { out in
            out[0] = UInt8(ascii: "\"")
            out[1] = letter
            let n = 2 + Self.digits(number, out + 2)
            out[n] = UInt8(ascii: "\"")
            return n + 1
        }
    }

    public mutating func null() {
        write(reserving: 4, .value) { out in
            out[0] = UInt8(ascii: "n"); out[1] = UInt8(ascii: "u"); out[2] = UInt8(ascii: "l"); out[3] = UInt8(ascii: "l")
            return 4
        }
    }

    public mutating func valueToken(_ json: JSON) {
        switch json {
        case .bool(let b): token(b ? "true" : "false")
        case .number(let n): token(n)
        default: break
        }
    }

    private mutating func token(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            write(reserving: utf8.count + 2, .value) { out in
                out.update(from: utf8.baseAddress!, count: utf8.count)
                return utf8.count
            }
        }
    }

    private mutating func open(_ bracket: UInt8, array: Bool) {
        // One bit per level says array or object; the contract's documents nest five deep.
        precondition(depth < 63, "JSON nested deeper than 63 levels")
        write(reserving: 3, .value) { out in
            out[0] = bracket
            return 1
        }
        depth += 1
        if array { arrays |= 1 << UInt64(depth) } else { arrays &= ~(1 << UInt64(depth)) }
        empty = true
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        write(reserving: 2, empty ? .none : .lineBreak) { out in
            out[0] = bracket
            return 1
        }
        empty = false
    }

    /// What goes before a token.
    private enum Lead {
        case none
        /// A member's key: a comma after the member before it, then a line break.
        case member
        /// A value: in an array, what a member's key takes; after a key, nothing.
        case value
        /// The line break before a closing bracket.
        case lineBreak
    }

    /// Writes the lead, then runs `body` on the rest of the buffer, made long enough for
    /// `count` bytes; `body` says how many bytes it wrote.
    @inline(__always)
    private mutating func write(reserving count: Int, _ lead: Lead, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        let out = start(lead, reserving: count)
        used += body(out)
    }

    /// Writes the lead and returns where the token goes, with room for `count` bytes of it
    /// (the lead's own room is added here: comma, line break, indentation).
    @inline(__always)
    private mutating func start(_ lead: Lead, reserving count: Int) -> UnsafeMutablePointer<UInt8> {
        var comma = false
        var lineBreak = false
        switch lead {
        case .none: break
        case .lineBreak: lineBreak = true
        case .value where depth == 0 || arrays & (1 << UInt64(depth)) == 0: break
        case .member, .value:
            comma = !empty
            lineBreak = true
            empty = false
        }
        // Room for the token, the lead, and the indentation's last eight-byte store.
        let needed = used + count + 2 * depth + 11
        if needed > capacity { grow(toAtLeast: needed) }
        var out = base + used
        if comma { out.pointee = UInt8(ascii: ","); out += 1 }
        if lineBreak, pretty {
            out.pointee = UInt8(ascii: "\n")
            out += 1
            // Spaces eight at a time: a claim's members stand six deep.
            var left = 2 * depth
            while left > 0 {
                UnsafeMutableRawPointer(out).storeBytes(of: 0x2020_2020_2020_2020 as UInt64, as: UInt64.self)
                let step = min(8, left)
                out += step
                left -= step
            }
        }
        used = out - base
        return out
    }

    private var colon: (start: UnsafePointer<UInt8>, count: Int) {
        pretty ? (Self.colonSpace.utf8Start, 2) : (Self.colonOnly.utf8Start, 1)
    }
    private static let colonSpace: StaticString = ": "
    private static let colonOnly: StaticString = ":"

    /// Escapes as JSON requires; non-ASCII text stays readable (UTF-8), not \u-escaped,
    /// except U+2028 and U+2029, which JavaScript takes for line ends. Writes at most six
    /// bytes per byte, plus the quotes.
    static func escape(_ bytes: UnsafeBufferPointer<UInt8>, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var n = 0
        out[n] = UInt8(ascii: "\""); n += 1
        // Most strings need no escape at all: the run before the first byte that might is
        // copied at once, found eight bytes at a time.
        var i = 0
        let raw = UnsafeRawPointer(bytes.baseAddress)
        while i + 8 <= bytes.count, !mightEscape(raw!.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8 }
        while i < bytes.count, !mightEscape(bytes[i]) { i += 1 }
        if i > 0 { (out + n).update(from: bytes.baseAddress!, count: i); n += i }
        while i < bytes.count {
            let b = bytes[i]
            i += 1
            switch b {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): out[n] = UInt8(ascii: "\\"); out[n + 1] = b; n += 2
            case 0x0A: out[n] = UInt8(ascii: "\\"); out[n + 1] = UInt8(ascii: "n"); n += 2
            case 0x0D: out[n] = UInt8(ascii: "\\"); out[n + 1] = UInt8(ascii: "r"); n += 2
            case 0x09: out[n] = UInt8(ascii: "\\"); out[n + 1] = UInt8(ascii: "t"); n += 2
            case 0x00..<0x20: n += hexEscape(UInt32(b), out + n)
            case 0xE2 where i + 1 < bytes.count && bytes[i] == 0x80 && (bytes[i + 1] == 0xA8 || bytes[i + 1] == 0xA9):
                n += hexEscape(bytes[i + 1] == 0xA8 ? 0x2028 : 0x2029, out + n)
                i += 2
            default: out[n] = b; n += 1
            }
        }
        out[n] = UInt8(ascii: "\""); n += 1
        return n
    }

    /// A byte that `escape` may write otherwise than as itself: a quote, a backslash, a
    /// control character, or the lead byte of U+2028 and U+2029.
    @inline(__always)
    private static func mightEscape(_ b: UInt8) -> Bool {
        b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b == 0xE2
    }

    /// Whether any of eight bytes might be escaped (`mightEscape` of each): a byte below
    /// 0x20, or one equal to a quote, a backslash or 0xE2, found without a branch per byte.
    @inline(__always)
    private static func mightEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        // A zero byte in v sets its high bit here (exactly: no zero byte, no bit set).
        func hasZero(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
        // A byte below 0x20 (exact for bounds up to 0x80).
        let below = (word &- ones &* 0x20) & ~word & highs
        return below | hasZero(word ^ (ones &* 0x22)) | hasZero(word ^ (ones &* 0x5C)) | hasZero(word ^ (ones &* 0xE2)) != 0
    }

    /// Escapes UTF-16 text as `escape` does its UTF-8 (`String(utf16Units:)`: a lone
    /// surrogate becomes U+FFFD), without making a String. At most six bytes per unit.
    static func escape(utf16 units: UnsafeBufferPointer<UInt16>, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var n = 0
        func put(_ byte: UInt8) { out[n] = byte; n += 1 }
        put(UInt8(ascii: "\""))
        var i = 0
        while i < units.count {
            let scalar = UTF16Scalars.next(units, &i)
            switch scalar {
            case 0x22, 0x5C: put(UInt8(ascii: "\\")); put(UInt8(scalar))
            case 0x0A: put(UInt8(ascii: "\\")); put(UInt8(ascii: "n"))
            case 0x0D: put(UInt8(ascii: "\\")); put(UInt8(ascii: "r"))
            case 0x09: put(UInt8(ascii: "\\")); put(UInt8(ascii: "t"))
            case ..<0x20, 0x2028, 0x2029: n += hexEscape(scalar, out + n)
            default: n += UTF16Scalars.putUTF8(scalar, out + n)
            }
        }
        put(UInt8(ascii: "\""))
        return n
    }

    /// \u followed by four lowercase hex digits.
    private static func hexEscape(_ value: UInt32, _ out: UnsafeMutablePointer<UInt8>) -> Int {
        let hex: StaticString = "0123456789abcdef"
        out[0] = UInt8(ascii: "\\")
        out[1] = UInt8(ascii: "u")
        for k in 0..<4 { out[2 + k] = hex.utf8Start[Int(value >> UInt32(12 - 4 * k) & 0xF)] }
        return 6
    }
}

/// JSON tokens made into a value.
public struct JSONBuilder: JSONOutput {
    private enum Open {
        case object([(String, JSON)], key: String?)
        case array([JSON])
    }
    private var stack: [Open] = []
    /// The finished value (the last one written at the top level).
    public private(set) var result: JSON = .null

    public init() {}

    public mutating func beginObject() { stack.append(.object([], key: nil)) }
    public mutating func beginArray() { stack.append(.array([])) }

    public mutating func endObject() {
        guard case .object(let members, _) = stack.removeLast() else { preconditionFailure("unbalanced JSON") }
        add(.object(members))
    }

    public mutating func endArray() {
        guard case .array(let items) = stack.removeLast() else { preconditionFailure("unbalanced JSON") }
        add(.array(items))
    }

    public mutating func key(_ name: StaticString) { dynamicKey(name.description) }

    public mutating func dynamicKey(_ name: String) {
        guard case .object(let members, _) = stack.last else { preconditionFailure("a key outside an object") }
        stack[stack.count - 1] = .object(members, key: name)
    }

    public mutating func string(_ value: String) { add(.string(value)) }
    public mutating func string(utf16 units: UnsafeBufferPointer<UInt16>) { add(.string(String(utf16Units: units))) }
    public mutating func number(_ value: ExactDecimal) { add(.number(value.description)) }
    public mutating func string(digitsOf value: ExactDecimal) { add(.string(value.description)) }
    public mutating func string(date: CalendarDate) { add(.string(date.description)) }
    public mutating func int(_ value: Int) { add(.int(value)) }
    public mutating func string(letter: UInt8, number: Int) { add(.string(String(UnicodeScalar(letter)) + String(number))) }
    public mutating func null() { add(.null) }
    public mutating func valueToken(_ json: JSON) { add(json) }

    private mutating func add(_ value: JSON) {
        switch stack.popLast() {
        case nil: result = value
        case .array(var items)?:
            items.append(value)
            stack.append(.array(items))
        case .object(var members, let key)?:
            members.append((key ?? "", value))
            stack.append(.object(members, key: nil))
        }
    }
}
