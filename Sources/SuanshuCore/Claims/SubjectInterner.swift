/// One box per distinct subject. The claims of a document share few subjects (出口 line after
/// line), and a box of its own for each claim is some 80 bytes: on a document of a million
/// figures, as much as a third of the claims' memory.
struct SubjectInterner {
    /// A subject hashed and compared by its names' bytes (String's own hash normalises).
    private struct Key: Hashable {
        let subject: Subject
        static func == (a: Key, b: Key) -> Bool { a.subject.sameBytes(b.subject) }
        func hash(into hasher: inout Hasher) {
            // (Field by field: no array made for each claim.)
            func combine(_ name: String?) {
                if let name { ByteKey(name).hash(into: &hasher) } else { hasher.combine(0 as UInt8) }
            }
            combine(subject.metric)
            combine(subject.entity)
            combine(subject.partner)
            combine(subject.text)
        }
    }

    private var known: Set<Key> = []
    /// The last subject given back: claim after claim has the same one.
    private var last: Subject?

    /// The box already held for a subject equal to `subject`, or `subject`, kept from now on.
    mutating func canonical(_ subject: Subject?) -> Subject? {
        guard let subject else { return nil }
        if let last, last.sameBytes(subject) { return last }
        let member = known.insert(Key(subject: subject)).memberAfterInsert.subject
        last = member
        return member
    }
}

extension Subject {
    /// The same names, byte for byte.
    func sameBytes(_ other: Subject) -> Bool {
        ByteKey.sameBytes(metric, other.metric) && ByteKey.sameBytes(entity, other.entity)
            && ByteKey.sameBytes(partner, other.partner) && ByteKey.sameBytes(text, other.text)
    }
}
