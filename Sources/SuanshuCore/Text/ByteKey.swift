import Glibc

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
        sameBytes(a.string, b.string)
    }

    /// The same UTF-8 bytes: String's own == compares canonically (normalising as it goes),
    /// which costs a name lookup many times over and is not needed for names read from
    /// the same working text.
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        if sameStorage(a, b) { return true }
        var (x, y) = (a, b)
        guard x.utf8.count == y.utf8.count else { return false }
        return x.withUTF8 { p in y.withUTF8 { q in p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0 } }
    }

    /// The same string by its bits: a copy of it (one storage, shared) or the same small
    /// string. False says nothing (two storages may hold the same bytes); true costs two
    /// compares, where `sameBytes` and a lookup cost a hundred instructions and more.
    static func sameStorage(_ a: String, _ b: String) -> Bool {
        unsafeBitCast(a, to: (UInt64, UInt64).self) == unsafeBitCast(b, to: (UInt64, UInt64).self)
    }

    static func sameBytes(_ a: String?, _ b: String?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case let (x?, y?): sameBytes(x, y)
        default: false
        }
    }

    func hash(into hasher: inout Hasher) {
        var string = string
        string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// Searches in names by their UTF-8 bytes. The names come from the normalised working text,
/// so bytes agree with characters; `String`'s own `contains`, `hasPrefix` and `hasSuffix`
/// compare character by character, normalising, and the checker asks them per candidate.
extension String {
    func bytesContain(_ part: String) -> Bool {
        var (whole, part) = (self, part)
        return whole.withUTF8 { w in
            part.withUTF8 { p in
                guard !p.isEmpty else { return true }
                guard w.count >= p.count else { return false }
                for i in 0...(w.count - p.count) where w[i] == p[0] && memcmp(w.baseAddress! + i, p.baseAddress!, p.count) == 0 {
                    return true
                }
                return false
            }
        }
    }

    func bytesStart(with head: String) -> Bool {
        var (whole, head) = (self, head)
        return whole.withUTF8 { w in
            head.withUTF8 { h in h.isEmpty || (w.count >= h.count && memcmp(w.baseAddress!, h.baseAddress!, h.count) == 0) }
        }
    }

    func bytesEnd(with tail: String) -> Bool {
        var (whole, tail) = (self, tail)
        return whole.withUTF8 { w in
            tail.withUTF8 { t in
                t.isEmpty || (w.count >= t.count && memcmp(w.baseAddress! + (w.count - t.count), t.baseAddress!, t.count) == 0)
            }
        }
    }
}
