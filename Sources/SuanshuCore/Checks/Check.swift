/// A relation between claims of one document, evaluated: the contract's check.
public struct Check: Sendable {
    public enum Verdict: String, Sendable {
        case consistent, inconsistent, unverifiable
    }

    public var id: String
    /// sum, share, growth, aggregate-growth, contribution, restatement, bound, order,
    /// difference, average, ratio.
    public var relation: String
    public var verdict: Verdict
    /// The ids of every claim the check used.
    public var claims: [String]
    /// The interval the check derived for the stated figure.
    public var expected: Interval?
    /// The stated figure's value.
    public var stated: ExactDecimal?
    public var message: String
    /// The id of the claim whose figure is `stated` (where reports point).
    public var statedClaim: String? = nil
    /// Why these claims were taken to be related.
    public var link: Link = Link(strength: .weak, evidence: [])
}

/// Why the claims of a check were taken to be related, and how surely: `inconsistent` is
/// said only over a strong link, one the text itself makes.
public struct Link: Sendable, Equatable {
    public enum Strength: String, Sendable {
        /// The text ties the figures: a frame (其中, 占…比重, 增加…增长 in one clause), or every
        /// field of their subjects stated in their own sentences and equal.
        case strong
        /// Related only through carried-over or defaulted fields, or a name alone.
        case weak
    }

    public var strength: Strength
    public var evidence: [Evidence]
    /// Why a weak link is in doubt, when the evidence alone does not say it.
    public var note: String? = nil

    public init(strength: Strength, evidence: [Evidence]) {
        self.strength = strength
        self.evidence = evidence
    }

    /// One source of a link.
    public enum Evidence: Sendable, Equatable {
        /// Words of the text that tie the figures (其中, 占…的, 比…上升…个百分点), and where
        /// they stand in the original text.
        case frame(name: String, words: String, span: Span)
        /// A named partition of the grammars (checks/sums.rules line 3).
        case partition(file: String, line: Int)
        /// Fields equal in every claim, and of those the ones stated in every claim's own
        /// sentence and the ones carried or defaulted in at least one.
        case fields(equal: [String], stated: [String], carried: [String])
    }

    /// A one-line account for reports: "frame 其中 (whole-then-parts); fields stated: metric, period".
    public var summary: String {
        var pieces: [String] = []
        for e in evidence {
            switch e {
            case .frame(let name, let words, _): pieces.append("frame \(name) «\(words)»")
            case .partition(let file, let line): pieces.append("partition \(file):\(line)")
            case .fields(let equal, let stated, let carried):
                var s = "equal " + (equal.isEmpty ? "—" : equal.joined(separator: ", "))
                if !stated.isEmpty { s += " (stated: " + stated.joined(separator: ", ") + ")" }
                if !carried.isEmpty { s += " (carried or defaulted: " + carried.joined(separator: ", ") + ")" }
                pieces.append(s)
            }
        }
        return strength.rawValue + " link: " + pieces.joined(separator: "; ")
    }
}
