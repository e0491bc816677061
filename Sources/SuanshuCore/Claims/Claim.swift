/// The contract's claim kinds.
public enum ClaimKind: String, Sendable, CaseIterable {
    case amount, change, growth, share, contribution, rate, count, rank, streak, ratio
}

/// What a claim is about: a metric (进出口, 出口), an entity (装备制造业产品) and a partner (美国).
public struct Subject: Hashable, Sendable {
    public var metric: String?
    public var entity: String?
    public var partner: String?
    /// The words of the text the subject was read from.
    public var text: String

    public init(metric: String?, entity: String?, partner: String?, text: String) {
        self.metric = metric
        self.entity = entity
        self.partner = partner
        self.text = text
    }
}

/// The stretch of time a claim is about, resolved to dates.
public struct Period: Hashable, Sendable {
    public var text: String
    public var from: CalendarDate
    public var to: CalendarDate
}

public struct CalendarDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    public var description: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    static func lastDay(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// A numeric claim of a release, as the output contract describes it.
public struct Claim: Sendable {
    public var id: String
    public var kind: ClaimKind
    public var value: ExactDecimal
    public var unit: String
    public var qualifier: Qualifier
    public var interval: Interval
    /// The claim's text in the working copy (number, magnitude, unit; 连续 and 第…大 for
    /// streaks and ranks).
    public var range: Range<Int>
    public var sentence: Int
    public var subject: Subject?
    public var period: Period?
    /// yoy, mom, or a named basis.
    public var basis: String?
    /// The quantity the claim was read from.
    public var quantity: Quantity
    /// The rule that decided the kind, for explanations.
    public var rule: String
    /// Where the words that decided the kind begin: a share's subject stands before its 占.
    public var contextStart: Int
    /// The claim's place in a list (分别增长7.7%、2.9%和2%): 0 for the first item.
    public var listIndex: Int = 0
    /// Where the words of the rule that decided the kind begin (增长 in 增长6.5%).
    public var ruleStart: Int = 0
    /// A figure of the period compared with (比8月份的5.3%, 较二零二三年的1,830.6亿).
    public var isPrior = false
    /// For a share or a contribution, the whole it is a part of (占出口总值的 → 出口).
    public var wholeMetric: String?
}
