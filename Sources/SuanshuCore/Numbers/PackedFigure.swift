/// A figure's value and interval in 40 bytes, where an `ExactDecimal` and an `Interval` take
/// 96 (each Int128 is aligned to 16 and each optional end padded): a document holds quantities
/// and claims by the million. A significand of up to 18 digits is kept as an Int64 with its
/// exponent; a wider one (rare: the engine reads up to 30 digits) in a box of its own.
struct PackedFigure: Hashable, Sendable {
    private var valueSignificand: Int64 = 0
    private var lowSignificand: Int64 = 0
    private var highSignificand: Int64 = 0
    /// The decimals too wide to pack; nil when there are none.
    private var wide: Wide?
    private var valueExponent: Int16 = 0
    private var lowExponent: Int16 = 0
    private var highExponent: Int16 = 0
    private var flags: Flags = []

    private struct Flags: OptionSet, Hashable {
        let rawValue: UInt8
        /// The interval has this end.
        static let hasLow = Flags(rawValue: 1)
        static let hasHigh = Flags(rawValue: 2)
        /// The decimal is in `wide`, not packed.
        static let wideValue = Flags(rawValue: 4)
        static let wideLow = Flags(rawValue: 8)
        static let wideHigh = Flags(rawValue: 16)
    }

    /// Never written in place (copies share it): replaced whole.
    private final class Wide: Hashable, Sendable {
        let value: ExactDecimal?
        let low: ExactDecimal?
        let high: ExactDecimal?

        init(value: ExactDecimal?, low: ExactDecimal?, high: ExactDecimal?) {
            self.value = value
            self.low = low
            self.high = high
        }

        static func == (a: Wide, b: Wide) -> Bool { a.value == b.value && a.low == b.low && a.high == b.high }

        func hash(into hasher: inout Hasher) {
            hasher.combine(value)
            hasher.combine(low)
            hasher.combine(high)
        }
    }

    init(value: ExactDecimal, interval: Interval) {
        self.value = value
        self.interval = interval
    }

    private static func pack(_ decimal: ExactDecimal) -> (Int64, Int16)? {
        guard let significand = Int64(exactly: decimal.significand), let exponent = Int16(exactly: decimal.exponent) else { return nil }
        return (significand, exponent)
    }

    private static func unpack(_ significand: Int64, _ exponent: Int16) -> ExactDecimal {
        ExactDecimal(normalized: Int128(significand), exponent: Int(exponent))
    }

    private mutating func setWide(value: ExactDecimal?, low: ExactDecimal?, high: ExactDecimal?) {
        wide = value == nil && low == nil && high == nil ? nil : Wide(value: value, low: low, high: high)
    }

    var value: ExactDecimal {
        get { flags.contains(.wideValue) ? wide!.value! : Self.unpack(valueSignificand, valueExponent) }
        set {
            if let (significand, exponent) = Self.pack(newValue) {
                (valueSignificand, valueExponent) = (significand, exponent)
                if flags.contains(.wideValue) {
                    flags.remove(.wideValue)
                    setWide(value: nil, low: wide?.low, high: wide?.high)
                }
            } else {
                (valueSignificand, valueExponent) = (0, 0)
                flags.insert(.wideValue)
                setWide(value: newValue, low: wide?.low, high: wide?.high)
            }
        }
    }

    var interval: Interval {
        get {
            var low: ExactDecimal?
            var high: ExactDecimal?
            if flags.contains(.hasLow) { low = flags.contains(.wideLow) ? wide!.low! : Self.unpack(lowSignificand, lowExponent) }
            if flags.contains(.hasHigh) { high = flags.contains(.wideHigh) ? wide!.high! : Self.unpack(highSignificand, highExponent) }
            return Interval(low, high)
        }
        set {
            let hadWideEnd = flags.contains(.wideLow) || flags.contains(.wideHigh)
            flags.subtract([.hasLow, .hasHigh, .wideLow, .wideHigh])
            (lowSignificand, lowExponent, highSignificand, highExponent) = (0, 0, 0, 0)
            var wideLow: ExactDecimal?
            var wideHigh: ExactDecimal?
            if let low = newValue.low {
                flags.insert(.hasLow)
                if let (significand, exponent) = Self.pack(low) {
                    (lowSignificand, lowExponent) = (significand, exponent)
                } else {
                    flags.insert(.wideLow)
                    wideLow = low
                }
            }
            if let high = newValue.high {
                flags.insert(.hasHigh)
                if let (significand, exponent) = Self.pack(high) {
                    (highSignificand, highExponent) = (significand, exponent)
                } else {
                    flags.insert(.wideHigh)
                    wideHigh = high
                }
            }
            if hadWideEnd || wideLow != nil || wideHigh != nil {
                setWide(value: wide?.value, low: wideLow, high: wideHigh)
            }
        }
    }
}
