/// The range of a formula over intervals of its inputs, from every corner of the inputs.
/// Each formula the checks use is monotone in each input separately (a sum, a ratio, a
/// growth rate, a contribution), so its extremes lie on corners. Doubles suffice: the result
/// is widened by a relative 1e-9, far below any digit a release shows.
struct CornerRange {
    let low: Double
    let high: Double
    /// The formula at the figures as written, when every input is an exact figure: a check
    /// that holds only by rounding says so.
    var atFigures: Double?

    /// Over the intervals of claims, and at their figures.
    init?(claims: [Claim], _ formula: ([Double]) -> Double) {
        self.init(claims.map(\.interval), formula)
        if claims.allSatisfy({ $0.qualifier == .exact }) {
            let y = formula(claims.map(\.value.doubleValue))
            atFigures = y.isFinite ? y : nil
        }
    }

    private init?(_ inputs: [Interval], _ formula: ([Double]) -> Double) {
        let ends: [(Double, Double)] = inputs.map {
            ($0.low.map(\.doubleValue) ?? -.infinity, $0.high.map(\.doubleValue) ?? .infinity)
        }
        guard ends.count <= 12 else { return nil }
        var low = Double.infinity
        var high = -Double.infinity
        var values = [Double](repeating: 0, count: ends.count)
        for corner in 0..<(1 << ends.count) {
            for (k, end) in ends.enumerated() { values[k] = corner & (1 << k) == 0 ? end.0 : end.1 }
            let y = formula(values)
            if y.isNaN { return nil }
            low = min(low, y)
            high = max(high, y)
        }
        let slack = 1e-9 * max(abs(low.isFinite ? low : 0), abs(high.isFinite ? high : 0), 1e-12)
        self.low = low - slack
        self.high = high + slack
    }

    init(low: Double, high: Double) {
        self.low = low
        self.high = high
    }

    /// True when a value lies in an interval, give or take the slack of doubles.
    static func contains(_ interval: Interval, _ x: Double) -> Bool {
        let slack = 1e-9 * max(abs(x), 1e-12)
        return (interval.low.map { $0.doubleValue - slack <= x } ?? true) && (interval.high.map { x <= $0.doubleValue + slack } ?? true)
    }

    func meets(_ interval: Interval) -> Bool {
        let l = interval.low?.doubleValue ?? -.infinity
        let h = interval.high?.doubleValue ?? .infinity
        return low <= h && l <= high
    }

    /// How far the range stays from an interval (0 when they meet).
    func distance(to interval: Interval) -> Double {
        let l = interval.low?.doubleValue ?? -.infinity
        let h = interval.high?.doubleValue ?? .infinity
        if high < l { return l - high }
        if h < low { return low - h }
        return 0
    }

    var middle: Double {
        if low.isFinite && high.isFinite { return (low + high) / 2 }
        return low.isFinite ? low : high
    }

    /// The range as the contract's `expected`: ends rounded outwards to 10 significant digits.
    var interval: Interval {
        Interval(low.isFinite ? Self.decimal(low, down: true) : nil, high.isFinite ? Self.decimal(high, down: false) : nil)
    }

    private static func decimal(_ x: Double, down: Bool) -> ExactDecimal? {
        guard x.isFinite else { return nil }
        if x == 0 { return .zero }
        let magnitude = Int((abs(x)).log10Floor)
        let places = max(0, 9 - magnitude)
        let scale = pow10(places)
        let scaled = x * scale
        let rounded = down ? scaled.rounded(.down) : scaled.rounded(.up)
        guard abs(rounded) < 1e30 else { return nil }
        return ExactDecimal(Int128(rounded), exponent: -places)
    }

    private static func pow10(_ n: Int) -> Double {
        var r = 1.0
        for _ in 0..<n { r *= 10 }
        return r
    }
}

extension Double {
    /// ⌊log10(x)⌋ for x > 0, without Foundation.
    var log10Floor: Double {
        var x = self
        var n = 0.0
        while x >= 10 { x /= 10; n += 1 }
        while x < 1 { x *= 10; n -= 1 }
        return n
    }
}
