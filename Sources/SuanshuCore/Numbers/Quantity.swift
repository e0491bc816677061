/// A number as a release states it: its value in base units, the interval its digits and
/// qualifier allow, its unit, and where it stands in the working text. The claim layer
/// decides what kind of claim, if any, it is.
public struct Quantity: Sendable, Hashable {
    /// What the words after the number make of it.
    public enum Form: String, Sendable {
        /// A plain number, perhaps with a magnitude and a unit: 45.47万亿元, 249个.
        case plain
        /// A percentage: 6.1%, 百分之五, 两成 (tenths), 六分之一 (fractions), 千分之三.
        case percent
        /// Percentage points: 5.3个百分点.
        case points
        /// A multiple: 1.8倍.
        case multiple
        /// A doubling: 翻一番 is +100%, 翻两番 +300% (the value is the growth in percent).
        case doubling
        /// An ordinal: 第一, 第三 (a rank when 大/高/位 follows).
        case ordinal
    }

    /// Why a number is not a claim. The engine marks these; the claim layer skips them.
    public enum NotAClaim: String, Sendable {
        case date, period
        case listNumber = "list-number"
        case name
        case word
        case identifier
    }

    /// How the number was written.
    public enum Numeral: String, Sendable {
        case arabic, chinese, mixed
    }

    /// Which field of a date a number is.
    public enum DateField: String, Sendable {
        case year, month, day, quarter
    }

    /// What a figure in its unit is (numbers/units.lex, class=).
    public enum UnitClass: String, Sendable, CaseIterable {
        /// Things counted one by one (249个, 1.2亿人次): a count, exact when whole.
        case count
        /// A measured level (45万亿元, 3.2万吨, 9.85万亿千瓦时): an amount.
        case amount
        /// A duration or an age (9年, 8天, 59岁): a claim only where a rule reads one.
        case time
    }

    /// Which end of a range (10%至15%) this is, if any.
    public enum RangeEnd: String, Sendable {
        case low, high
    }

    // Stored compactly (a document has quantities by the million, all held until its claims
    // are found): the figure packed, offsets in 32 bits, 112 bytes where plain fields took 208.
    private var figure: PackedFigure
    /// The contract's unit code (CNY, t, kWh, count, year…) from the units lexicon; `%`, `pp`
    /// and `times` for the forms; nil for a bare number.
    public var unit: String?
    /// The unit's dimension (money, mass, count, duration…), nil for a bare number.
    public var dimension: String?
    private var start: Int32
    private var end: Int32
    private var numberStart: Int32
    private var numberEnd: Int32
    /// -1 when there is no qualifier word.
    private var qualifierStart: Int32
    private var qualifierEnd: Int32
    private var storedMagnitude: Int32
    public var qualifier: Qualifier
    public var form: Form
    /// The unit's class (count, amount, time), nil for a bare number or a form.
    public var unitClass: UnitClass?
    public var numeral: Numeral
    public var notAClaim: NotAClaim?
    /// For dates: which field the number is (year, month, day, quarter).
    public var dateField: DateField?
    public var rangeEnd: RangeEnd?

    init(range: Range<Int>, numberRange: Range<Int>, value: ExactDecimal, interval: Interval, qualifier: Qualifier,
         qualifierRange: Range<Int>?, form: Form, unit: String?, dimension: String?, unitClass: UnitClass?,
         numeral: Numeral, notAClaim: NotAClaim?, dateField: DateField?, rangeEnd: RangeEnd?, magnitude: Int) {
        figure = PackedFigure(value: value, interval: interval)
        self.unit = unit
        self.dimension = dimension
        start = Int32(range.lowerBound)
        end = Int32(range.upperBound)
        numberStart = Int32(numberRange.lowerBound)
        numberEnd = Int32(numberRange.upperBound)
        qualifierStart = Int32(qualifierRange?.lowerBound ?? -1)
        qualifierEnd = Int32(qualifierRange?.upperBound ?? -1)
        storedMagnitude = Int32(magnitude)
        self.qualifier = qualifier
        self.form = form
        self.unitClass = unitClass
        self.numeral = numeral
        self.notAClaim = notAClaim
        self.dateField = dateField
        self.rangeEnd = rangeEnd
    }

    /// The stretch a claim's `text` covers: number, magnitude, unit (qualifiers outside).
    public var range: Range<Int> {
        get { Int(start)..<Int(end) }
        set { (start, end) = (Int32(newValue.lowerBound), Int32(newValue.upperBound)) }
    }
    /// The digits alone.
    public var numberRange: Range<Int> {
        get { Int(numberStart)..<Int(numberEnd) }
        set { (numberStart, numberEnd) = (Int32(newValue.lowerBound), Int32(newValue.upperBound)) }
    }
    public var value: ExactDecimal {
        get { figure.value }
        set { figure.value = newValue }
    }
    public var interval: Interval {
        get { figure.interval }
        set { figure.interval = newValue }
    }
    /// Where the qualifier word stands, if any (超过, 多, 左右…).
    public var qualifierRange: Range<Int>? {
        get { qualifierStart < 0 ? nil : Int(qualifierStart)..<Int(qualifierEnd) }
        set {
            qualifierStart = Int32(newValue?.lowerBound ?? -1)
            qualifierEnd = Int32(newValue?.upperBound ?? -1)
        }
    }
    /// The power of ten its magnitude words applied (万 4, 亿 8, 万亿 12).
    public var magnitude: Int {
        get { Int(storedMagnitude) }
        set { storedMagnitude = Int32(newValue) }
    }
}
