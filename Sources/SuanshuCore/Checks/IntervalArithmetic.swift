/// Arithmetic on intervals of exact decimals, rounded outwards, so a derived interval always
/// holds every value the inputs allow: rounding is never called an error.
extension Interval {
    /// How many significant digits an end keeps after a division: far more than any figure
    /// shows, and few enough that products stay inside 128 bits.
    static let digits = 18

    public static func + (a: Interval, b: Interval) -> Interval {
        Interval(both(a.low, b.low, +)?.rounded(.down), both(a.high, b.high, +)?.rounded(.up))
    }

    public static prefix func - (a: Interval) -> Interval {
        Interval(a.high.map { -$0 }, a.low.map { -$0 })
    }

    public static func - (a: Interval, b: Interval) -> Interval { a + (-b) }

    public static func * (a: Interval, b: Interval) -> Interval {
        // Unbounded ends only where both are of one sign; else give up on that end.
        guard let al = a.low, let ah = a.high, let bl = b.low, let bh = b.high else {
            if let al = a.low, let bl = b.low, al >= .zero, bl >= .zero { return Interval(al * bl, nil) }
            return Interval(nil, nil)
        }
        let corners = [al * bl, al * bh, ah * bl, ah * bh]
        return Interval(corners.min()!.rounded(.down), corners.max()!.rounded(.up))
    }

    /// a / b; unbounded when b may be zero.
    public static func / (a: Interval, b: Interval) -> Interval {
        guard let bl = b.low, let bh = b.high, bl > .zero || bh < .zero else { return Interval(nil, nil) }
        guard let al = a.low, let ah = a.high else {
            // A positive divisor keeps an end that is bounded.
            if bl > .zero {
                return Interval(a.low.map { divide($0, $0 >= .zero ? bh : bl, .down) }, a.high.map { divide($0, $0 >= .zero ? bl : bh, .up) })
            }
            return Interval(nil, nil)
        }
        let lows = [divide(al, bl, .down), divide(al, bh, .down), divide(ah, bl, .down), divide(ah, bh, .down)]
        let highs = [divide(al, bl, .up), divide(al, bh, .up), divide(ah, bl, .up), divide(ah, bh, .up)]
        return Interval(lows.min()!, highs.max()!)
    }

    public func intersects(_ other: Interval) -> Bool {
        let lowOK = (low == nil || other.high == nil) || low! <= other.high!
        let highOK = (high == nil || other.low == nil) || other.low! <= high!
        return lowOK && highOK
    }

    /// How far apart two intervals are (0 when they meet).
    public func distance(to other: Interval) -> ExactDecimal {
        if let h = high, let l = other.low, h < l { return l - h }
        if let l = low, let h = other.high, h < l { return l - h }
        return .zero
    }

    public var isUnbounded: Bool { low == nil && high == nil }

    /// The middle, or the bounded end.
    public var midpoint: ExactDecimal? {
        switch (low, high) {
        case (let l?, let h?): (l + h).half.rounded(.down)
        case (let l?, nil): l
        case (nil, let h?): h
        default: nil
        }
    }

    private static func both(_ a: ExactDecimal?, _ b: ExactDecimal?, _ op: (ExactDecimal, ExactDecimal) -> ExactDecimal) -> ExactDecimal? {
        guard let a, let b else { return nil }
        return op(a, b)
    }

    private static func divide(_ a: ExactDecimal, _ b: ExactDecimal, _ rounding: ExactDecimal.Rounding) -> ExactDecimal {
        // Enough places for `digits` significant digits of the quotient.
        let places = max(0, digits - (a.magnitudeDigits - b.magnitudeDigits))
        return ExactDecimal.quotient(a, b, places: min(places, 30), rounding: rounding)!
    }
}

extension ExactDecimal {
    /// The value rounded outwards to at most `Interval.digits` significant digits.
    func rounded(_ rounding: Rounding) -> ExactDecimal {
        var digits = 0
        var s = significand.magnitude
        while s > 0 {
            s /= 10
            digits += 1
        }
        let excess = digits - Interval.digits
        guard excess > 0 else { return self }
        return ExactDecimal.quotient(self, .power(exponent + excess), places: 0, rounding: rounding)!.shifted(by: exponent + excess)
    }
}
