import Glibc

/// A column of an Arrow record batch being built: its validity bits and, by type, its
/// offsets and bytes (text, lists) or values (integers, doubles), and its children (a list's
/// items, a struct's fields).
final class ArrowColumn {
    enum Kind { case utf8, int64, float64, list, structure }

    let name: String
    let kind: Kind
    let children: [ArrowColumn]
    /// The children's names as bytes, for matching a member name without making a String.
    let childNames: [[UInt8]]
    var length: Int { valid.count }
    @exclusivity(unchecked) private(set) var nullCount = 0
    // (Written by one thread at a time, never while read: no exclusivity checks, which were
    // a twentieth of the run.)
    /// 1 for a row with a value, 0 for a null: packed into bits when a batch is written
    /// (the rows of many documents joined).
    @exclusivity(unchecked) private(set) var valid: [UInt8] = []
    /// Utf8 and list: where each row's items begin, and one past the last.
    @exclusivity(unchecked) private(set) var offsets: [Int32] = [0]
    @exclusivity(unchecked) private(set) var bytes: [UInt8] = []
    @exclusivity(unchecked) private(set) var integers: [Int64] = []
    @exclusivity(unchecked) private(set) var doubles: [Double] = []

    /// Empties the column and its children, keeping their room when it is small (a column
    /// used again for the next document).
    func clear() {
        let keep = bytes.capacity < 1 << 20 && valid.capacity < 1 << 16
        valid.removeAll(keepingCapacity: keep)
        offsets.removeAll(keepingCapacity: keep)
        offsets.append(0)
        bytes.removeAll(keepingCapacity: keep)
        integers.removeAll(keepingCapacity: keep)
        doubles.removeAll(keepingCapacity: keep)
        nullCount = 0
        for child in children { child.clear() }
    }

    init(_ name: String, _ kind: Kind, _ children: [ArrowColumn] = []) {
        self.name = name
        self.kind = kind
        self.children = children
        childNames = children.map { Array($0.name.utf8) }
    }

    private func appendBit(_ isValid: Bool) {
        valid.append(isValid ? 1 : 0)
        if !isValid { nullCount += 1 }
    }

    /// A null row (a struct's fields and a list's items get none, or a null each).
    func appendNull() {
        switch kind {
        case .utf8, .list: offsets.append(offsets[offsets.count - 1])
        case .int64: integers.append(0)
        case .float64: doubles.append(0)
        case .structure: for child in children { child.appendNull() }
        }
        appendBit(false)
    }

    func append(utf8 value: UnsafeBufferPointer<UInt8>) {
        guard kind == .utf8 else { return appendNull() }
        bytes.append(contentsOf: value)
        offsets.append(Int32(clamping: bytes.count))
        appendBit(true)
    }

    func append(_ value: Int64) {
        switch kind {
        case .int64: integers.append(value)
        case .float64: doubles.append(Double(value))
        default: return appendNull()
        }
        appendBit(true)
    }

    func append(_ value: Double) {
        switch kind {
        case .float64: doubles.append(value)
        case .int64: integers.append(Int64(exactly: value.rounded()) ?? 0)
        default: return appendNull()
        }
        appendBit(true)
    }

    /// A struct row opened: its fields are appended one by one (`ArrowRows` fills the rest).
    func openStructRow() { appendBit(true) }

    /// Closes a list row whose items were appended.
    func closeListRow() {
        offsets.append(Int32(clamping: children[0].length))
        appendBit(true)
    }
}

/// A document's row of Arrow columns (`ArrowDocumentColumns` filled it), or a JSON value
/// written into them as into JSON (`JSONOutput`; an error document): the value's members
/// fill the root struct's fields by name, members the schema does not hold are skipped, and
/// fields it lacks are null.
public struct ArrowRows: JSONOutput {
    let columns: ArrowDocumentColumns
    var root: ArrowColumn { columns.root }

    /// An open struct or list; for a struct, which of its fields were given (a bit each: at
    /// most 64 fields) and the field the next value goes to (-1: none chosen, or one the
    /// schema lacks).
    private struct Frame {
        let column: ArrowColumn
        var given: UInt64 = 0
        var next = -1
    }
    /// The innermost open container, and those around it (kept apart: most events touch
    /// the innermost alone).
    private var top: Frame?
    private var outer: [Frame] = []
    /// Depth inside a value the schema does not hold.
    private var skipping = 0

    /// Rows of the document's columns (empty, or holding a document already).
    init(_ columns: ArrowDocumentColumns) {
        self.columns = columns
    }

    /// The column the next value goes to; nil when it is skipped.
    private var slot: ArrowColumn? {
        guard skipping == 0 else { return nil }
        guard let top else { return root }
        if top.column.kind == .list { return top.column.children[0] }
        return top.next >= 0 ? top.column.children[top.next] : nil
    }

    /// Marks the field the value went to as given.
    private mutating func gave() {
        guard skipping == 0, let next = top?.next, next >= 0 else { return }
        top!.given |= 1 << UInt64(next)
        top!.next = -1
    }

    private mutating func push(_ column: ArrowColumn) {
        if let top { outer.append(top) }
        top = Frame(column: column)
    }

    private mutating func pop() -> Frame? {
        let frame = top
        top = outer.popLast()
        return frame
    }

    public mutating func beginObject() { begin(.structure) }
    public mutating func endObject() { end(.structure) }
    public mutating func beginArray() { begin(.list) }
    public mutating func endArray() { end(.list) }

    /// A struct or list opens: a row of the column the value goes to, or the value skipped
    /// (a member the schema lacks, or a column of another kind, which gets a null).
    private mutating func begin(_ kind: ArrowColumn.Kind) {
        guard !skipsContainer(), let column = slot, column.kind == kind else {
            if skipping == 0, let column = slot { column.appendNull(); gave() }
            skipping += 1
            return
        }
        if kind == .structure { column.openStructRow() }
        push(column)
    }

    /// It closes: a struct's fields not given are null, a list's row ends after its items.
    private mutating func end(_ kind: ArrowColumn.Kind) {
        if skipping > 0 { skipping -= 1; return }
        guard let frame = pop(), frame.column.kind == kind else { return }
        if kind == .list {
            frame.column.closeListRow()
        } else {
            for (k, child) in frame.column.children.enumerated() where frame.given & (1 << UInt64(k)) == 0 { child.appendNull() }
        }
        gave()
    }

    private mutating func select(_ name: UnsafeBufferPointer<UInt8>) {
        guard skipping == 0, let column = top?.column, column.kind == .structure else { return }
        let k = column.childNames.firstIndex { $0.elementsEqual(name) }
        top!.next = k ?? -1
        if k == nil { skippingNext = true }
    }

    /// The next value is of a member the schema does not hold.
    private var skippingNext = false

    public mutating func key(_ name: StaticString) {
        select(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    }

    public mutating func dynamicKey(_ name: String) {
        var name = name
        name.withUTF8 { select($0) }
    }

    /// Whether a container opens the value of an unknown member (skipped whole); clears the mark.
    private mutating func skipsContainer() -> Bool {
        guard skippingNext else { return false }
        skippingNext = false
        return true
    }

    /// Whether a scalar is skipped (of an unknown member); clears the mark.
    private mutating func skipsScalar() -> Bool {
        if skippingNext { skippingNext = false; return true }
        return skipping > 0
    }

    private mutating func scalar(_ append: (ArrowColumn) -> Void) {
        if skipsScalar() { return }
        guard let column = slot else { return }
        append(column)
        gave()
    }

    public mutating func string(_ value: String) {
        var value = value
        scalar { column in value.withUTF8 { column.append(utf8: $0) } }
    }

    public mutating func string(utf16 units: UnsafeBufferPointer<UInt16>) {
        string(String(decoding: units, as: UTF16.self))
    }

    public mutating func number(_ value: ExactDecimal) {
        scalar { column in
            ArrowDocumentColumns.withDigits(of: value) { digits in
                if column.kind == .utf8 { column.append(utf8: digits) } else { column.append(ArrowDocumentColumns.double(digits)) }
            }
        }
    }

    public mutating func string(digitsOf value: ExactDecimal) {
        scalar { column in ArrowDocumentColumns.withDigits(of: value) { column.append(utf8: $0) } }
    }

    public mutating func string(date: CalendarDate) {
        string(date.description)
    }

    public mutating func int(_ value: Int) {
        scalar { $0.append(Int64(value)) }
    }

    public mutating func string(letter: UInt8, number: Int) {
        string(String(UnicodeScalar(letter)) + String(number))
    }

    public mutating func null() {
        scalar { $0.appendNull() }
    }

    public mutating func valueToken(_ json: JSON) {
        switch json {
        case .number(let text): scalar { column in
            var text = text
            text.withUTF8 { column.kind == .utf8 ? column.append(utf8: $0) : column.append(ArrowDocumentColumns.double($0)) }
        }
        case .bool(let b): scalar { $0.append(Int64(b ? 1 : 0)) }
        default: null()
        }
    }
}

// Sendable by hand: rows are made on a worker and handed whole to the writer, which alone
// touches them after.
extension ArrowRows: @unchecked Sendable {}
