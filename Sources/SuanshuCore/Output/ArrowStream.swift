import Synchronization

/// Documents as an Arrow IPC stream (`--format arrow`): one record batch per group of
/// documents, a row each, whose columns are the output contract's members as the Spark job's
/// tables read them (Integrations/spark/README.md). Tools that read Arrow take the claims
/// and checks as columns, without parsing JSON.
///
/// The stream format: a schema message, record batch messages, and an end marker; each
/// message a Flatbuffers `Message` (Arrow's Message.fbs and Schema.fbs) and a body of
/// buffers, each 8-byte aligned.
public enum ArrowStream {
    /// The document's members held as columns (the rest of the contract is left out: the
    /// sentences' spans, the claims' rule and quantity).
    static func documentColumn() -> ArrowColumn {
        func utf8(_ name: String) -> ArrowColumn { ArrowColumn(name, .utf8) }
        func int64(_ name: String) -> ArrowColumn { ArrowColumn(name, .int64) }
        func float64(_ name: String) -> ArrowColumn { ArrowColumn(name, .float64) }
        func list(_ name: String, _ item: ArrowColumn) -> ArrowColumn { ArrowColumn(name, .list, [item]) }
        func structure(_ name: String, _ fields: [ArrowColumn]) -> ArrowColumn { ArrowColumn(name, .structure, fields) }
        func span() -> ArrowColumn { structure("span", [int64("start"), int64("end")]) }
        let claim = structure("item", [
            utf8("id"), utf8("kind"), float64("value"), utf8("decimal"), utf8("unit"), utf8("qualifier"),
            list("interval", float64("item")), utf8("text"), span(), int64("sentence"),
            structure("subject", [utf8("metric"), utf8("entity"), utf8("partner"), utf8("text")]),
            structure("period", [utf8("text"), utf8("from"), utf8("to")]),
            utf8("basis"), utf8("measure"),
        ])
        let evidence = structure("item", [
            utf8("source"), list("equal", utf8("item")), list("stated", utf8("item")), list("carried", utf8("item")),
            utf8("name"), utf8("words"), span(), utf8("file"), int64("line"),
        ])
        let check = structure("item", [
            utf8("id"), utf8("relation"), utf8("verdict"), list("claims", utf8("item")),
            list("expected", float64("item")), float64("stated"), utf8("message"),
            structure("link", [utf8("strength"), list("evidence", evidence)]),
        ])
        let diagnostic = structure("item", [utf8("severity"), utf8("code"), utf8("message"), span()])
        return structure("document", [
            utf8("schema"), utf8("source"), utf8("script"), utf8("encoding"),
            list("sentences", structure("item", [int64("id")])),
            list("claims", claim), list("checks", check), list("diagnostics", diagnostic),
        ])
    }

    /// Rows for a value made elsewhere (an error document): encode it into `rows` as into JSON.
    public static func rows() -> ArrowRows {
        let columns = spare.withLock { $0.popLast() } ?? ArrowDocumentColumns(documentColumn())
        return ArrowRows(columns)
    }

    /// The row of an analysed document.
    public static func rows(of document: AnalyzedDocument) -> ArrowRows {
        let columns = spare.withLock { $0.popLast() } ?? ArrowDocumentColumns(documentColumn())
        columns.append(document)
        return ArrowRows(columns)
    }

    /// Columns of documents written, emptied for the next (making a document's sixty columns
    /// anew each time was a tenth of the run): as many as a batch holds.
    private static let spare = Mutex<[ArrowDocumentColumns]>([])

    /// Gives the rows' columns back once written.
    static func reuse(_ parts: [ArrowRows]) {
        for part in parts { part.root.clear() }
        spare.withLock { spare in
            for part in parts where spare.count < 300 { spare.append(part.columns) }
        }
    }

    /// The schema message, first in the stream.
    public static func schemaMessage() -> [UInt8] {
        let fields = documentColumn().children.map(field)
        let schema = FlatBuffer.table([nil, .offset(.vector(fields))])
        return message(headerType: 1, header: schema, bodyLength: 0)
    }

    /// A record batch message of documents' rows, in order, their columns joined as they are
    /// written, each buffer copied once: handed to `write` in two pieces, its metadata and
    /// its body, so that the body (megabytes) is not copied once more to join them.
    public static func writeBatch(_ parts: [ArrowRows], _ write: ([UInt8]) -> Void) {
        var nodes: [UInt8] = [], buffers: [UInt8] = [], body: [UInt8] = []
        func buffer(_ write: (inout [UInt8]) -> Void) {
            let start = body.count
            write(&body)
            appendLittle(Int64(start), to: &buffers)
            appendLittle(Int64(body.count - start), to: &buffers)
            while body.count % 8 != 0 { body.append(0) }
        }
        func offsets(_ columns: [ArrowColumn], base: (ArrowColumn) -> Int32) {
            var joined: [Int32] = [0]
            joined.reserveCapacity(columns.reduce(1) { $0 + $1.offsets.count - 1 })
            var shift: Int32 = 0
            for column in columns {
                column.offsets.withUnsafeBufferPointer { o in
                    for k in 1..<o.count { joined.append(o[k] + shift) }
                }
                shift += base(column)
            }
            buffer { body in joined.withUnsafeBytes { body += $0 } }
        }
        func walk(_ columns: [ArrowColumn]) {
            let length = columns.reduce(0) { $0 + $1.length }
            appendLittle(Int64(length), to: &nodes)
            appendLittle(Int64(columns.reduce(0) { $0 + $1.nullCount }), to: &nodes)
            buffer { body in
                var bits = [UInt8](repeating: 0, count: (length + 7) / 8)
                var row = 0
                bits.withUnsafeMutableBufferPointer { bits in
                    for column in columns {
                        column.valid.withUnsafeBufferPointer { valid in
                            for v in valid {
                                bits[row >> 3] |= v << UInt8(row & 7)
                                row += 1
                            }
                        }
                    }
                }
                body += bits
            }
            switch columns[0].kind {
            case .utf8:
                offsets(columns) { Int32(clamping: $0.bytes.count) }
                buffer { body in for column in columns { body += column.bytes } }
            case .list:
                offsets(columns) { $0.offsets[$0.offsets.count - 1] }
            case .int64:
                buffer { body in for column in columns { column.integers.withUnsafeBytes { body += $0 } } }
            case .float64:
                buffer { body in for column in columns { column.doubles.withUnsafeBytes { body += $0 } } }
            case .structure: break
            }
            for k in columns[0].children.indices { walk(columns.map { $0.children[k] }) }
        }
        let roots = parts.map(\.root)
        for k in ArrowStream.documentColumn().children.indices { walk(roots.map { $0.children[k] }) }
        let rows = roots.reduce(0) { $0 + $1.length }
        let batch = FlatBuffer.table([.int64(Int64(rows)), .offset(.structs(nodes, count: nodes.count / 16)),
                                      .offset(.structs(buffers, count: buffers.count / 16))])
        reuse(parts)
        write(message(headerType: 3, header: batch, bodyLength: body.count))
        write(body)
    }

    /// The end of the stream.
    public static let endMessage: [UInt8] = [0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0]

    /// A Field of Schema.fbs: name, nullable, its type (a union) and children.
    private static func field(_ column: ArrowColumn) -> FlatBuffer {
        let (typeID, type): (UInt8, FlatBuffer) = switch column.kind {
        case .utf8: (5, .table([]))
        case .int64: (2, .table([.int32(64), .bool(true)]))
        case .float64: (3, .table([.int16(2)]))
        case .list: (12, .table([]))
        case .structure: (13, .table([]))
        }
        return .table([.offset(.string(column.name)), .bool(true), .uint8(typeID), .offset(type), nil,
                       .offset(.vector(column.children.map(field)))])
    }

    /// An encapsulated message: continuation marker, metadata size, the Message (version V5),
    /// padding to 8 bytes, then the body.
    /// (The body, `bodyLength` bytes, follows it.)
    private static func message(headerType: UInt8, header: FlatBuffer, bodyLength: Int) -> [UInt8] {
        var metadata = FlatBuffer.table([.int16(4), .uint8(headerType), .offset(header), .int64(Int64(bodyLength))]).serialized()
        while (metadata.count + 8) % 8 != 0 { metadata.append(0) }
        var out: [UInt8] = [0xFF, 0xFF, 0xFF, 0xFF]
        appendLittle(Int32(metadata.count), to: &out)
        return out + metadata
    }
}

func appendLittle<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
    withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
}

/// A Flatbuffers object, serialized front to back: each table's vtable just before it, and
/// what a table or vector refers to after it (offsets are unsigned, so they point forward).
indirect enum FlatBuffer {
    /// Fields by their id; nil for one left out (its default).
    case table([Field?])
    /// A vector of tables or strings.
    case vector([FlatBuffer])
    /// A vector of 16-byte structs (FieldNode, Buffer), given as their bytes.
    case structs([UInt8], count: Int)
    case string(String)

    enum Field {
        case bool(Bool), uint8(UInt8), int16(Int16), int32(Int32), int64(Int64)
        case offset(FlatBuffer)

        var size: Int {
            switch self {
            case .bool, .uint8: 1
            case .int16: 2
            case .int32, .offset: 4
            case .int64: 8
            }
        }
    }

    /// The buffer: the root table's offset, then the objects.
    func serialized() -> [UInt8] {
        var out: [UInt8] = [0, 0, 0, 0]
        let root = write(into: &out)
        patch(&out, at: 0, to: root)
        return out
    }

    /// Sets the offset at `place` to point at `target`.
    private func patch(_ out: inout [UInt8], at place: Int, to target: Int) {
        let value = UInt32(target - place).littleEndian
        withUnsafeBytes(of: value) { for k in 0..<4 { out[place + k] = $0[k] } }
    }

    /// Writes the object and what it refers to; returns where it starts.
    private func write(into out: inout [UInt8]) -> Int {
        switch self {
        case .string(let text):
            while out.count % 4 != 0 { out.append(0) }
            let start = out.count
            appendLittle(UInt32(text.utf8.count), to: &out)
            out += text.utf8
            out.append(0)
            return start
        case .structs(let bytes, let count):
            // The structs 8-byte aligned, after their count.
            while out.count % 8 != 4 { out.append(0) }
            let start = out.count
            appendLittle(UInt32(count), to: &out)
            out += bytes
            return start
        case .vector(let items):
            while out.count % 4 != 0 { out.append(0) }
            let start = out.count
            appendLittle(UInt32(items.count), to: &out)
            let slots = out.count
            out += [UInt8](repeating: 0, count: 4 * items.count)
            for (k, item) in items.enumerated() {
                let target = item.write(into: &out)
                patch(&out, at: slots + 4 * k, to: target)
            }
            return start
        case .table(let fields):
            // The table's layout: its vtable offset (4 bytes), then the fields largest first,
            // each aligned (the table starts 8-byte aligned).
            var place = [Int](repeating: 0, count: fields.count)
            var size = 4
            for width in [8, 4, 2, 1] {
                for (id, field) in fields.enumerated() where field?.size == width {
                    while size % width != 0 { size += 1 }
                    place[id] = size
                    size += width
                }
            }
            while size % 4 != 0 { size += 1 }
            let vtableSize = 4 + 2 * fields.count
            while (out.count + vtableSize) % 8 != 0 { out.append(0) }
            let vtable = out.count
            appendLittle(UInt16(vtableSize), to: &out)
            appendLittle(UInt16(size), to: &out)
            for (id, field) in fields.enumerated() { appendLittle(UInt16(field == nil ? 0 : place[id]), to: &out) }
            let start = out.count
            out += [UInt8](repeating: 0, count: size)
            withUnsafeBytes(of: Int32(start - vtable).littleEndian) { for k in 0..<4 { out[start + k] = $0[k] } }
            func put<T: FixedWidthInteger>(_ value: T, _ at: Int) {
                withUnsafeBytes(of: value.littleEndian) { for k in 0..<MemoryLayout<T>.size { out[at + k] = $0[k] } }
            }
            for (id, field) in fields.enumerated() {
                switch field {
                case .bool(let b)?: put(UInt8(b ? 1 : 0), start + place[id])
                case .uint8(let v)?: put(v, start + place[id])
                case .int16(let v)?: put(v, start + place[id])
                case .int32(let v)?: put(v, start + place[id])
                case .int64(let v)?: put(v, start + place[id])
                case .offset, nil: break
                }
            }
            for (id, field) in fields.enumerated() {
                guard case .offset(let object)? = field else { continue }
                let target = object.write(into: &out)
                patch(&out, at: start + place[id], to: target)
            }
            return start
        }
    }
}
