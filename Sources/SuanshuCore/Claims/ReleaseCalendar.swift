/// The dates a release gives about itself: the year it reports on and the day it was
/// issued, so that 去年, 今年, 全年 and a bare 12月份 resolve to real dates.
struct ReleaseCalendar {
    /// The year most dates of the release name (the year it reports on).
    let dataYear: Int?
    /// The year the release was issued: 去年 in a release dated 1月14日 about 2025 is 2025.
    let releaseYear: Int?
    /// In a release that names no year, the month it names most (the later on a tie): a
    /// monthly release (3月份制造业PMI…) reports on that month where a paragraph names none.
    let dataMonth: Int?

    /// `periods` are the period words (全年, 上半年 …): the months they reach tell whether
    /// a release dated 1月14日 reports on the year before.
    init(quantities: [[Quantity]], text: UnsafeBufferPointer<UInt16>, periods: WordTable<String>, markers: ClaimGrammar.Markers) {
        var years: [Int: Int] = [:]
        // Years reported on as a whole (2025年全年, 2025年，…), not 2025年10月, 2025年上半年,
        // 2024年底 or 到2030年.
        var wholeYears: Set<Int> = []
        var issued: (sentence: Int, month: Int, year: Int?, end: Int)?
        var months: [Int: Int] = [:]
        for (index, sentence) in quantities.enumerated() {
            let dates = sentence.filter { $0.notAClaim == .date }
            for (k, date) in dates.enumerated() {
                let value = date.value.dateInteger
                // A month alone: not a day's (3月31日), not an end of a span (1—8月), not one
                // compared with (比2月份).
                if date.dateField == .month, (1...12).contains(value) {
                    let before = date.range.lowerBound
                    let day = k + 1 < dates.count && dates[k + 1].dateField == .day && dates[k + 1].range.lowerBound == date.range.upperBound
                    let span = k > 0 && dates[k - 1].dateField == .month && date.range.lowerBound - dates[k - 1].range.upperBound <= 2
                    let compared = before > 0 && markers.compare.contains(text[before - 1])
                    if !day, !span, !compared { months[value, default: 0] += 1 }
                }
                if date.dateField == .year {
                    // 比2024年, 与2023年: a year compared with says nothing of the year reported on.
                    let before = date.range.lowerBound
                    if before == 0 || !markers.compare.contains(text[before - 1]) { years[value, default: 0] += 1 }
                    let after = date.range.upperBound
                    let followedByDate = k + 1 < dates.count && dates[k + 1].range.lowerBound == after
                    let part = after < text.count && markers.yearPart.contains(text[after])
                    let partOfYear = periods.match(text, at: after, limit: text.count).map { $0.value != "data-year" } ?? false
                    let target = before > 0 && (markers.compare.contains(text[before - 1]) || markers.span.contains(text[before - 1]))
                    if !followedByDate, !part, !partOfYear, !target { wholeYears.insert(value) }
                }
                // 1月14日 near the top: the day of issue.
                if date.dateField == .month, index < 4, issued == nil, k + 1 < dates.count, dates[k + 1].dateField == .day,
                   dates[k + 1].range.lowerBound == date.range.upperBound {
                    let year = k > 0 && dates[k - 1].dateField == .year && dates[k - 1].range.upperBound == date.range.lowerBound
                        ? dates[k - 1].value.dateInteger : nil
                    issued = (index, value, year, dates[k + 1].range.upperBound)
                }
            }
        }
        let dataYear = years.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
        dataMonth = years.isEmpty ? months.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key : nil
        guard let issued else {
            // No date of issue (a transcript, a copied page): a release that reports on the
            // latest year it names as a whole is issued after that year, so 去年 is that year.
            if let latest = years.keys.max(), wholeYears.contains(latest) {
                self.dataYear = latest
                releaseYear = latest + 1
            } else {
                self.dataYear = dataYear
                releaseYear = dataYear
            }
            return
        }
        self.dataYear = dataYear
        if let year = issued.year {
            releaseYear = year
            return
        }
        // The period the release introduces right after its date (介绍2025年上半年进出口情况):
        // issued after that period ends, in its year or the next.
        var introduced: (year: Int, lastMonth: Int)?
        for index in issued.sentence..<min(issued.sentence + 2, quantities.count) where introduced == nil {
            let dates = quantities[index].filter { $0.notAClaim == .date && (index > issued.sentence || $0.range.lowerBound >= issued.end) }
            guard let yearIndex = dates.firstIndex(where: { $0.dateField == .year }) else { continue }
            let year = dates[yearIndex]
            var lastMonth = 12
            if yearIndex + 1 < dates.count, dates[yearIndex + 1].range.lowerBound == year.range.upperBound {
                let next = dates[yearIndex + 1]
                let value = next.value.dateInteger
                if next.dateField == .month { lastMonth = value }
                if next.dateField == .quarter { lastMonth = value * 3 }
            } else if let (_, what) = periods.match(text, at: year.range.upperBound, limit: text.count) {
                lastMonth = ["half-1": 6, "quarters-3": 9].first { $0.key == what }?.value ?? 12
            }
            introduced = (year.value.dateInteger, lastMonth)
        }
        if let introduced {
            releaseYear = introduced.lastMonth <= issued.month ? introduced.year : introduced.year + 1
        } else if let dataYear {
            releaseYear = issued.month <= 2 ? dataYear + 1 : dataYear
        } else {
            releaseYear = nil
        }
    }

    var defaultPeriod: Period? {
        guard let year = dataYear else {
            // Of year 0, as the months of a release without a year are (see `Period`).
            return dataMonth.map { month in
                var p = months(0, month, month, "\(month)月")
                p.yearUnknown = true
                return p
            }
        }
        return Period(text: "\(year)年", from: CalendarDate(year: year, month: 1, day: 1), to: CalendarDate(year: year, month: 12, day: 31))
    }

    private func months(_ year: Int, _ first: Int, _ last: Int, _ text: String) -> Period {
        Period(text: text, from: CalendarDate(year: year, month: first, day: 1),
               to: CalendarDate(year: year, month: last, day: CalendarDate.lastDay(year: year, month: last)))
    }

    /// A period word: 今年, 去年, 全年, 上年末, 上半年, 下半年, 前三季度.
    func period(named what: String, yearInScope: Int?, text: String) -> Period? {
        switch what {
        case "release-year": releaseYear.map { months($0, 1, 12, text) }
        case "previous-year": releaseYear.map { months($0 - 1, 1, 12, text) }
        case "data-year": (yearInScope ?? dataYear).map { months($0, 1, 12, text) }
        case "data-year-before", "year-of-date-before": (yearInScope ?? dataYear).map { months($0 - 1, 1, 12, text) }
        case "half-1": (yearInScope ?? dataYear).map { months($0, 1, 6, text) }
        case "half-2": (yearInScope ?? dataYear).map { months($0, 7, 12, text) }
        case "quarters-3": (yearInScope ?? dataYear).map { months($0, 1, 9, text) }
        default: nil
        }
    }

    /// A group of adjacent dates: 2025年, 2025年10月份, 12月份, 1—9月份, 前10个月, 一季度, 1月14日.
    func period(of group: [Quantity], yearInScope: Int?, text: String) -> Period? {
        var year: Int?
        var years: [Int] = []
        var months: [Int] = []
        var day: Int?
        var quarters: [Int] = []
        var prefixMonths: Int?
        for date in group {
            let value = date.value.dateInteger
            switch date.dateField {
            case .year?:
                year = value
                years.append(value)
            case .month?: months.append(value)
            case .day?: day = value
            case .quarter?: quarters.append(value)
            default:
                if date.notAClaim == .period, date.unit == "month" { prefixMonths = value }
                if date.notAClaim == .period, date.unit == "quarter" { quarters = [1, value] }
            }
        }
        // 2021年至2024年: the years from the first to the last, whole.
        if years.count == 2, years[0] < years[1], months.isEmpty, quarters.isEmpty, prefixMonths == nil, day == nil {
            return Period(text: text, from: CalendarDate(year: years[0], month: 1, day: 1), to: CalendarDate(year: years[1], month: 12, day: 31))
        }
        // A release that names no year still orders its months: they are of year 0.
        let known = year ?? yearInScope ?? dataYear
        let y = known ?? 0
        func undated(_ p: Period?) -> Period? {
            guard var p else { return nil }
            p.yearUnknown = known == nil
            return p
        }
        return undated(datedPeriod(y, year: year, months: months, day: day, quarters: quarters, prefixMonths: prefixMonths, group, text))
    }

    private func datedPeriod(_ y: Int, year: Int?, months: [Int], day: Int?, quarters: [Int], prefixMonths: Int?,
                             _ group: [Quantity], _ text: String) -> Period? {
        if group.contains(where: { $0.notAClaim == .period && $0.dateField == .quarter }), let q = quarters.last {
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
