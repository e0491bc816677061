/// One line of Grammars/checks/partitions.rules: members that make up a whole whatever is
/// measured (全国 = 中央 + 地方), and the file's words to ignore in a measure and the verbs that
/// end one.
struct PartitionRule: Sendable {
    /// The whole's word (全国), empty when the whole is named by the measure alone.
    var whole: [UInt16]
    var members: [[UInt16]]
    var line: Int
    /// `components`: the members are parts of what is measured (income by source), so averages
    /// over the same people add up too (人均工资性收入 + … = 人均可支配收入).
    var components = false
    /// `except MEASURE …`: measures whose whole the members do not make up (固定资产投资 of the
    /// regions: investment assigned to no region is left out).
    var except: [[UInt16]] = []

    struct File: Sendable {
        var rules: [PartitionRule] = []
        var ignore: [[UInt16]] = []
        var verbs: [[UInt16]] = []
        var exclude: [[UInt16]] = []
        /// Characters joining members named in one list (和 of 留宿旅客和不过夜旅客的总消费分别是…).
        var joiners: Set<UInt16> = []
    }

    static func parse(file: String, text: String) throws(GrammarError) -> File {
        var parsed = File()
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingSpaces
            if line.isEmpty || line.hasPrefix("#") { continue }
            do {
                let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
                if ["ignore", "verb", "exclude", "joiner"].contains(fields[0]) {
                    let words = try fields.dropFirst().map { try workingForm($0) }
                    switch fields[0] {
                    case "ignore": parsed.ignore += words
                    case "verb": parsed.verbs += words
                    case "joiner":
                        guard words.allSatisfy({ $0.count == 1 }) else {
                            throw GrammarError(file: file, line: index + 1, column: 1, reason: "a joiner is one character")
                        }
                        parsed.joiners.formUnion(words.map { $0[0] })
                    default: parsed.exclude += words
                    }
                    continue
                }
                var line = line
                var except: [[UInt16]] = []
                if let k = fields.firstIndex(of: "except") {
                    except = try fields[(k + 1)...].map { try workingForm($0) }
                    line = fields[..<k].joined(separator: " ")[...]
                }
                let components = fields[0] == "components"
                if components { line = line.dropFirst(fields[0].count).trimmingSpaces }
                let sides = line.split(separator: "=", omittingEmptySubsequences: false)
                let members = sides.count == 2 ? sides[1].split(separator: "+", omittingEmptySubsequences: false).map { String($0.trimmingSpaces) } : []
                guard sides.count == 2, members.count >= 2, !members.contains(where: \.isEmpty) else {
                    throw GrammarError(file: file, line: index + 1, column: 1, reason: "a partition is [WHOLE] = MEMBER + MEMBER …")
                }
                let whole = String(sides[0].trimmingSpaces)
                parsed.rules.append(PartitionRule(whole: whole.isEmpty ? [] : try workingForm(whole),
                                                  members: try members.map { try workingForm($0) }, line: index + 1,
                                                  components: components, except: except))
            } catch let error as GrammarError {
                throw error
            } catch {
                throw GrammarError(file: file, line: index + 1, column: 1, reason: "\(error)")
            }
        }
        // Longest verbs first: 达到 before 达.
        parsed.verbs.sort { $0.count > $1.count }
        return parsed
    }
}
