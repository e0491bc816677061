/// A relation between claims of one document, evaluated: the contract's check.
public struct Check: Sendable {
    public enum Verdict: String, Sendable {
        case consistent, inconsistent, unverifiable
    }

    public var id: String
    /// sum, share, growth, aggregate-growth, contribution, restatement, bound, order, rate-change.
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
}
