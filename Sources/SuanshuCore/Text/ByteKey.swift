/// A string as a dictionary key hashed and compared by its UTF-8 bytes. Names read from
/// the working text are normalised already; `String`'s own hashing and comparison of
/// Chinese text normalise again on every call, and the checker and resolver look names up
/// once or more per claim.
struct ByteKey: Hashable {
    let string: String

    init(_ string: String) { self.string = string }

    static func == (a: ByteKey, b: ByteKey) -> Bool {
        a.string.utf8.count == b.string.utf8.count && a.string.utf8.elementsEqual(b.string.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var string = string
        string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
