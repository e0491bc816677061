/// How a statement bounds its figure: the contract's `qualifier`.
public enum Qualifier: String, Sendable, CaseIterable {
    case exact, over, under, nearly, about
}

/// The closed range of true values a statement allows; nil ends are unbounded.
public struct Interval: Hashable, Sendable, CustomStringConvertible {
    public var low: ExactDecimal?
    public var high: ExactDecimal?

    public init(_ low: ExactDecimal?, _ high: ExactDecimal?) {
        self.low = low
        self.high = high
    }

    public static func point(_ value: ExactDecimal) -> Interval { Interval(value, value) }

    public func contains(_ value: ExactDecimal) -> Bool {
        (low.map { $0 <= value } ?? true) && (high.map { value <= $0 } ?? true)
    }

    /// True when every value of `other` is in this interval.
    public func contains(_ other: Interval) -> Bool {
        let lowOK: Bool = switch (low, other.low) {
        case (nil, _): true
        case (_, nil): false
        case (let a?, let b?): a <= b
        }
        let highOK: Bool = switch (high, other.high) {
        case (nil, _): true
        case (_, nil): false
        case (let a?, let b?): b <= a
        }
        return lowOK && highOK
    }

    public func scaled(by factor: ExactDecimal) -> Interval {
        Interval(low.map { $0 * factor }, high.map { $0 * factor })
    }

    public var description: String {
        "[\(low?.description ?? "-inf"), \(high?.description ?? "+inf")]"
    }
}
