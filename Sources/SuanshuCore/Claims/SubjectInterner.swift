/// One box per distinct subject. The claims of a document share few subjects (出口 line after
/// line), and a box of its own for each claim is some 80 bytes: on a document of a million
/// figures, as much as a third of the claims' memory.
struct SubjectInterner {
    private var known: Set<Subject> = []
    /// The last subject given back: claim after claim has the same one.
    private var last: Subject?

    /// The box already held for a subject equal to `subject`, or `subject`, kept from now on.
    mutating func canonical(_ subject: Subject?) -> Subject? {
        guard let subject else { return nil }
        if let last, last == subject { return last }
        let member = known.insert(subject).memberAfterInsert
        last = member
        return member
    }
}
