/// A word list with attributes, read from a `.lex` file:
///
///     # a comment, to the end of the line
///     超过    qualifier=over position=before
///     多      qualifier=over position=after bounded
///
/// The first field is the word; each further field is `key=value` or a bare flag.
/// Fields are separated by spaces or tabs; a field that starts with `#` starts a comment.
public struct Lexicon: Sendable {
    public struct Entry: Sendable {
        public var word: String
        public var attributes: [String: String]
        public var flags: Set<String>
        /// Where the entry stands, for messages.
        public var file: String
        public var line: Int
        /// The column (from 1) where each attribute or flag starts.
        public var columns: [String: Int]

        public func error(_ key: String?, _ reason: String) -> GrammarError {
            GrammarError(file: file, line: line, column: key.flatMap { columns[$0] } ?? 1, reason: reason)
        }

        /// An attribute that must be present.
        public func required(_ key: String) throws(GrammarError) -> String {
            guard let value = attributes[key] else { throw error(nil, "'\(word)' needs \(key)=…") }
            return value
        }

        /// An attribute that must be one of some values.
        public func choice<T>(_ key: String, _ values: [String: T]) throws(GrammarError) -> T? {
            guard let value = attributes[key] else { return nil }
            guard let chosen = values[value] else {
                throw error(key, "\(key)=\(value) is not one of \(values.keys.sorted().joined(separator: ", "))")
            }
            return chosen
        }

        public func integer(_ key: String) throws(GrammarError) -> Int? {
            guard let value = attributes[key] else { return nil }
            guard let number = Int(value) else { throw error(key, "\(key)=\(value) is not a whole number") }
            return number
        }
    }

    public let file: String
    public let entries: [Entry]

    public init(file: String, text: String) throws(GrammarError) {
        var entries: [Entry] = []
        var seen: [String: Int] = [:]
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            let line = Substring(rawLine)
            var fields: [(Substring, Int)] = []
            var column = 1  // counted in characters, as editors show them
            var current: Substring.Index?
            var currentColumn = 0
            for i in line.indices {
                let c = line[i]
                if c == " " || c == "\t" || c == "\r" {
                    if let start = current { fields.append((line[start..<i], currentColumn)); current = nil }
                } else if current == nil {
                    current = i
                    currentColumn = column
                }
                column += 1
            }
            if let start = current { fields.append((line[start...], currentColumn)) }
            // A field that starts with '#' starts a comment.
            if let comment = fields.firstIndex(where: { $0.0.first == "#" }) { fields.removeSubrange(comment...) }
            guard let (word, _) = fields.first else { continue }
            var entry = Entry(word: String(word), attributes: [:], flags: [], file: file, line: lineNumber, columns: [:])
            for (field, fieldColumn) in fields.dropFirst() {
                if let equals = field.firstIndex(of: "=") {
                    let key = String(field[..<equals])
                    let value = String(field[field.index(after: equals)...])
                    if key.isEmpty || value.isEmpty {
                        throw GrammarError(file: file, line: lineNumber, column: fieldColumn,
                                           reason: "'\(field)' is not key=value")
                    }
                    if entry.attributes[key] != nil {
                        throw GrammarError(file: file, line: lineNumber, column: fieldColumn, reason: "\(key) given twice")
                    }
                    entry.attributes[key] = value
                    entry.columns[key] = fieldColumn
                } else {
                    entry.flags.insert(String(field))
                    entry.columns[String(field)] = fieldColumn
                }
            }
            if let first = seen[entry.word] {
                throw GrammarError(file: file, line: lineNumber, column: 1,
                                   reason: "'\(entry.word)' is listed twice (first on line \(first))")
            }
            seen[entry.word] = lineNumber
            entries.append(entry)
        }
        self.file = file
        self.entries = entries
    }

    public init(_ files: GrammarFiles, _ path: String) throws(GrammarError) {
        try self.init(file: path, text: try files.required(path))
    }
}

extension Lexicon {
    /// A lexicon of single characters flagged by role (`比  compare year-compare`): the
    /// characters of each role, in the working form. An entry of several characters, or a
    /// flag that is no role, is a mistake in the file.
    func characterRoles(_ roles: [String]) throws -> [String: UnitSet] {
        var sets = Dictionary(uniqueKeysWithValues: roles.map { ($0, UnitSet()) })
        for entry in entries {
            let units = try workingForm(entry.word)
            guard units.count == 1 else { throw entry.error(nil, "'\(entry.word)' is not one character") }
            if let unknown = entry.flags.subtracting(roles).sorted().first {
                throw entry.error(unknown, "'\(unknown)' is not one of \(roles.joined(separator: ", "))")
            }
            for role in entry.flags { sets[role]!.insert(units[0]) }
        }
        return sets
    }
}
