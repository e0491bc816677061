/// A figure of a summary said again in the body: the headline (the short lines before the
/// first line with a full stop, and a short lead paragraph after them) restating a figure of the release (3月PMI升至50.5% and
/// 制造业采购经理指数为50.5%), or a host's or a reporter's turn in a briefing (主持人：, 记者：,
/// checks/summaries.lex) restating a figure of an answer (主持人：…快递超过1300亿件 against
/// 快递业务量是1282亿件). A summary names its figure shortly or not at all, so the figures are
/// tied by the frame, not by equal subjects: of one kind, unit (or one of
/// checks/conversions.lex), period when both state one, basis and measure, within a tenth of
/// each other (a bound: a quarter); the frame's link is strong when the summary's name is in
/// the body figure's (快递 in 快递业务量) and the text gives both periods (not the release's
/// default), else weak. Of
/// several candidates one that agrees is taken first: a summary is never called wrong while
/// a figure of the body bears it out.
extension Checker {
    func summaryRestatements(_ context: Context, _ found: inout CheckList) {
        let units = context.text.utf16
        let regions = summaryRegions(units, firstClaim: context.claims.first?.range.lowerBound ?? units.count)
        guard !regions.isEmpty else { return }
        // The region of each claim (an index of `regions`), -1 for the body.
        var regionOf = [Int32](repeating: -1, count: context.claims.count)
        var r = 0
        for c in context.claims {
            while r < regions.count, regions[r].range.upperBound <= c.range.lowerBound { r += 1 }
            if r < regions.count, regions[r].range.contains(c.range.lowerBound) { regionOf[c.number] = Int32(r) }
        }
        for h in context.claims where regionOf[h.number] >= 0 && !h.isPrior {
            let region = regions[Int(regionOf[h.number])]
            let bound = h.qualifier != .exact
            // A bound holds for the figure; a figure restated lies within the other's rounding
            // (6.4% and 6.5% only touch: two figures).
            func agrees(_ b: Claim, _ factor: Double) -> Bool {
                guard let r = CornerRange(claims: [b], { $0[0] * factor }) else { return false }
                if bound { return r.meets(h.interval) }
                let x = h.value.doubleValue
                return CornerRange.contains(h.interval, b.value.doubleValue * factor) || (r.low <= x && x <= r.high)
            }
            var candidates: [(claim: Claim, factor: Double)] = []
            for n in context.aroundNumbers(h, in: context.numbers(ofKind: h.kind)) {
                let b = context.claims[Int(n)]
                // A bound may meet another (近4,500萬 and 逾4,450萬); a figure restated is exact.
                guard regionOf[b.number] < 0, !b.isPrior, b.qualifier == .exact || bound,
                      !region.isHeadline || b.range.lowerBound >= region.range.upperBound && b.range.lowerBound < region.scopeEnd,
                      let factor = unitFactor(from: b, to: h, context),
                      context.isYearOnYear(h) == context.isYearOnYear(b), context.isYearOnYear(h) || context.sameBasis(h, b),
                      Self.sameMeasure(h.measure, b.measure),
                      h.period == nil || b.period == nil || h.stated.contains(.periodDefaulted) || context.samePeriod(h, b)
                        // (a level: figures of one end within a quarter of each other are one
                        // stock, never a month's flow against a half-year's)
                        || context.isLevel(h) && context.sameEnd(h, b)
                else { continue }
                let x = h.value.doubleValue, y = b.value.doubleValue * factor
                guard abs(x - y) <= (bound ? 0.25 : 0.1) * max(abs(x), abs(y)) else { continue }
                // Two metrics the lexicons know, neither named in the other: two figures.
                // (Unless written as the summary's own figure: 酒店客房入住率升至８５.１％ and
                // 客房平均入住率為85.1% name it in two ways.)
                if h.stated.contains(.subject), b.stated.contains(.subject), !context.sameMetric(h, b),
                   !sameName(lexiconName(h)[...], bodyName(b, context)), bound || b.value != h.value || factor != 1 { continue }
                // A figure under a breakdown (分专业看，…异地快递业务量…) named otherwise than the
                // summary's: a part's, not the whole's said again (unless it bears it out).
                if lexiconName(b) != lexiconName(h), underBreakdown(b, context), !agrees(b, factor) { continue }
                // Shares each said after a level of another measure (票房…亿元 against …部) are
                // shares of two wholes.
                if h.kind == .share, context.ofOtherMeasures(h, b) { continue }
                candidates.append((b, factor))
            }
            guard !candidates.isEmpty else { continue }
            let name = summaryName(h, context)
            // (Or by the name its own clause gave it, without the words of time before it:
            // 5G基站 of 上半年5G基站超过465万个.)
            let ownName = h.namesSubject ? lexiconName(h)[...] : []
            func named(_ b: Claim) -> Bool {
                let body = bodyName(b, context)
                return sameName(name, body) || sameName(ownName, body)
            }
            // Exact figures first, then the nearest.
            func distance(_ b: Claim) -> Int { abs(b.range.lowerBound - h.range.lowerBound) + (b.qualifier == .exact ? 0 : 1 << 40) }
            // Agreeing and named, agreeing, named, any: the nearest of the first kind found.
            var ranked = candidates.map { ($0, agrees($0.claim, $0.factor), named($0.claim)) }
            // An exact figure of the name is what the summary answers to, not another loose
            // wording of it (超过465万个 against 454.9万个, not against 已经超过450万个).
            if ranked.contains(where: { $0.0.claim.qualifier == .exact && $0.2 }) { ranked.removeAll { $0.0.claim.qualifier != .exact } }
            // (First, a figure written as the summary's own: 工業生產年增11.25% is borne out by
            // 較上年同月…增加11.25%, not called wrong against 製造業…年增11.70%.)
            if !bound, ranked.contains(where: { $0.1 && $0.0.factor == 1 && $0.0.claim.value == h.value }) {
                ranked.removeAll { !($0.1 && $0.0.factor == 1 && $0.0.claim.value == h.value) }
            }
            let order: [(Bool?, Bool?)] = [(true, true), (false, true), (true, false), (false, false)]
            var chosen: [(claim: Claim, factor: Double)] = []
            var isNamed = false
            for (agree, name) in order {
                let these = ranked.filter { $0.1 == agree && $0.2 == name }.map(\.0)
                guard let nearest = these.min(by: { distance($0.claim) < distance($1.claim) }) else { continue }
                isNamed = name == true
                // 汽车产销双双突破3100万辆: a bound may hold for several figures of one sentence;
                // 17.90亿亩 restates both 119319千公顷 and its 178979万亩 in brackets. (Every
                // one of the sentence, so that a figure moved keeps its pairs.)
                let exact = nearest.claim.qualifier == .exact
                chosen = (agree == true ? ranked.filter(\.1).map(\.0) : these)
                    .filter { $0.claim.sentence == nearest.claim.sentence && ($0.claim.qualifier == .exact) == exact }
                break
            }
            // Named, and of a period the text gives (stated or carried from the headline), not
            // the release's default.
            let strong = isNamed && h.period != nil && !h.stated.contains(.periodDefaulted)
                && chosen.allSatisfy { !$0.claim.stated.contains(.periodDefaulted) }
            for (b, factor) in chosen {
                var link = Link(strength: strong ? .strong : .weak,
                                evidence: [context.frame(region.name, region.frame), context.fields([h, b]).evidence])
                if !strong {
                    link.note = isNamed
                        ? "the summary's period is not given or is the release's default, so it may be of another period"
                        : "the summary's words name no subject found in the body figure's, so it may restate another figure"
                }
                if bound {
                    let range = CornerRange(claims: [h]) { $0[0] / factor }
                    let tolerance: Double? = [.nearly, .about].contains(h.qualifier) ? 0.1 * abs(b.value.doubleValue) : nil
                    found.add("bound", [h, b], stated: b, range: range, context: context, link: link, message: { r in
                        "\(context.label(h)) (summary) allows \(context.range(r, like: b)); stated \(context.label(b)) \(context.gap(r, b))"
                    }, nearMiss: tolerance, nearMissNote: "; loose wording this close to the exact figure is not called an error")
                } else {
                    let range = CornerRange(claims: [b]) { $0[0] * factor }
                    found.add("restatement", [b, h], stated: h, range: range, context: context, link: link) { r in
                        "\(context.label(b)) restated in the summary as \(context.label(h)) \(context.gap(r, h))"
                    }
                }
            }
        }
    }

    /// Measures that may restate each other: either unsaid, or both of volume (constant
    /// prices, real: GDP增长5.0% and 实际增长5.0%) or both of value (current prices, nominal).
    static func sameMeasure(_ a: String?, _ b: String?) -> Bool {
        // A seasonally adjusted figure is another series than the one said without it.
        // (未经季节调整 names the series a figure without a measure word is of.)
        if a == "seasonally-adjusted" || b == "seasonally-adjusted" { return a == b }
        if a == "unadjusted" || b == "unadjusted" { return true }
        guard let a, let b else { return true }
        let volume: Set = ["constant-prices", "real"]
        return a == b || volume.contains(a) == volume.contains(b)
    }

    /// How many of `to`'s unit one of `from`'s makes: 1 for one unit (counts of one measure
    /// word), a factor of checks/conversions.lex, or nil.
    private func unitFactor(from b: Claim, to h: Claim, _ context: Context) -> Double? {
        if b.unit == h.unit { return b.unit != "count" || context.sameMeasureWord(b, h) ? 1 : nil }
        if let f = conversions[ConversionKey(from: b.unit, to: h.unit)] { return f }
        if let f = conversions[ConversionKey(from: h.unit, to: b.unit)] { return 1 / f }
        return nil
    }

    /// One summary of the text: its range, the words that make it one (the headline, the
    /// speaker's label) and whether it is the headline.
    struct SummaryRegion {
        var range: Range<Int>
        var frame: Range<Int>
        var isHeadline: Bool
        /// The frame's name: headline, lead, section-heading or asker-turn.
        var name: String
        /// For a summary of the body after it: where the figures it may restate end (a
        /// section heading's section).
        var scopeEnd = Int.max
    }

    /// The headline — at most three lines of at most 80 units before the first line with a
    /// full stop, with a line after them, and that line too when the headline holds no figure,
    /// it is at most 160 units and two more follow (a lead) — and the turns opened by an
    /// asker's label.
    func summaryRegions(_ units: [UInt16], firstClaim: Int) -> [SummaryRegion] {
        // Read as they come, not listed: a text of a million short lines would hold 16 MB of
        // ranges beside its claims. The headline's look reads the first few.
        let lines = LineRanges(units: units)
        let firstLines = Array(lines.prefix(6))
        var regions: [SummaryRegion] = []
        // Turns: a label of at most 16 units before ：at a line's start; an asker's runs to the next label.
        var asker: (start: Int, label: Range<Int>)?
        for line in lines {
            let head = line.lowerBound..<min(line.upperBound, line.lowerBound + 17)
            guard let colon = head.first(where: { units[$0] == 0xFF1A || units[$0] == 0x3A }),
                  colon > line.lowerBound, !units[line.lowerBound..<colon].contains(where: { [0xFF0C, 0x3002, 0x2C].contains($0) })
            else { continue }
            if let a = asker { regions.append(SummaryRegion(range: a.start..<line.lowerBound, frame: a.label, isHeadline: false, name: "asker-turn")) }
            let label = line.lowerBound..<colon
            let isAsker = summaryWords.asker.contains { word in label.contains { units[$0...].starts(with: word) && $0 + word.count <= colon } }
            asker = isAsker ? (line.lowerBound, label) : nil
        }
        if let a = asker { regions.append(SummaryRegion(range: a.start..<units.count, frame: a.label, isHeadline: false, name: "asker-turn")) }
        var headline = 0
        while headline < min(3, firstLines.count - 1), firstLines[headline].count <= 80, !units[firstLines[headline]].contains(0x3002) { headline += 1 }
        if headline > 0, headline < firstLines.count, units[firstLines[headline]].contains(0x3002) {
            // A headline of no figure leaves the summary to the lead: the first paragraph after
            // it, when short, more paragraphs follow and the text is no transcript (whose first
            // paragraph is a turn).
            let lead = firstLines[headline]
            let isLead = firstClaim >= firstLines[headline - 1].upperBound && lead.count <= 160 && headline + 2 < firstLines.count
                && regions.isEmpty
            let end = isLead ? lead.upperBound : firstLines[headline - 1].upperBound
            regions.append(SummaryRegion(range: 0..<end, frame: firstLines[0], isHeadline: true, name: "headline"))
        }
        guard regions.allSatisfy({ !$0.isHeadline || $0.name == "headline" }), !regions.contains(where: { $0.name == "asker-turn" }) else {
            return regions.sorted { $0.range.lowerBound < $1.range.lowerBound }
        }
        // A lead labelled as one (导语：…), and section headings (一、广义货币增长8.2%: a short line
        // with no full stop after a section number), each of the body after it; a heading's
        // reaches to the next heading.
        let covered = regions.map(\.range)
        var headings: [Range<Int>] = []
        for line in lines where !covered.contains(where: { $0.overlaps(line) }) {
            if summaryWords.lead.contains(where: { word in units[line].starts(with: word) && line.count > word.count
                    && [0xFF1A, 0x3A].contains(units[line.lowerBound + word.count]) }) {
                regions.append(SummaryRegion(range: line, frame: line.lowerBound..<(line.lowerBound + 3), isHeadline: true, name: "lead"))
                continue
            }
            var k = line.lowerBound
            while k < line.upperBound, k - line.lowerBound < 3, summaryWords.sectionNumbers.contains(units[k]) { k += 1 }
            if k > line.lowerBound, k < line.upperBound, summaryWords.sectionEnds.contains(units[k]), line.count <= 40, !units[line].contains(0x3002) {
                headings.append(line)
            }
        }
        for (n, heading) in headings.enumerated() {
            regions.append(SummaryRegion(range: heading, frame: heading.lowerBound..<(heading.lowerBound + 2), isHeadline: true, name: "section-heading",
                                         scopeEnd: n + 1 < headings.count ? headings[n + 1].lowerBound : Int.max))
        }
        return regions.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The words a summary names its figure with: those before it in its clause without the
    /// verbs of checks/summaries.lex (快递 of 快递超过1300亿件), else those after it (开放口岸 of
    /// 311个开放口岸).
    private func summaryName(_ c: Claim, _ context: Context) -> ArraySlice<UInt16> {
        let units = context.text.utf16
        var end = c.range.lowerBound
        var start = end
        while start > 0, end - start < 20, !Self.nameBoundary(units[start - 1]) { start -= 1 }
        var stripped = true
        while stripped, end > start {
            stripped = false
            for verb in summaryWords.verbs where end - start >= verb.count && units[(end - verb.count)..<end].elementsEqual(verb) {
                end -= verb.count
                stripped = true
                break
            }
        }
        if end - start >= 2 { return units[start..<end] }
        var after = c.range.upperBound
        if after < units.count, units[after] == 0x7684 { after += 1 }  // 的
        var stop = after
        while stop < units.count, stop - after < 20, !Self.nameBoundary(units[stop]) { stop += 1 }
        return units[after..<stop]
    }

    /// The body figure's name: the words its subject was read from when its sentence names
    /// one (制造业采购经理指数（PMI）), else the words before it in its clause.
    private func bodyName(_ c: Claim, _ context: Context) -> [UInt16] {
        if c.namesSubject, let s = c.subject { return lexiconName(c) + [0x20] + Array(s.text.utf16) }
        let units = context.text.utf16
        var start = c.range.lowerBound
        while start > 0, c.range.lowerBound - start < 20, !Self.nameBoundary(units[start - 1]) { start -= 1 }
        return Array(units[start..<c.range.lowerBound])
    }

    /// The figure's paragraph opens with a clause that turns to a breakdown (分区域看，).
    private func underBreakdown(_ b: Claim, _ context: Context) -> Bool {
        let units = context.text.utf16
        var start = b.range.lowerBound
        while start > 0, units[start - 1] != 0x0A { start -= 1 }
        while start < b.range.lowerBound, [0x20, 0x3000, 0x09].contains(units[start]) { start += 1 }
        var end = start
        while end < b.range.lowerBound, end - start <= 8, ![0x2C, 0xFF0C, 0x3002].contains(units[end]) { end += 1 }
        return end < b.range.lowerBound && opensDimension(start..<end, units)
    }

    /// The subject's entity and metric, one name.
    private func lexiconName(_ c: Claim) -> [UInt16] {
        Array((c.subject?.term ?? "").utf16)
    }

    /// One name in the other (快递 in 快递业务量, 出游 in 国庆假期国内出游), two units at least; `b`
    /// may hold several names apart by spaces.
    func sameName(_ a: ArraySlice<UInt16>, _ b: [UInt16]) -> Bool {
        // The body's names, apart (its subject, the words it was read from).
        let names = b.split(separator: 0x20)
        if names.count > 1 { return names.contains { sameName(a, Array($0)) } }
        guard a.count >= 2, b.count >= 2 else { return false }
        if b.contains(word: Array(a)) { return true }
        // 城乡低保对象和特困人员两项 names two things, one of them 城乡低保对象: a total of both,
        // not that one's figure (a joiner of checks/partitions.rules outside the name).
        guard let found = a.range(of: b) else { return false }
        return !(a[..<found.lowerBound] + a[found.upperBound...]).contains { partitions.joiners.contains($0) }
    }

    /// Where a summary's name stops: punctuation, a space, a line break.
    static func nameBoundary(_ u: UInt16) -> Bool {
        [0xFF0C, 0x2C, 0x3001, 0xFF1B, 0x3B, 0xFF1A, 0x3A, 0x3002, 0x0A, 0x20, 0x3000, 0xFF08, 0x28, 0xFF09, 0x29].contains(u)
    }
}

/// The non-empty lines of a text, as ranges, one after another.
struct LineRanges: Sequence {
    let units: [UInt16]

    struct Iterator: IteratorProtocol {
        let units: [UInt16]
        var start = 0

        mutating func next() -> Range<Int>? {
            while start < units.count {
                var end = start
                while end < units.count, units[end] != 0x0A { end += 1 }
                defer { start = end + 1 }
                if end > start { return start..<end }
            }
            return nil
        }
    }

    func makeIterator() -> Iterator { Iterator(units: units) }
}
