/// The words of checks/summaries.lex: speakers' labels that make a turn a host's or a
/// reporter's, and verbs left out of a summary figure's name.
struct SummaryWords: Sendable {
    let asker: [[UInt16]]
    /// Longest first: 超过 before 超.
    let verbs: [[UInt16]]

    init(_ files: GrammarFiles) throws {
        var asker: [[UInt16]] = [], verbs: [[UInt16]] = []
        for entry in try Lexicon(files, "checks/summaries.lex").entries {
            guard let role = try entry.choice("role", ["asker": 0, "verb": 1]) else {
                throw entry.error(nil, "'\(entry.word)' needs role=asker|verb")
            }
            if role == 0 { asker.append(try workingForm(entry.word)) } else { verbs.append(try workingForm(entry.word)) }
        }
        self.asker = asker
        self.verbs = verbs.sorted { $0.count > $1.count }
    }
}
