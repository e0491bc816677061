/// The words of checks/summaries.lex: speakers' labels that make a turn a host's or a
/// reporter's, and verbs left out of a summary figure's name.
struct SummaryWords: Sendable {
    let asker: [[UInt16]]
    /// Longest first: 超过 before 超.
    let verbs: [[UInt16]]
    /// Labels of a lead paragraph (导语：): the paragraph alone summarises the body after it.
    let lead: [[UInt16]]
    /// Numerals of a section heading and the mark after them (一、): the heading summarises
    /// its section.
    let sectionNumbers: Set<UInt16>
    let sectionEnds: Set<UInt16>

    init(_ files: GrammarFiles) throws {
        var asker: [[UInt16]] = [], verbs: [[UInt16]] = [], lead: [[UInt16]] = []
        var sectionNumbers: Set<UInt16> = [], sectionEnds: Set<UInt16> = []
        for entry in try Lexicon(files, "checks/summaries.lex").entries {
            guard let role = try entry.choice("role", ["asker": 0, "verb": 1, "lead": 2, "section-number": 3, "section-end": 4]) else {
                throw entry.error(nil, "'\(entry.word)' needs role=asker|verb|lead|section-number|section-end")
            }
            let word = try workingForm(entry.word)
            if role >= 3, word.count != 1 { throw entry.error("role", "'\(entry.word)' is not one character") }
            switch role {
            case 0: asker.append(word)
            case 1: verbs.append(word)
            case 2: lead.append(word)
            case 3: sectionNumbers.insert(word[0])
            default: sectionEnds.insert(word[0])
            }
        }
        self.asker = asker
        self.lead = lead
        self.sectionNumbers = sectionNumbers
        self.sectionEnds = sectionEnds
        self.verbs = verbs.sorted { $0.count > $1.count }
    }
}
