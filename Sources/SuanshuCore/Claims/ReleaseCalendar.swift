/// The dates a release gives about itself: the year it reports on and the day it was
/// issued, so that 去年, 今年, 全年 and a bare 12月份 resolve to real dates.
struct ReleaseCalendar {
    /// The year most dates of the release name (the year it reports on).
    let dataYear: Int?
    /// The year the release was issued: 去年 in a release dated 1月14日 about 2025 is 2025.
    let releaseYear: Int?

    /// `periods` are the period words (全年, 上半年 …): the months they reach tell whether
    /// a release dated 1月14日 reports on the year before.
    init(quantities: [[Quantity]], text: UnsafeBufferPointer<UInt16>, periods: WordTable<String>) {
        var years: [Int: Int] = [:]
        var latestMonth: [Int: Int] = [:]
        var firstDay: (month: Int, year: Int?)?
        var yearInScope: Int?
        for (index, sentence) in quantities.enumerated() {
            let dates = sentence.filter { $0.notAClaim == .date }
            for (k, date) in dates.enumerated() {
                let value = Int(date.value.doubleValue)
                switch date.dateField {
                case "year":
                    years[value, default: 0] += 1
                    yearInScope = value
                case "quarter":
                    if let year = yearInScope { latestMonth[year] = max(latestMonth[year] ?? 0, value * 3) }
                case "month":
                    if let year = yearInScope { latestMonth[year] = max(latestMonth[year] ?? 0, value) }
                    // 1月14日 near the top: the day of issue.
                    if index < 4, firstDay == nil, k + 1 < dates.count, dates[k + 1].dateField == "day",
                       dates[k + 1].range.lowerBound == date.range.upperBound {
                        let year = k > 0 && dates[k - 1].dateField == "year" && dates[k - 1].range.upperBound == date.range.lowerBound
                            ? Int(dates[k - 1].value.doubleValue) : nil
                        firstDay = (value, year)
                    }
                default: break
                }
            }
        }
        let dataYear = years.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
        self.dataYear = dataYear
        // 上半年 reaches June, 前三季度 September. (全年 is left out: a mid-year release
        // speaks of the full year ahead.)
        if let dataYear {
            let reach = ["half-1": 6, "half-2": 12, "quarters-3": 9]
            var i = 0
            while i < text.count {
                if let (length, what) = periods.match(text, at: i, limit: text.count) {
                    if let month = reach[what] { latestMonth[dataYear] = max(latestMonth[dataYear] ?? 0, month) }
                    i += length
                } else {
                    i += 1
                }
            }
        }
        if let firstDay, let year = firstDay.year {
            releaseYear = year
        } else if let firstDay, let dataYear {
            // Issued in a month before the last month it reports on: the following year.
            releaseYear = firstDay.month < (latestMonth[dataYear] ?? 0) ? dataYear + 1 : dataYear
        } else {
            releaseYear = dataYear
        }
    }

    var defaultPeriod: Period? {
        guard let year = dataYear else { return nil }
        return Period(text: "\(year)年", from: CalendarDate(year: year, month: 1, day: 1), to: CalendarDate(year: year, month: 12, day: 31))
    }

    private func months(_ year: Int, _ first: Int, _ last: Int, _ text: String) -> Period {
        Period(text: text, from: CalendarDate(year: year, month: first, day: 1),
               to: CalendarDate(year: year, month: last, day: CalendarDate.lastDay(year: year, month: last)))
    }

    /// A period word: 今年, 去年, 全年, 上半年, 下半年, 前三季度.
    func period(named what: String, yearInScope: Int?, text: String) -> Period? {
        switch what {
        case "release-year": releaseYear.map { months($0, 1, 12, text) }
        case "previous-year": releaseYear.map { months($0 - 1, 1, 12, text) }
        case "data-year": (yearInScope ?? dataYear).map { months($0, 1, 12, text) }
        case "half-1": (yearInScope ?? dataYear).map { months($0, 1, 6, text) }
        case "half-2": (yearInScope ?? dataYear).map { months($0, 7, 12, text) }
        case "quarters-3": (yearInScope ?? dataYear).map { months($0, 1, 9, text) }
        default: nil
        }
    }

    /// A group of adjacent dates: 2025年, 2025年10月份, 12月份, 1—9月份, 前10个月, 一季度, 1月14日.
    func period(of group: [Quantity], yearInScope: Int?, text: String) -> Period? {
        var year: Int?
        var months: [Int] = []
        var day: Int?
        var quarters: [Int] = []
        var prefixMonths: Int?
        for date in group {
            let value = Int(date.value.doubleValue)
            switch date.dateField {
            case "year": year = value
            case "month": months.append(value)
            case "day": day = value
            case "quarter": quarters.append(value)
            default:
                if date.notAClaim == .period, date.unit == "month" { prefixMonths = value }
                if date.notAClaim == .period, date.unit == "quarter" { quarters = [1, value] }
            }
        }
        guard let y = year ?? yearInScope ?? dataYear else { return nil }
        if group.contains(where: { $0.notAClaim == .period && $0.dateField == "quarter" }), let q = quarters.last {
            return self.months(y, 1, q * 3, text)  // 前三季度
        }
        if let n = prefixMonths, (1...12).contains(n) { return self.months(y, 1, n, text) }
        if let first = months.first, let last = months.last, (1...12).contains(first), (1...12).contains(last), first <= last {
            if let day, months.count == 1 {
                return Period(text: text, from: CalendarDate(year: y, month: first, day: day), to: CalendarDate(year: y, month: first, day: day))
            }
            return self.months(y, first, last, text)
        }
        if let first = quarters.first, let last = quarters.last, (1...4).contains(first), (1...4).contains(last), first <= last {
            return self.months(y, first * 3 - 2, last * 3, text)
        }
        if year != nil { return self.months(y, 1, 12, text) }
        return nil
    }
}
