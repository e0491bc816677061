/// The contract's claim kinds.
public enum ClaimKind: String, Sendable, CaseIterable {
    case amount, change, growth, share, contribution, rate, count, rank, streak, ratio

    /// Its place in `allCases`, for tables indexed by kind.
    var index: Int { Self.allCases.firstIndex(of: self)! }
}

/// A value kept in one shared box, copied on write: a copy of what holds it is one reference,
/// however many fields the value has.
// Sendable by hand: the box is written only when uniquely referenced.
struct SharedValue<Value: Sendable>: @unchecked Sendable {
    private final class Box {
        var value: Value
        init(_ value: Value) { self.value = value }
    }

    private var box: Box

    init(_ value: Value) { box = Box(value) }

    var value: Value {
        get { box.value }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
            yield &box.value
        }
    }

    /// Whether both hold the very same box (then their values are equal, unread).
    func sharesBox(with other: SharedValue) -> Bool { box === other.box }
}

/// What a claim is about: a metric (进出口, 出口), an entity (装备制造业产品) and a partner (美国).
///
/// Its four strings live in one shared box, copied on write: a subject is carried from claim
/// to claim (a paragraph's figures share one), and a copy is then one reference, not four.
public struct Subject: Hashable, Sendable {
    private struct Fields: Hashable, Sendable {
        var metric: String?
        var entity: String?
        var partner: String?
        var text: String
    }

    private var fields: SharedValue<Fields>

    public var metric: String? {
        get { fields.value.metric }
        set { fields.value.metric = newValue }
    }
    public var entity: String? {
        get { fields.value.entity }
        set { fields.value.entity = newValue }
    }
    public var partner: String? {
        get { fields.value.partner }
        set { fields.value.partner = newValue }
    }
    /// The entity's and the metric's names joined (铁路 + 旅客发送量): how a text may name the
    /// figure in one word, and what the checker indexes figures by.
    public var term: String { (entity ?? "") + (metric ?? "") }

    /// The words of the text the subject was read from.
    public var text: String {
        get { fields.value.text }
        set { fields.value.text = newValue }
    }

    public init(metric: String?, entity: String?, partner: String?, text: String) {
        fields = SharedValue(Fields(metric: metric, entity: entity, partner: partner, text: text))
    }

    public static func == (a: Subject, b: Subject) -> Bool {
        a.fields.sharesBox(with: b.fields) || a.fields.value == b.fields.value
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(fields.value) }
}

/// The stretch of time a claim is about, resolved to dates.
///
/// Its fields live in one shared box, copied on write: the resolver gives a paragraph's
/// claims one period, and a claim then holds one reference to it (8 bytes), not its own
/// text and dates (40).
public struct Period: Hashable, Sendable {
    private struct Fields: Hashable, Sendable {
        var text: String
        var from: CalendarDate
        var to: CalendarDate
        var yearUnknown: Bool
    }

    private var fields: SharedValue<Fields>

    public var text: String {
        get { fields.value.text }
        set { fields.value.text = newValue }
    }
    public var from: CalendarDate {
        get { fields.value.from }
        set { fields.value.from = newValue }
    }
    public var to: CalendarDate {
        get { fields.value.to }
        set { fields.value.to = newValue }
    }
    /// Months or quarters of a year the release never names (3月份 in a text without a
    /// year): dated in year 0, so that periods still compare (2月份 is the month before),
    /// and written as no period in the output.
    public var yearUnknown: Bool {
        get { fields.value.yearUnknown }
        set { fields.value.yearUnknown = newValue }
    }

    public init(text: String, from: CalendarDate, to: CalendarDate, yearUnknown: Bool = false) {
        fields = SharedValue(Fields(text: text, from: from, to: to, yearUnknown: yearUnknown))
    }

    public static func == (a: Period, b: Period) -> Bool {
        a.fields.sharesBox(with: b.fields) || a.fields.value == b.fields.value
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(fields.value) }
}

extension Period {
    /// Whole months of one year: from the first of a month to the last day of one.
    var isWholeMonths: Bool {
        from.year == to.year && from.day == 1 && to.day == CalendarDate.lastDay(year: to.year, month: to.month)
    }

    /// The `n` months, or quarters, of a stretch of whole months of one year that holds `n`
    /// or `3n` of them (一至四季度 in four: the quarters), nil otherwise.
    func parts(_ n: Int) -> [Period]? {
        guard n > 1, isWholeMonths else { return nil }
        let months = to.month - from.month + 1
        let step = months == n ? 1 : months == 3 * n && from.month % 3 == 1 ? 3 : 0
        guard step > 0 else { return nil }
        return (0..<n).map { i in
            let first = from.month + i * step, last = first + step - 1
            return Period(text: text, from: CalendarDate(year: from.year, month: first, day: 1),
                          to: CalendarDate(year: from.year, month: last, day: CalendarDate.lastDay(year: from.year, month: last)),
                          yearUnknown: yearUnknown)
        }
    }

    /// The same stretch a year before (2024年 → 2023年, 2025年1—9月 → 2024年1—9月).
    var yearBefore: Period? {
        func back(_ d: CalendarDate) -> CalendarDate {
            CalendarDate(year: d.year - 1, month: d.month, day: min(d.day, CalendarDate.lastDay(year: d.year - 1, month: d.month)))
        }
        return Period(text: "", from: back(from), to: back(to), yearUnknown: yearUnknown)
    }

    /// The month before a period of one month (2025年3月 → 2025年2月), nil for a longer one.
    var monthBefore: Period? {
        guard from.year == to.year, from.month == to.month, from.day == 1 else { return nil }
        let (year, month) = from.month == 1 ? (from.year - 1, 12) : (from.year, from.month - 1)
        return Period(text: "", from: CalendarDate(year: year, month: month, day: 1),
                      to: CalendarDate(year: year, month: month, day: CalendarDate.lastDay(year: year, month: month)), yearUnknown: yearUnknown)
    }
}

public struct CalendarDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    // Stored in 8 bytes, not 24: a claim holds up to four dates (its period and the one
    // compared with), and a large document has claims by the hundred thousand.
    private var storedYear: Int32
    private var storedMonth: Int8
    private var storedDay: Int8

    public var year: Int {
        get { Int(storedYear) }
        set { storedYear = Int32(clamping: newValue) }
    }
    public var month: Int {
        get { Int(storedMonth) }
        set { storedMonth = Int8(clamping: newValue) }
    }
    public var day: Int {
        get { Int(storedDay) }
        set { storedDay = Int8(clamping: newValue) }
    }

    public init(year: Int, month: Int, day: Int) {
        storedYear = Int32(clamping: year)
        storedMonth = Int8(clamping: month)
        storedDay = Int8(clamping: day)
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.storedYear, a.storedMonth, a.storedDay) < (b.storedYear, b.storedMonth, b.storedDay)
    }

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
///
/// The fields live in one shared box, copied on write: claims are passed around and
/// indexed by the thousand (by subject, by sentence), and a copy is then one reference,
/// not twenty fields.
// Sendable by hand: its box is written only when uniquely referenced (copy on write).
public struct Claim: @unchecked Sendable {
    /// Stored compactly (a document has claims by the million): offsets in 32 bits, the
    /// value and interval packed, the fields few claims have in a box of their own, so a
    /// claim takes about 160 bytes, not 440.
    struct Fields {
        // The small fields first: they share the box's first cache line with its reference
        // count, so a pass over every claim testing its kind, place or qualifier (each
        // relation finder makes one) reads one line of each box, not two.
        /// Its place among the document's claims (0 for c1): what the checker indexes by.
        var number: Int32 = 0
        var sentence: Int32
        /// The claim's text in the working copy: its start, and its length (within a sentence,
        /// which the segmenter cuts at 2,000 units, as are the offsets below).
        var rangeStart: Int32
        var rangeLength: UInt16
        /// Where the words that decided the kind begin, from the claim's start: a share's
        /// subject stands before its 占.
        var contextOffset: Int16
        /// Where the words of the rule that decided the kind begin (增长 in 增长6.5%), from the
        /// claim's start.
        var ruleOffset: Int16
        /// The claim's place in a list (分别增长7.7%、2.9%和2%): 0 for the first item.
        var listIndex: UInt16 = 0
        var kind: ClaimKind
        var qualifier: Qualifier
        /// A figure of the period compared with (比8月份的5.3%, 较二零二三年的1,830.6亿).
        var isPrior: Bool = false
        /// Which of its fields the claim's own sentence states (the rest were carried from an
        /// earlier clause or defaulted): links are strong only on stated fields.
        var stated: StatedFields = []
        /// Its whole (for a share or a contribution) named in its own clause (占…的), not
        /// carried from the share before it.
        var wholeNamed: Bool = false
        /// Shared words: a unit code, a basis and a rule's name, 4 bytes each (SharedWord).
        var unit: SharedWord
        var rule: SharedWord
        /// yoy, mom, or a named basis.
        var basis: OptionalSharedWord
        /// Where the quantity the claim was read from stands, and its form.
        var quantity: QuantityPlace
        /// The value and the interval.
        var figure: PackedFigure
        var subject: Subject?
        /// The fields few claims have.
        var rare: Rare?
        var period: Period?

        /// Changes the rare fields (a box of their own, shared by copies: replaced, never
        /// written in place), dropping the box when none is left.
        mutating func editRare(_ edit: (inout RareFields) -> Void) {
            var fields = rare?.fields ?? RareFields()
            edit(&fields)
            rare = fields.isEmpty ? nil : Rare(fields)
        }
    }

    /// What few claims have: a measure, a whole, a period compared with.
    struct RareFields {
        var measure: String?
        var wholeMetric: String?
        var comparedPeriod: Period?

        var isEmpty: Bool { measure == nil && wholeMetric == nil && comparedPeriod == nil }
    }

    final class Rare {
        let fields: RareFields
        init(_ fields: RareFields) { self.fields = fields }
    }

    /// The fields in one allocation with the box (a buffer's header): a claim read is one
    /// pointer away, and the header is reached without the exclusivity checks of a class's
    /// stored property. Written only through a uniquely referenced box (see `fields`).
    private final class Box: ManagedBuffer<Fields, Never> {
        static func make(_ value: Fields) -> Box {
            unsafeDowncast(Box.create(minimumCapacity: 0) { _ in value }, to: Box.self)
        }

        var pointer: UnsafeMutablePointer<Fields> { withUnsafeMutablePointerToHeader { $0 } }
    }

    private var box: Box

    private var fields: Fields {
        get { box.pointer.pointee }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box.make(box.pointer.pointee) }
            yield &box.pointer.pointee
        }
    }

    init(kind: ClaimKind, value: ExactDecimal, unit: String, qualifier: Qualifier, interval: Interval,
         range: Range<Int>, sentence: Int, subject: Subject?, period: Period?, basis: String?, quantity: Quantity,
         rule: String, contextStart: Int, ruleStart: Int, isPrior: Bool) {
        box = Box.make(Fields(sentence: Int32(sentence), rangeStart: Int32(range.lowerBound), rangeLength: UInt16(clamping: range.count),
                              contextOffset: Int16(clamping: contextStart - range.lowerBound), ruleOffset: Int16(clamping: ruleStart - range.lowerBound),
                              kind: kind, qualifier: qualifier,
                              isPrior: isPrior, unit: SharedWord(unit), rule: SharedWord(rule), basis: OptionalSharedWord(basis),
                              quantity: QuantityPlace(quantity), figure: PackedFigure(value: value, interval: interval), subject: subject,
                              period: period))
    }

    /// Its place in the document, from 0 (its id follows: c1 for 0).
    mutating func setNumber(_ number: Int) {
        fields.number = Int32(number)
    }

    /// Said as the figure of `period`, the one compared with (比8月份的5.3%): its period is
    /// stated by those words.
    mutating func markPrior(of period: Period?) {
        self.period = period
        isPrior = true
        stated.insert(.period)
        stated.remove(.periodDefaulted)
    }

    /// c1 for the first claim: made from its number when asked (a small string, no
    /// allocation), not stored in each claim.
    public var id: String { "c" + String(number + 1) }
    /// Its place among the document's claims (0 for c1): what the checker indexes by.
    public var number: Int {
        get { Int(box.pointer.pointee.number) }
        set { fields.number = Int32(newValue) }
    }
    public var kind: ClaimKind {
        get { box.pointer.pointee.kind }
        _modify { yield &fields.kind }
    }
    public var value: ExactDecimal {
        get { box.pointer.pointee.figure.value }
        set { fields.figure.value = newValue }
    }
    public var unit: String {
        get { box.pointer.pointee.unit.string }
        set { fields.unit = SharedWord(newValue) }
    }
    public var qualifier: Qualifier {
        get { box.pointer.pointee.qualifier }
        _modify { yield &fields.qualifier }
    }
    public var interval: Interval {
        get { box.pointer.pointee.figure.interval }
        set { fields.figure.interval = newValue }
    }
    /// The claim's text in the working copy (number, magnitude, unit; 连续 and 第…大 for
    /// streaks and ranks).
    public var range: Range<Int> {
        get {
            let f = box.pointer.pointee
            return Int(f.rangeStart)..<(Int(f.rangeStart) + Int(f.rangeLength))
        }
        set {
            // (The offsets from the start stay where they point.)
            let (context, rule) = (contextStart, ruleStart)
            fields.rangeStart = Int32(newValue.lowerBound)
            fields.rangeLength = UInt16(clamping: newValue.count)
            contextStart = context
            ruleStart = rule
        }
    }
    public var sentence: Int {
        get { Int(box.pointer.pointee.sentence) }
        set { fields.sentence = Int32(newValue) }
    }
    public var subject: Subject? {
        get { box.pointer.pointee.subject }
        _modify { yield &fields.subject }
    }
    /// Whether it has a subject: read in place (`subject != nil` copies the subject, four
    /// strings, to compare it).
    public var hasSubject: Bool {
        switch box.pointer.pointee.subject {
        case .none: false
        case .some: true
        }
    }
    public var period: Period? {
        get { box.pointer.pointee.period }
        _modify { yield &fields.period }
    }
    /// yoy, mom, or a named basis.
    public var basis: String? {
        get { box.pointer.pointee.basis.string }
        set { fields.basis = OptionalSharedWord(newValue) }
    }
    /// Where the quantity the claim was read from stands, and its form.
    public var quantity: QuantityPlace {
        get { box.pointer.pointee.quantity }
        _modify { yield &fields.quantity }
    }
    /// The rule that decided the kind, for explanations.
    public var rule: String {
        get { box.pointer.pointee.rule.string }
        set { fields.rule = SharedWord(newValue) }
    }
    /// Whether its rule is `other`'s, by number (list items are told by it, claim after claim).
    func sameRule(as other: Claim) -> Bool { box.pointer.pointee.rule == other.box.pointer.pointee.rule }
    /// Where the words that decided the kind begin: a share's subject stands before its 占.
    public var contextStart: Int {
        get { Int(box.pointer.pointee.rangeStart) + Int(box.pointer.pointee.contextOffset) }
        set { fields.contextOffset = Int16(clamping: newValue - Int(fields.rangeStart)) }
    }
    /// The claim's place in a list (分别增长7.7%、2.9%和2%): 0 for the first item.
    public var listIndex: Int {
        get { Int(box.pointer.pointee.listIndex) }
        set { fields.listIndex = UInt16(clamping: newValue) }
    }
    /// Where the words of the rule that decided the kind begin (增长 in 增长6.5%).
    public var ruleStart: Int {
        get { Int(box.pointer.pointee.rangeStart) + Int(box.pointer.pointee.ruleOffset) }
        set { fields.ruleOffset = Int16(clamping: newValue - Int(fields.rangeStart)) }
    }
    /// A figure of the period compared with (比8月份的5.3%, 较二零二三年的1,830.6亿).
    public var isPrior: Bool {
        get { box.pointer.pointee.isPrior }
        _modify { yield &fields.isPrior }
    }
    /// For a share or a contribution, the whole it is a part of (占出口总值的 → 出口).
    public var wholeMetric: String? {
        get { box.pointer.pointee.rare?.fields.wholeMetric }
        set {
            // Most claims have none and are set none (the resolver sets every claim's):
            // nothing to change, no box to copy or remake.
            if newValue == nil, box.pointer.pointee.rare?.fields.wholeMetric == nil { return }
            fields.editRare { $0.wholeMetric = newValue }
        }
    }
    /// For a change, the period it is measured against (较去年全年收窄3.8个百分点).
    public var comparedPeriod: Period? {
        get { box.pointer.pointee.rare?.fields.comparedPeriod }
        set {
            // Most claims have none and are set none (the resolver sets every claim's):
            // nothing to change, no box to copy or remake.
            if newValue == nil, box.pointer.pointee.rare?.fields.comparedPeriod == nil { return }
            fields.editRare { $0.comparedPeriod = newValue }
        }
    }
    /// current-prices, constant-prices, real or nominal, when its sentence says.
    public var measure: String? {
        get { box.pointer.pointee.rare?.fields.measure }
        set {
            // Most claims have none and are set none (the resolver sets every claim's):
            // nothing to change, no box to copy or remake.
            if newValue == nil, box.pointer.pointee.rare?.fields.measure == nil { return }
            fields.editRare { $0.measure = newValue }
        }
    }
    /// Which fields its own sentence states, not carried or defaulted.
    public var stated: StatedFields {
        get { box.pointer.pointee.stated }
        _modify { yield &fields.stated }
    }
    /// A share's or a contribution's whole named in its own clause.
    public var wholeNamed: Bool {
        get { box.pointer.pointee.wholeNamed }
        _modify { yield &fields.wholeNamed }
    }
}

/// The fields of a claim its own sentence states: a subject, a period or a basis read
/// elsewhere (carried from the paragraph, or the release's default year) may be wrong for it.
public struct StatedFields: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let subject = StatedFields(rawValue: 1)
    public static let period = StatedFields(rawValue: 2)
    public static let basis = StatedFields(rawValue: 4)
    /// The period was neither stated nor carried: the release's default.
    public static let periodDefaulted = StatedFields(rawValue: 8)
    /// The subject is a name the lexicons lack, read from the words of the claim's own clause:
    /// good for the frames of its sentence, not for linking figures across sentences.
    public static let subjectOpen = StatedFields(rawValue: 16)
    /// Not a field: no word said which way the change went (claims/kinds.rules `unsigned`).
    public static let signUnread = StatedFields(rawValue: 32)
}

/// What a claim keeps of the quantity it was read from: a whole `Quantity` (value, interval,
/// unit names) is a quarter kilobyte, and a large document has claims by the hundred thousand.
public struct QuantityPlace: Sendable, Hashable {
    // 12 bytes (a claim holds one): the start in 32 bits, like the working text's offsets; the
    // rest from it in 16 (a quantity is a qualifier, a number of at most
    // `ExactDecimal.maximumDigits` digits and a unit: far shorter than 65,535 units).
    private var start: Int32
    private var length: UInt16
    private var numberOffset: UInt16
    private var numberLength: UInt16
    private var storedMagnitude: Int8
    public var form: Quantity.Form

    /// The quantity's text, qualifier and unit included, in the working copy.
    public var range: Range<Int> {
        get { Int(start)..<(Int(start) + Int(length)) }
        set {
            let number = numberRange
            (start, length) = (Int32(newValue.lowerBound), UInt16(clamping: newValue.count))
            numberRange = number
        }
    }
    /// Its number alone.
    public var numberRange: Range<Int> {
        get { (Int(start) + Int(numberOffset))..<(Int(start) + Int(numberOffset) + Int(numberLength)) }
        set { (numberOffset, numberLength) = (UInt16(clamping: newValue.lowerBound - Int(start)), UInt16(clamping: newValue.count)) }
    }
    /// The power of ten its magnitude words applied (万 4, 亿 8, 万亿 12).
    public var magnitude: Int {
        get { Int(storedMagnitude) }
        set { storedMagnitude = Int8(clamping: newValue) }
    }

    init(_ quantity: Quantity) {
        start = Int32(quantity.range.lowerBound)
        length = UInt16(clamping: quantity.range.count)
        numberOffset = UInt16(clamping: quantity.numberRange.lowerBound - quantity.range.lowerBound)
        numberLength = UInt16(clamping: quantity.numberRange.count)
        storedMagnitude = Int8(clamping: quantity.magnitude)
        form = quantity.form
    }
}
