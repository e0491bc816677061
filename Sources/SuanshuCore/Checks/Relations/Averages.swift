/// A total over a stretch of days and its average a day (日均, 平均每日): total / days = average.
/// The days are those stated in the paragraph (假期8天), a strong link; or the calendar days of
/// the total's stated period (2024年1月至6月: 182), a weak one: the text does not say what it
/// divided by, and markets and offices average over their working days (日均成交 over 18
/// trading days of a 31-day month).
extension Checker {
    func averages(_ context: Context, _ found: inout CheckList) {
        let units = context.text.utf16
        for average in context.claims where context.isLevel(average) {
            // 日均 in the average's own clause, before its figure.
            let clause = context.clauseStart(before: average.range.lowerBound)..<average.range.lowerBound
            if let word = words.perMonth.first(where: { units[clause].contains(word: $0) }) {
                monthly(average, clause, word, context, &found)
                continue
            }
            guard let word = words.perDay.first(where: { units[clause].contains(word: $0) }),
                  let total = total(of: average, before: clause, context) else { continue }
            // The days of the paragraph, else of the total's period, else the last stated
            // before the paragraph (国庆节7天假期 in the release's opening): those may be of
            // another stretch, so they make a weak link.
            let inParagraph = statedDays(before: average, context)
            // (A total before a ； needs the days stated in the paragraph, or a period shorter
            // than a year stated in its own clause (10月份，…天然气产量218亿立方米，…；日均产量…):
            // the calendar's days of a year may be of another stretch than the average's, 2025年
            // for 春节档.)
            if total.sentence != average.sentence, inParagraph == nil,
               periodDays(of: total).map({ $0.0 >= 365 }) ?? true { continue }
            let ofPeriod = inParagraph == nil ? periodDays(of: total) : nil
            guard let (days, daysText) = inParagraph ?? ofPeriod ?? statedDays(before: average, context, reach: 3_000) else { continue }
            let range = CornerRange(claims: [total]) { $0[0] / Double(days) }
            let start = clause.first { units[$0...].starts(with: word) } ?? clause.lowerBound
            // Days stated before the paragraph are of the same stretch when the average's
            // sentence names it as they did (春节假期8天 … 春节假期…日均183.6万人次).
            // (Another statement of as many days may name it: 春节假期8天 before 按8天计算.)
            var sameStretch = false
            if inParagraph == nil, ofPeriod == nil {
                var text: Range<Int>? = daysText
                while let stated = text, !sameStretch {
                    sameStretch = namesStretch(of: stated, in: average, context)
                    text = statedDays(beforeOffset: stated.lowerBound, context, reach: 3_000 - (average.range.lowerBound - stated.lowerBound))
                        .flatMap { $0.0 == days ? $0.1 : nil }
                }
            }
            // (发电, 起降: a flow of every day, over the calendar's days.)
            // (The total's clause on to the average: 共保障1490.6万人次中外人员出入境，日均….)
            let totalClause = context.clauseStart(before: total.range.lowerBound)..<average.range.lowerBound
            // (Only over a period the text dates, 10月份 or 1—9月: 今年暑运 is a stretch of the
            // year, not all of it.)
            let dated = total.period?.text.unicodeScalars.contains { "0123456789０１２３４５６７８９〇一二三四五六七八九十".unicodeScalars.contains($0) } ?? false
            let everyDay = ofPeriod != nil && dated && words.calendarDay.contains { units[clause].contains(word: $0) || units[totalClause].contains(word: $0) }
            var link = Link(strength: (inParagraph == nil && !sameStretch) && !everyDay ? .weak : .strong, evidence: [context.frame("per-day", start..<(start + word.count)),
                                                          context.frame("days", daysText), context.fields([total, average]).evidence])
            if everyDay {
                link.evidence.insert(context.frame("every-day", everyDayWord(clause, totalClause, context)), at: 2)
            } else if ofPeriod != nil {
                link.note = "the days are the calendar days of the total's period; the text does not state them, and an average over working or trading days would differ"
            } else if inParagraph == nil && !sameStretch {
                link.note = "the days are stated before the average's paragraph, and may be of another stretch of time"
            }
            found.add("average", [total, average], stated: average, range: range, context: context, link: link) { r in
                "\(context.label(total)) over \(days) days is \(context.range(r, like: average)) a day; stated \(context.text.originalString(average.range)) \(context.gap(r, average))"
            }
        }
    }

    /// Where the calendar-day word stands, in the average's clause or else the total's.
    private func everyDayWord(_ clause: Range<Int>, _ totalClause: Range<Int>, _ context: Context) -> Range<Int> {
        let units = context.text.utf16
        for range in [clause, totalClause] {
            for word in words.calendarDay {
                if let p = range.first(where: { units[$0..<range.upperBound].starts(with: word) }) { return p..<(p + word.count) }
            }
        }
        return clause
    }

    /// The total an average divides: the last level of the sentence before the average's
    /// clause, in the same unit, not an average itself. (The sentence up to its full stop:
    /// 8天实现票房95.10亿元，…；档期日均票房11.98亿元 — a ； ends no sentence here.)
    private func total(of average: Claim, before clause: Range<Int>, _ context: Context) -> Claim? {
        let from = context.sentenceStart(before: clause.lowerBound)
        let sentence = context.claims[..<average.number].reversed().prefix { $0.range.lowerBound >= from }
        let found = sentence.first(where: { c in
            // (Not an average of any kind: 人均结案115.3件 is no total of 平均每天审结8.1万件;
            // nor the level of the period compared with: 上年春节档为80.16亿元.)
            // (Of the average's period: 9月份日均产量为245.0万吨 is no average of October's total.)
            c.range.upperBound <= clause.lowerBound && context.isLevel(c) && c.unit == average.unit && context.sameMeasureWord(c, average)
                && context.samePeriod(c, average)
                && !isAverage(c, context) && !c.isPrior && !isWholeOfShareAfter(c, context)
                // (Nor a bound said of the total, 突破５千億美元 after 5,144.6億美元.)
                && (c.qualifier == .exact || c.qualifier == .about)
                // (Before a ；, one whose name the average's holds: 档期日均票房 of 票房, not of
                // 上年春节档.)
                && (c.sentence == average.sentence
                    || c.subject?.metric.map { m in
                        // (发电量 of 日均发电: the measure's 量 left off.)
                        let stem = m.hasSuffix("量") && m.count >= 3 ? String(m.dropLast()) : m
                        return stem.count >= 2 && average.subject?.text.bytesContain(stem) == true
                    } == true)
        })
        // (共處理旅客5,118,000人次，…，其中抵港旅客…，離港旅客2,557,000人次，平均每日客運量…: the
        // last level a part 其中 breaks the whole into; the average is the whole's.)
        guard let last = found else { return nil }
        let units = context.text.utf16
        // (其中經港珠澳大橋香港口岸的日均旅客約12.3萬人次: 其中 opens the average's own clause,
        // the daily figure of a part, not of the total before it.)
        if words.breakdown.contains(where: { units[clause].contains(word: $0) }) { return nil }
        if let mark = (from..<last.range.lowerBound).last(where: { p in words.breakdown.contains { units[p...].starts(with: $0) } }),
           let whole = sentence.first(where: { $0.range.upperBound <= mark && context.isLevel($0) && $0.unit == last.unit && context.sameMeasureWord($0, last)
               && !$0.isPrior && ($0.qualifier == .exact || $0.qualifier == .about) && !isAverage($0, context) }) {
            return whole
        }
        return last
    }

    /// 支出进度为年初预算（12958亿元）的80.4%, 完成全年1200万人目标任务的89.1%: a figure a share
    /// right after it is of (the budget or the target the outcome is measured against), no
    /// total of the clause.
    private func isWholeOfShareAfter(_ c: Claim, _ context: Context) -> Bool {
        let next = c.number + 1
        guard next < context.claims.count, context.claims[next].sentence == c.sentence, context.claims[next].kind == .share else { return false }
        let units = context.text.utf16
        // (A claim's text may reach past the next quantity's start: 连续 and 第…大 take in words.)
        let nextStart = context.claims[next].quantity.range.lowerBound
        guard c.range.upperBound <= nextStart else { return false }
        let between = units[c.range.upperBound..<nextStart]
        // (At most a few words of the target between, 目标任务的, and no clause break: not
        // 1057万人，占全国的8% — a part's share of something else.)
        return between.count <= 6 && !between.contains(where: { [0xFF0C, 0x2C, 0xFF1B, 0x3B, 0x3002].contains($0) })
            && between.last.map { $0 == 0x7684 || $0 == 0x4E4B } == true  // 的, 之
    }

    /// 1—10月…新设企业53782家，平均每月5378家: the total over the months of its stated period
    /// (whole months of one year), strong: a month is no working day, the count is the text's.
    private func monthly(_ average: Claim, _ clause: Range<Int>, _ word: [UInt16], _ context: Context, _ found: inout CheckList) {
        guard let total = total(of: average, before: clause, context), total.stated.contains(.period), let period = total.period,
              period.isWholeMonths else { return }
        let months = period.to.month - period.from.month + 1
        guard months > 1 else { return }
        var range = CornerRange(claims: [total]) { $0[0] / Double(months) }
        // An average of a count shown in whole ones (平均每月5378家) is the quotient rounded so.
        if let r = range, average.interval.low == average.interval.high, average.value.doubleValue.rounded() == average.value.doubleValue {
            range = CornerRange(low: r.low.rounded(), high: r.high.rounded())
        }
        let units = context.text.utf16
        let start = clause.first { units[$0...].starts(with: word) } ?? clause.lowerBound
        let link = Link(strength: .strong, evidence: [context.frame("per-month", start..<(start + word.count)), context.fields([total, average]).evidence])
        found.add("average", [total, average], stated: average, range: range, context: context, link: link) { r in
            "\(context.label(total)) over \(months) months is \(context.range(r, like: average)) a month; stated \(context.text.originalString(average.range)) \(context.gap(r, average))"
        }
    }

    /// 假期8天: the last count of days (ASCII digits after normalisation, then 天) in the
    /// average's paragraph before it, or with `reach`, within that many units before it.
    private func statedDays(before c: Claim, _ context: Context, reach: Int? = nil) -> (Int, Range<Int>)? {
        statedDays(beforeOffset: c.range.lowerBound, context, reach: reach)
    }

    private func statedDays(beforeOffset start: Int, _ context: Context, reach: Int? = nil) -> (Int, Range<Int>)? {
        if let reach, reach <= 0 { return nil }
        let units = context.text.utf16
        var p = start
        let floor = reach.map { max(0, p - $0) } ?? 0
        while p > floor, reach != nil || units[p - 1] != 0x0A {
            p -= 1
            guard words.day.contains(units[p]) else { continue }
            var q = p
            while q > 0, (0x30...0x39).contains(units[q - 1]) { q -= 1 }
            guard q < p, p - q <= 4, let days = Int(String(decoding: units[q..<p], as: UTF16.self)), days > 0 else { continue }
            return (days, q..<(p + 1))
        }
        return nil
    }

    /// The average's sentence holds the name the days were stated with: three or four
    /// characters right before their digits (春节假期 of 春节假期8天) or right after 天
    /// (国庆假期 of 8天国庆假期).
    private func namesStretch(of days: Range<Int>, in average: Claim, _ context: Context) -> Bool {
        let units = context.text.utf16
        let sentence = units[context.sentenceStart(before: average.range.lowerBound)..<average.range.lowerBound]
        let isIdeograph = { (u: UInt16) in (0x3400...0x9FFF).contains(u) }
        var before: [UInt16] = []
        var p = days.lowerBound
        while p > 0, before.count < 4, isIdeograph(units[p - 1]) { p -= 1; before.insert(units[p], at: 0) }
        var after: [UInt16] = []
        var q = days.upperBound
        while q < units.count, after.count < 4, isIdeograph(units[q]) { after.append(units[q]); q += 1 }
        // (Three characters at least: 假期 alone may be of any holiday.)
        for length in stride(from: 4, through: 3, by: -1) {
            if before.count >= length, sentence.contains(word: Array(before.suffix(length))) { return true }
            if after.count >= length, sentence.contains(word: Array(after.prefix(length))) { return true }
        }
        return false
    }

    /// The days of the total's period, when its own sentence states it and it is shorter than
    /// a year and a bit (1月至6月).
    private func periodDays(of total: Claim) -> (Int, Range<Int>)? {
        guard total.stated.contains(.period), let period = total.period else { return nil }
        let days = CalendarDate.dayNumber(period.to) - CalendarDate.dayNumber(period.from) + 1
        guard days > 1, days <= 370 else { return nil }
        return (days, total.range)
    }
}

extension CalendarDate {
    /// Days since 1970-01-01 (proleptic Gregorian): the length of a period.
    static func dayNumber(_ d: CalendarDate) -> Int {
        let y = d.month <= 2 ? d.year - 1 : d.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }
}
