/// A string as a dictionary key hashed and compared by its UTF-8 bytes. Names read from
/// the working text are normalised already; `String`'s own hashing and comparison of
/// Chinese text normalise again on every call, and the checker and resolver look names up
/// once or more per claim.
struct ByteKey: Hashable {
    let string: String

    init(_ string: String) { self.string = string }

    static func == (a: ByteKey, b: ByteKey) -> Bool {
        // Compared as two buffers: the generic `elementsEqual` of two UTF-8 views costs
        // hundreds of instructions a key, and the checker looks names up by the hundred thousand.
        var (x, y) = (a.string, b.string)
        guard x.utf8.count == y.utf8.count else { return false }
        return x.withUTF8 { p in y.withUTF8 { q in p.elementsEqual(q) } }
    }

    func hash(into hasher: inout Hasher) {
        var string = string
        string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
