/// A decimal number held exactly: `significand × 10^exponent`, so 45.47万亿 is
/// 45470000000000 and never 45469999999999.99. Kept normalised (no trailing zeros in the
/// significand), so equal values are equal structs.
public struct ExactDecimal: Hashable, Sendable, Comparable, CustomStringConvertible {
    public private(set) var significand: Int128
    public private(set) var exponent: Int

    /// The largest magnitude the engine accepts; release figures stay far below it, and
    /// staying below it keeps every sum and product of two values inside Int128.
    public static let maximumDigits = 30

    public init(_ significand: Int128, exponent: Int = 0) {
        var s = significand
        var e = exponent
        if s == 0 {
            e = 0
        } else {
            while s % 10 == 0 {
                s /= 10
                e += 1
            }
        }
        self.significand = s
        self.exponent = e
    }

    public init(_ value: Int) { self.init(Int128(value)) }

    /// A decimal whose significand has no trailing zero already (one read back from compact
    /// storage): nothing to normalise.
    init(normalized significand: Int128, exponent: Int) {
        self.significand = significand
        self.exponent = significand == 0 ? 0 : exponent
    }

    public static let zero = ExactDecimal(0)
    public static let one = ExactDecimal(1)

    /// 10^power.
    public static func power(_ power: Int) -> ExactDecimal { ExactDecimal(1, exponent: power) }

    /// Parses plain decimal text ("-1234.50"); nil for anything else or too many digits.
    public init?(_ text: String) {
        var digits: Int128 = 0
        var count = 0
        var fraction = 0
        var seenPoint = false
        var negative = false
        for (i, c) in text.unicodeScalars.enumerated() {
            switch c {
            case "-" where i == 0: negative = true
            case "+" where i == 0: break
            case "." where !seenPoint: seenPoint = true
            case "0"..."9":
                if seenPoint { fraction += 1 }
                if digits == 0 && c == "0" { continue }  // a leading zero is not significant
                count += 1
                guard count <= 38 else { return nil }
                digits = digits * 10 + Int128(c.value - 48)
            default: return nil
            }
        }
        self.init(negative ? -digits : digits, exponent: -fraction)
    }

    /// The number of digits from the most significant to the units place or the last
    /// significant digit, whichever is lower: a measure of size for the limits above.
    public var magnitudeDigits: Int {
        var digits = 0
        var s = significand.magnitude
        while s > 0 {
            s /= 10
            digits += 1
        }
        return digits + exponent
    }

    public var isTooLarge: Bool { magnitudeDigits > Self.maximumDigits || -exponent > Self.maximumDigits }

    public func shifted(by power: Int) -> ExactDecimal { ExactDecimal(significand, exponent: exponent + power) }

    /// The value's integer part, held within ±10⁹: the months, quarters and years of dates
    /// are read from text, which may write any number there (前10²³个月), and arithmetic on
    /// them must not overflow.
    public var dateInteger: Int {
        let value = doubleValue
        guard !value.isNaN else { return 0 }
        return Int(max(-1e9, min(1e9, value)))
    }

    public var isZero: Bool { significand == 0 }
    public var isNegative: Bool { significand < 0 }
    public var isInteger: Bool { exponent >= 0 }

    public static prefix func - (x: ExactDecimal) -> ExactDecimal { ExactDecimal(-x.significand, exponent: x.exponent) }

    /// Both significands on a common exponent: the lower one, unless that would overflow;
    /// then digits far below the larger value are dropped (towards zero).
    private static func aligned(_ a: ExactDecimal, _ b: ExactDecimal) -> (Int128, Int128, Int) {
        var e = min(a.exponent, b.exponent)
        while true {
            let (x, xo) = shiftedSignificand(a, to: e)
            let (y, yo) = shiftedSignificand(b, to: e)
            if !xo && !yo { return (x, y, e) }
            e += 1
        }
    }

    /// The significand of `x` on exponent `e`, and whether that overflowed.
    private static func shiftedSignificand(_ x: ExactDecimal, to e: Int) -> (Int128, Bool) {
        if x.exponent >= e {
            var s = x.significand
            for _ in 0..<(x.exponent - e) {
                let (next, overflow) = s.multipliedReportingOverflow(by: 10)
                if overflow { return (0, true) }
                s = next
            }
            return (s, false)
        }
        var s = x.significand
        for _ in 0..<(e - x.exponent) { s /= 10 }
        return (s, false)
    }

    private static func pow10(_ n: Int) -> Int128 {
        var r: Int128 = 1
        for _ in 0..<n { r *= 10 }
        return r
    }

    public static func + (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal {
        let (x, y, e) = aligned(a, b)
        return ExactDecimal(x + y, exponent: e)
    }

    public static func - (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal { a + (-b) }

    public static func * (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal {
        let (product, overflow) = a.significand.multipliedReportingOverflow(by: b.significand)
        if !overflow { return ExactDecimal(product, exponent: a.exponent + b.exponent) }
        // Too many digits: keep the leading ones of each (intervals round outwards after).
        return a.truncated(to: 18) * b.truncated(to: 18)
    }

    /// At most `digits` significant digits, dropping the rest towards zero.
    func truncated(to digits: Int) -> ExactDecimal {
        var s = significand
        var e = exponent
        var count = 0
        var m = s.magnitude
        while m > 0 {
            m /= 10
            count += 1
        }
        while count > digits {
            s /= 10
            e += 1
            count -= 1
        }
        return ExactDecimal(s, exponent: e)
    }

    public static func * (a: ExactDecimal, b: Int) -> ExactDecimal { a * ExactDecimal(b) }

    /// Half of the value, exactly.
    public var half: ExactDecimal { ExactDecimal(significand * 5, exponent: exponent - 1) }

    public static func < (a: ExactDecimal, b: ExactDecimal) -> Bool {
        if a.significand.signum() != b.significand.signum() { return a.significand.signum() < b.significand.signum() }
        let (x, y, _) = aligned(a, b)
        return x < y
    }

    /// `numerator / denominator` rounded to `places` decimals: half away from zero, or
    /// towards minus or plus infinity.
    public enum Rounding { case halfUp, down, up }

    public static func quotient(_ numerator: ExactDecimal, _ denominator: ExactDecimal, places: Int,
                                rounding: Rounding = .halfUp) -> ExactDecimal? {
        guard !denominator.isZero else { return nil }
        // n/d = (ns × 10^ne) / (ds × 10^de); scale so the integer quotient has `places` decimals.
        let shift = numerator.exponent - denominator.exponent + places
        var n = numerator.significand
        var d = denominator.significand
        if shift >= 0 { n *= pow10(shift) } else { d *= pow10(-shift) }
        if d < 0 {
            n = -n
            d = -d
        }
        var q = n / d
        let r = n % d
        if r != 0 {
            switch rounding {
            case .halfUp: if 2 * r.magnitude >= d.magnitude { q += n < 0 ? -1 : 1 }
            case .down: if n < 0 { q -= 1 }
            case .up: if n > 0 { q += 1 }
            }
        }
        return ExactDecimal(q, exponent: -places)
    }

    /// Plain decimal text, never an exponent: "45470000000000", "16.6667", "-0.4".
    public var description: String {
        // Most figures fit 64 bits, whose conversion is much faster than 128-bit's.
        let magnitude = significand.magnitude
        let digits = magnitude <= UInt128(UInt64.max) ? String(UInt64(magnitude)) : String(magnitude)
        let sign = significand < 0 ? "-" : ""
        if exponent >= 0 { return sign + digits + String(repeating: "0", count: exponent) }
        let places = -exponent
        if digits.count > places {
            let split = digits.index(digits.endIndex, offsetBy: -places)
            return sign + digits[..<split] + "." + digits[split...]
        }
        return sign + "0." + String(repeating: "0", count: places - digits.count) + digits
    }

    /// The most bytes `write(to:)` writes.
    var longestText: Int { 44 + abs(exponent) }

    /// Writes `description` as UTF-8 without making it (output writes two per claim);
    /// returns how many bytes.
    func write(to out: UnsafeMutablePointer<UInt8>) -> Int {
        let magnitude = significand.magnitude
        guard magnitude <= UInt128(UInt64.max) else {
            var text = description
            return text.withUTF8 { utf8 in
                out.update(from: utf8.baseAddress!, count: utf8.count)
                return utf8.count
            }
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var m = UInt64(magnitude)
            var first = 20
            repeat {
                first -= 1
                digits[first] = UInt8(ascii: "0") + UInt8(m % 10)
                m /= 10
            } while m > 0
            var n = 0
            func put(_ byte: UInt8) { out[n] = byte; n += 1 }
            func put(_ range: Range<Int>) { for k in range { put(digits[k]) } }
            if significand < 0 { put(UInt8(ascii: "-")) }
            if exponent >= 0 {
                put(first..<20)
                for _ in 0..<exponent { put(UInt8(ascii: "0")) }
            } else if 20 - first > -exponent {
                put(first..<(20 + exponent))
                put(UInt8(ascii: "."))
                put((20 + exponent)..<20)
            } else {
                put(UInt8(ascii: "0"))
                put(UInt8(ascii: "."))
                for _ in 0..<(-exponent - (20 - first)) { put(UInt8(ascii: "0")) }
                put(first..<20)
            }
            return n
        }
    }

    /// The powers of ten a Double holds exactly.
    private static let exactPowers: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
                                                1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22]

    /// The nearest Double. A significand exact in a Double times or over an exact power of
    /// ten is one correctly rounded operation, the same Double parsing the text gives; the
    /// rest are parsed.
    public var doubleValue: Double {
        if significand.magnitude <= 1 << 53, (-22...22).contains(exponent) {
            let s = Double(Int64(significand))  // by way of 64 bits: the generic 128-bit conversion is slow
            return exponent >= 0 ? s * Self.exactPowers[exponent] : s / Self.exactPowers[-exponent]
        }
        return Double(description) ?? .nan
    }
}
