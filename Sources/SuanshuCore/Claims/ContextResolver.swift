/// Gives claims their period (resolved against the release's own dates), basis and subject
/// (metric, entity, partner), carrying them over where the text leaves them out.
/// How far back (in UTF-16 units) context is looked for: a sentence with no full stop in
/// a megabyte must not make every claim scan all of it.
let contextReach = 300

struct ContextResolver {
    let grammar: ClaimGrammar
    /// The metric words of the text's script (ClaimGrammar.metrics(for:)).
    let metrics: WordTable<String>
    let text: NormalizedText
    let segmentation: Segmentation
    /// Where each sentence's numbers that are no part of an entity stand (figures, dates,
    /// list numbers; not the numerals of names and words): what the subjects need of the
    /// quantities, so that those can be let go before the subjects are read (on a large
    /// document they are a quarter of the memory). Sentence `k`'s are
    /// `numberMarks[numberMarkStarts[k]..<numberMarkStarts[k + 1]]`.
    private let numberMarks: [Range<Int>]
    private let numberMarkStarts: [Int]
    /// The ages of each sentence (15至24岁, numbers/units.lex dimension=age), as for
    /// `numberMarks`: a group named by ages (15至24岁者) keeps them in its name.
    private let ageMarks: [Range<Int>]
    private let ageMarkStarts: [Int]
    /// The paragraph of each sentence (paragraphs end at line breaks).
    private let paragraphOf: [Int]
    /// Where a period in scope holds: the paragraph, or in a transcript the speaker's turn.
    private let periodScopeOf: [Int]
    /// Whether the text is a briefing's transcript (a paragraph opened by 记者：, 主持人：…).
    private let isTranscript: Bool

    init(grammar: ClaimGrammar, text: NormalizedText, segmentation: Segmentation, quantities: [[Quantity]]) {
        self.grammar = grammar
        self.text = text
        metrics = grammar.metrics(for: text.script)
        self.segmentation = segmentation
        var marks: [Range<Int>] = []
        var markStarts: [Int] = [0]
        var ages: [Range<Int>] = []
        var ageStarts: [Int] = [0]
        markStarts.reserveCapacity(quantities.count + 1)
        for sentence in quantities {
            for quantity in sentence {
                switch quantity.notAClaim {
                case nil, .date?, .period?, .listNumber?: marks.append(quantity.range)
                default: break
                }
                if quantity.dimension == "age" { ages.append(quantity.range) }
            }
            markStarts.append(marks.count)
            ageStarts.append(ages.count)
        }
        numberMarks = marks
        numberMarkStarts = markStarts
        ageMarks = ages
        ageMarkStarts = ageStarts
        var paragraph = 0
        var turn = 0
        var paragraphOf: [Int] = []
        var turnOf: [Int] = []
        var isTranscript = false
        text.utf16.withUnsafeBufferPointer { units in
            for (index, sentence) in segmentation.sentences.enumerated() {
                let opensParagraph = index == 0 || units[segmentation.sentences[index - 1].range.upperBound..<sentence.range.lowerBound].contains(0x0A)
                if opensParagraph, index > 0 { paragraph += 1 }
                // 记者：… / 发言人：…: a turn of a briefing.
                if opensParagraph, let (length, _) = grammar.speakers.match(units, at: sentence.range.lowerBound, limit: sentence.range.upperBound),
                   sentence.range.lowerBound + length < sentence.range.upperBound, units[sentence.range.lowerBound + length] == 0x3A {
                    isTranscript = true
                    if index > 0 { turn += 1 }
                } else if isTranscript, opensParagraph, Self.opensWithIntroducedName(sentence.range, units) {
                    turn += 1
                }
                paragraphOf.append(paragraph)
                turnOf.append(turn)
            }
        }
        self.paragraphOf = paragraphOf
        periodScopeOf = isTranscript ? turnOf : paragraphOf
        self.isTranscript = isTranscript
    }

    /// 李建平：… in a transcript whose host introduced 运输司司长李建平: a paragraph opening with a
    /// name of 2–4 characters and a colon, the name said before it (within 20,000 units),
    /// is a speaker's turn (not: 注：… or 来源：…, names the text never said before).
    private static func opensWithIntroducedName(_ sentence: Range<Int>, _ units: UnsafeBufferPointer<UInt16>) -> Bool {
        var end = sentence.lowerBound
        while end < sentence.upperBound, end - sentence.lowerBound <= 4, (0x4E00...0x9FFF).contains(units[end]) { end += 1 }
        let length = end - sentence.lowerBound
        guard (2...4).contains(length), end < sentence.upperBound, units[end] == 0x3A else { return false }
        let name = UnsafeBufferPointer(rebasing: units[sentence.lowerBound..<end])
        let before = UnsafeBufferPointer(rebasing: units[max(0, sentence.lowerBound - 20_000)..<sentence.lowerBound])
        guard before.count >= length else { return false }
        return (0...(before.count - length)).contains { p in before[p] == name[0] && before[p..<(p + length)].elementsEqual(name) }
    }

    /// A period named in the text, and where.
    struct Mention {
        var sentence: Int
        var range: Range<Int>
        /// 比2023年, 较上月: the period compared with; only a prior figure takes it.
        var compared = false
        var period: Period?
        /// 同期, 当月: the period already in scope.
        var same = false
        /// 较去年全年: a period word compared with, which gives no prior figure its period.
        var comparedWord = false
        /// 今年 (periods.lex release-year): the whole year, or the part of it in scope.
        var yearWord = false
        /// A year word read as the part of the year in scope (今年同比下降41.8% in a half-year's
        /// briefing): its claims' period is carried, not stated.
        var narrowed = false
        /// 2024年同季, 2019年同期: the stretch in scope, of that year.
        var stretchOfYear = false
        /// Compared only as such a stretch, no 比 or 较 before it: 相当于2019年同期的107.1% is a
        /// figure of this period set against that one, not a figure of that one.
        var stretchOnly = false
        /// 上月 (periods.lex previous-month): the month before the one in scope, dated once that
        /// is known (see `periods`).
        var monthBefore = false
        /// Compared by what follows it: a verb of change and the figure (，9月份增长1.5%, 上月
        /// 增长1.5%), which is then that period's.
        var byVerb = false
        /// 去年同期，开支为4,974.6亿元，收入为…: opening a clause, the stretch in scope a year
        /// before, of every figure after it in its sentence (set against this year's).
        var framesPrior = false
        /// ，上年同期为1964亿元: the same, for the figure its 为 introduces alone (its clause).
        var framesClause = false
    }

    /// The periods of a document's sentences, found before its claims are resolved (and
    /// while they are being read, on a large document: they need only the dates).
    struct Periods {
        let calendar: ReleaseCalendar
        /// The periods each sentence names.
        let mentions: [[Mention]]
        /// The period in scope at the start of each sentence.
        let carried: CarriedPeriods
        /// The first period the text names: a paragraph naming none (邮政行业业务收入…累计完成
        /// 8217.4亿元 in a half-year's bulletin) is of it, not of the release's year.
        let first: Period?
    }

    /// The period in scope at the start of each sentence, as a number a sentence into the
    /// periods met: 4 bytes a sentence, not a period's 40 (a document of short lines has a
    /// sentence a line, by the million, and most carry the period of the one before).
    struct CarriedPeriods {
        private var numbers: [Int32]
        private var periods: [Period] = []

        init(sentences: Int) { numbers = [Int32](repeating: -1, count: sentences) }

        subscript(sentence: Int) -> Period? {
            numbers[sentence] < 0 ? nil : periods[Int(numbers[sentence])]
        }

        mutating func set(_ sentence: Int, _ period: Period?) {
            guard let period else { return }
            if periods.last != period { periods.append(period) }
            numbers[sentence] = Int32(periods.count - 1)
        }
    }

    /// The periods, from the dates among the quantities (those the resolver was made with).
    func periods(_ quantities: [[Quantity]]) -> Periods {
        text.utf16.withUnsafeBufferPointer { units in
            let calendar = ReleaseCalendar(quantities: quantities, text: units, periods: grammar.periods, markers: grammar.markers)
            // The period in scope at the start of each sentence: the last one named before it
            // in its paragraph.
            var mentions = periodMentions(units, calendar, quantities)
            // (2025年上半年: the last of those that follow one another, not a later one of the
            // sentence: 一季度…进出口10.3万亿元 3月份出口… is of 一季度.)
            func firstNamed(_ sentence: [Mention]) -> Period? {
                let named = sentence.filter { !$0.same && !$0.compared && $0.period != nil }
                guard var chosen = named.first else { return nil }
                for next in named.dropFirst() where next.range.lowerBound == chosen.range.upperBound { chosen = next }
                return chosen.period
            }
            let first = mentions.lazy.compactMap(firstNamed).first
            var carried = CarriedPeriods(sentences: segmentation.sentences.count)
            var inScope: Period?
            var paragraphFirst: Period?
            for index in segmentation.sentences.indices {
                if index > 0, periodScopeOf[index] != periodScopeOf[index - 1] {
                    inScope = nil
                    paragraphFirst = nil
                }
                // 分产业看，…: a new breakdown starts again from the paragraph's first period.
                if opensBreakdown(segmentation.sentences[index].range, units) { inScope = paragraphFirst }
                carried.set(index, inScope)
                // 今年 where a stretch from the start of that year is in scope in the paragraph or
                // turn (上半年灾情偏轻…今年同比下降41.8%) is that stretch; with none in scope (a
                // reporter's 今年高校毕业生), or a month (截至9月末…今年养老金上调2%), the year.
                for k in mentions[index].indices where mentions[index][k].yearWord {
                    guard let year = mentions[index][k].period, let scope = inScope, !scope.yearUnknown,
                          scope.from == year.from, scope.to < year.to else { continue }
                    mentions[index][k].period = scope
                    mentions[index][k].narrowed = true
                }
                // 较2024年同季的958.1亿元: the stretch in scope, moved to that year.
                for k in mentions[index].indices where mentions[index][k].stretchOfYear {
                    // (The stretch named before it in its sentence, when one is: 首三季合計…，較二○二四年
                    // 同期的… is the first three quarters of 2024, not the quarter in scope.)
                    let named = mentions[index][..<k].last { !$0.same && !$0.compared && !$0.monthBefore && $0.period != nil }?.period
                    guard let year = mentions[index][k].period?.from.year, let scope = named ?? inScope ?? first, !scope.yearUnknown else { continue }
                    let shift = year - scope.from.year
                    var period = scope
                    period.text = mentions[index][k].period?.text ?? scope.text
                    period.from.year += shift
                    period.to.year += shift
                    if period.to.month == 2, period.to.day > 28 { period.to.day = CalendarDate.lastDay(year: period.to.year, month: 2) }
                    mentions[index][k].period = period
                }
                // 去年同期，…: the stretch named before it in its sentence, else the one in scope,
                // a year before.
                for k in mentions[index].indices where mentions[index][k].framesPrior {
                    let before = mentions[index][..<k].last { !$0.same && !$0.compared && !$0.monthBefore && $0.period != nil }?.period
                    guard let scope = before ?? inScope ?? first, !scope.yearUnknown, var period = scope.yearBefore else { continue }
                    period.text = text.originalString(mentions[index][k].range)
                    mentions[index][k].period = period
                }
                // 上月: the month before the one named before it in its sentence, else the one in
                // scope; none when that is no single month.
                for k in mentions[index].indices where mentions[index][k].monthBefore {
                    let before = mentions[index][..<k].last { !$0.same && !$0.compared && !$0.monthBefore && $0.period != nil }?.period
                    guard let previous = (before ?? inScope)?.monthBefore else { continue }
                    var period = previous
                    period.text = text.originalString(mentions[index][k].range)
                    mentions[index][k].period = period
                }
                // (1—9月份为下降10.1% after 1—10月份…: a period 为 ties to the figure right after it,
                // a look back, not the period the paragraph goes on with.)
                // (Nor one inside brackets: （上月增长1.5%） dates the bracket's figure alone.)
                let sentenceRange = segmentation.sentences[index].range
                let named = mentions[index].filter { m in
                    !m.same && !m.compared && m.period != nil
                        && !(inScope != nil && m.range.upperBound < units.count && grammar.markers.figureIs.contains(units[m.range.upperBound]))
                        && !Self.inBracketClosed(before: sentenceRange.upperBound, m.range, sentenceRange, units)
                }
                if paragraphFirst == nil { paragraphFirst = firstNamed(mentions[index]) }
                // 其中，二季度…增长0.6%。: a part's period, not carried to the sentences after.
                let range = segmentation.sentences[index].range
                let opensPart = grammar.breakdown.match(units, at: range.lowerBound, limit: range.upperBound) != nil
                if let last = named.last, !opensPart { inScope = last.period }
            }
            return Periods(calendar: calendar, mentions: mentions, carried: carried, first: first)
        }
    }

    /// What a claim's own words say of its subject, found in the first pass; the second,
    /// in document order, makes it final with what other claims were finally said of.
    struct SubjectFinding {
        /// The subject the claim's words give.
        var own: Subject?
        /// A share that names no part (出口…，占…59.4%): the subject of the claim before it
        /// in the sentence, else `own`.
        var fromPrevious = false
        /// The first item of the claim's list of shares: its subject, where the claim's own
        /// differs.
        var listHead: Int? {
            get { storedListHead < 0 ? nil : Int(storedListHead) }
            set { storedListHead = newValue.map { Int32($0) } ?? -1 }
        }
        /// `own` is a name the lexicons lack, read from the clause's words.
        var open = false
        /// A claim whose subject this one takes (较上月的50.8%和48.5%: the rates of this
        /// period listed before, item for item).
        var sameAs: Int? {
            get { storedSameAs < 0 ? nil : Int(storedSameAs) }
            set { storedSameAs = newValue.map { Int32($0) } ?? -1 }
        }
        // (In 32 bits, -1 for none: a document has a finding per claim, by the million.)
        private var storedListHead: Int32 = -1
        private var storedSameAs: Int32 = -1

        init(own: Subject? = nil, fromPrevious: Bool = false) {
            self.own = own
            self.fromPrevious = fromPrevious
        }
        /// `own` is a metric read before the claim's clause, which names nothing: a claim
        /// before it in the sentence said of that metric and an entity is what it is of
        /// (批发和零售业1022.9万个，…，比2018年末增加337.0万个: 337.0万个 is 批发和零售业's).
        var entityOfPrevious = false
    }

    /// Gives every claim its period, basis and subject. The first pass reads each claim's
    /// words, claims depending only on others of their paragraph: a large document's two
    /// halves are read side by side. The second carries what is document-wide (the metric an
    /// entity was last reported with) in order.
    func resolve(_ claims: inout [Claim], periods: Periods, sideBySideFrom: Int = SideBySide.threshold) {
        let listSizes = Self.listSizes(claims)
        var findings = [SubjectFinding](repeating: SubjectFinding(), count: claims.count)
        claims.withUnsafeMutableBufferPointer { all in
            findings.withUnsafeMutableBufferPointer { findings in
                let count = all.count
                if count >= sideBySideFrom {
                    // In pieces, two at a time, each cut where a paragraph starts.
                    let cuts = SideBySide.evenCuts(count).map { cut in
                        var cut = cut
                        while cut > 0, cut < count, paragraphOf[all[cut].sentence] == paragraphOf[all[cut - 1].sentence] { cut += 1 }
                        return cut
                    }
                    _ = SideBySide.pieces(count, cuts: cuts) { readWords(all, $0, listSizes, periods, findings) }
                } else {
                    readWords(all, 0..<count, listSizes, periods, findings)
                }
                settleSubjects(all, findings)
                periodsOfLists(all, listSizes)
            }
        }
    }

    /// 一至四季度地区生产总值分别增长5.9%、5.4%、5.6%和5.8%: a list of one subject, as long as
    /// the quarters or months of the period its sentence states, has one of them an item.
    private func periodsOfLists(_ all: UnsafeMutableBufferPointer<Claim>, _ listSizes: [Int]) {
        var k = 0
        while k < all.count {
            let n = listSizes[k]
            guard n > 1, all[k].listIndex == 0, k + n <= all.count, all[k].stated.contains(.period), let period = all[k].period,
                  (k..<(k + n)).allSatisfy({ j in
                      all[j].sentence == all[k].sentence && all[j].listIndex == j - k && all[j].subject == all[k].subject && all[j].period == period
                  }),
                  let parts = period.parts(n)
            else {
                k += 1
                continue
            }
            for i in 0..<n { all[k + i].period = parts[i] }
            k += n
        }
    }

    /// The first pass over `range` (whole paragraphs): periods, bases, wholes, and what each
    /// claim's words say of its subject.
    private func readWords(_ all: UnsafeMutableBufferPointer<Claim>, _ range: Range<Int>, _ listSizes: [Int],
                           _ periods: Periods, _ findings: UnsafeMutableBufferPointer<SubjectFinding>) {
        let (calendar, mentions, carried) = (periods.calendar, periods.mentions, periods.carried)
        text.utf16.withUnsafeBufferPointer { units in
            // What the last level of the paragraph was said of: 其中 splits it into parts.
            var lastLevel: (paragraph: Int, subject: Subject)?
            var lastBasis: (paragraph: Int, basis: String)?
            var lastWhole: (paragraph: Int, kind: ClaimKind, metric: String)?
            var sentenceStart = range.lowerBound
            var subjects = SubjectInterner()
            for index in range {
                if all[sentenceStart].sentence != all[index].sentence { sentenceStart = index }
                // Moved out of the array while it is read, so that its box is written in
                // place, not copied; moved back at the end of the body (no early exit, and
                // only claims before it are read meanwhile).
                var claim = (all.baseAddress! + index).move()
                let before = UnsafeBufferPointer(rebasing: all[sentenceStart..<index])
                let sentence = segmentation.sentences[claim.sentence]
                let paragraph = paragraphOf[claim.sentence]
                let sentenceMentions = mentions[claim.sentence]
                let at = claim.range.lowerBound
                // (增速比上月加快0.6个百分点（上月增长1.5%）；日均产量56.2万吨: a period inside
                // brackets is of the bracket's figures, not of those after it.)
                let inSentence = sentenceMentions.last { !$0.same && !$0.compared && $0.period != nil && $0.range.lowerBound < at
                    && !Self.inBracketClosed(before: at, $0.range, sentence.range, units) }
                claim.period = inSentence?.period ?? carried[claim.sentence] ?? periods.first ?? calendar.defaultPeriod
                // 第一季及第二季的數字分別修訂為7,492億元及8,103億元: periods listed as many as the
                // figures of a list after them, each figure of its period in order.
                if listSizes[index] > 1, claim.listIndex < listSizes[index] {
                    let named = sentenceMentions.filter { !$0.same && !$0.compared && $0.period != nil && $0.range.upperBound <= at }
                    let run = named.suffix(listSizes[index])
                    if run.count == listSizes[index],
                       zip(run, run.dropFirst()).allSatisfy({ a, b in
                           b.range.lowerBound - a.range.upperBound == 1 && grammar.markers.list.contains(units[a.range.upperBound])
                       }) {
                        claim.period = run[run.startIndex + claim.listIndex].period
                    }
                }
                if inSentence?.period != nil {
                    if inSentence?.narrowed != true { claim.stated.insert(.period) }
                } else if carried[claim.sentence] == nil {
                    claim.stated.insert(.periodDefaulted)
                }
                // A prior figure (比8月份的5.3%, 9月份为下降0.3%) is of the period it is compared with.
                // (與去年同期（113年10月31日）之9,653人相比: a date in brackets right after the frame
                // dates the frame, no period of its own.)
                if let frame = sentenceMentions.last(where: { $0.framesPrior && $0.range.upperBound <= at
                       && (!$0.framesClause || !units[$0.range.upperBound..<at].contains { [0x2C, 0x3B, 0x3A, 0x3002].contains($0) }) }),
                   let period = frame.period,
                   !sentenceMentions.contains(where: { !$0.compared && !$0.same && $0.period != nil && $0.range.lowerBound > frame.range.lowerBound && $0.range.upperBound <= at
                       && !Self.inBracket(opening: frame.range.upperBound, $0.range, units) }) {
                    claim.markPrior(of: period)
                } else if let compared = sentenceMentions.last(where: { $0.range.upperBound <= at && !$0.comparedWord && !$0.same }), compared.compared, !compared.stretchOnly,
                   compared.period != nil,
                   at - compared.range.upperBound < 12,
                   (before.last?.range.upperBound ?? 0) <= compared.range.upperBound,
                   isPriorLink(compared.range.upperBound..<at, units)
                    || (compared.byVerb || compared.monthBefore) && isVerbLink(compared.range.upperBound..<at, units)
                    || isFigureOfCompared(compared.range, claim, next: index + 1 < range.upperBound ? all[index + 1] : nil, sentence.range, units)
                    // (與上月修正值14,493億元相比: the figure that closes the clause of comparing.)
                    || closesComparison(claim, after: compared.range, units)
                    // (上年全年585.9万辆: a figure right after a word of another year.)
                    || compared.range.upperBound == claim.quantity.range.lowerBound
                    // (上年这三项比重依次为4.7%: the first figure of a clause 上年 opens.)
                    || grammar.periods.match(units, at: compared.range.lowerBound, limit: compared.range.upperBound)?.value == "year-of-date-before"
                        && !units[compared.range.upperBound..<at].contains(where: { [0x2C, 0x3B, 0xFF1B, 0x3002].contains($0) }) {
                    claim.markPrior(of: compared.period)
                } else if claim.range.upperBound < sentence.range.upperBound, grammar.markers.figureOf.contains(units[claim.range.upperBound]),
                          let (_, basis) = grammar.bases.match(units, endingAt: at, floor: sentence.range.lowerBound),
                          let prior = basis == "yoy" ? claim.period?.yearBefore : basis == "mom" ? claim.period?.monthBefore : nil {
                    // 比上年0.6%的增速加快0.1个百分点: a figure right after the words of the
                    // period compared with (bases.lex), and 的, is that period's.
                    claim.markPrior(of: prior)
                } else if let last = before.last, last.isPrior, last.kind == claim.kind,
                          grammar.joiners.match(units, at: last.range.upperBound, limit: at)?.length == at - last.range.upperBound {
                    // 由上年末的60.3%、75.2%提高到…: the next item of a list of prior figures.
                    claim.markPrior(of: last.period)
                }
                // 增速较去年全年收窄3.8个百分点: what a change is measured against.
                // (Not one a clause before whose words compare with another period: （7月為59.31%），
                // 較上年同月上升0.14個百分點 is against a year before.)
                if claim.kind == .change, let against = sentenceMentions.last(where: {
                    $0.compared && $0.range.upperBound <= at && at - $0.range.upperBound < 24
                }), !((against.range.upperBound..<at).last(where: { units[$0] == 0x2C || units[$0] == 0x3B })
                        .map { cut in (cut..<at).contains { grammar.markers.compare.contains(units[$0]) } } ?? false) {
                    claim.comparedPeriod = against.period
                }
                claim.measure = measure(for: claim, sentence.range, units)
                // A stated basis holds for the growth rates after it in the paragraph.
                if let basis = basis(for: claim, sentence.range, units, before: before) {
                    claim.basis = basis
                    claim.stated.insert(.basis)
                    // (A change in points compared with last month, 增速比上月加快…, leaves the
                    // basis of the rates after it as it was.)
                    if claim.kind != .change || claim.unit != "pp" || basis != "mom" { lastBasis = (paragraph, basis) }
                } else if claim.kind == .growth, let last = lastBasis, last.paragraph == paragraph {
                    claim.basis = last.basis
                }
                let partOfWhole = claim.kind == .share || claim.kind == .contribution
                // The whole a share is of: named after 占, else the whole of the share before
                // it in the paragraph (第三产业、城乡居民生活用电量占比分别为…).
                if partOfWhole {
                    let named = wholeMetric(of: claim, sentence.range, units)
                    let carried = lastWhole.flatMap { $0.paragraph == paragraph && $0.kind == claim.kind ? $0.metric : nil }
                    claim.wholeMetric = named ?? carried
                    claim.wholeNamed = named != nil
                    if let whole = claim.wholeMetric { lastWhole = (paragraph, claim.kind, whole) }
                }
                let whole = lastLevel.flatMap { $0.paragraph == paragraph ? $0.subject : nil }
                var finding = subject(for: claim, in: before, listSize: listSizes[index], whole: whole, sentence.range, units)
                finding.sameAs = finding.sameAs.map { sentenceStart + $0 }
                // The later items of a list of shares whose own words name no part of the same
                // metric (三次产业增加值占…分别为6.8%、36.5%和56.7%) are said of what the first is.
                if claim.listIndex > 0 && partOfWhole,
                   let head = before.lastIndex(where: { $0.listIndex == 0 && $0.sameRule(as: claim) && $0.contextStart == claim.contextStart }) {
                    finding.listHead = sentenceStart + head
                }
                // (A level's subject is its own words': only its entity and partner are read.)
                // (Not the whole a share is said of, inside its words: 占同期全国进出口总值41.21万亿元
                // 的20.0%. 其中 after it breaks down the level before.)
                if let own = finding.own, (claim.kind == .amount || claim.kind == .count) && !claim.isPrior,
                   claim.qualifier == .exact || claim.qualifier == .about || claim.qualifier == .nearly,
                   !isWholeOfShare(claim, sentence.range, units) {
                    lastLevel = (paragraph, own)
                }
                finding.own = subjects.canonical(finding.own)
                findings[index] = finding
                (all.baseAddress! + index).initialize(to: claim)
            }
        }
    }

    /// The second pass, in document order: subjects taken from other claims, and the metric
    /// an entity was last reported with (第一产业占比1.4% is of 用电量).
    private func settleSubjects(_ all: UnsafeMutableBufferPointer<Claim>, _ findings: UnsafeMutableBufferPointer<SubjectFinding>) {
        var lastSubject: (paragraph: Int, subject: Subject)?
        var entityMetric: [ByteKey: String] = [:]
        var sentenceStart = 0
        // The last claim of the sentence settled with a subject: what a claim whose clause
        // names nothing is of (kept as it goes: a sentence may hold thousands of claims).
        var lastWithSubject: Int?
        var lastMeasure: (metric: String, measure: String?)?
        var subjects = SubjectInterner()
        for index in all.indices {
            if all[sentenceStart].sentence != all[index].sentence {
                sentenceStart = index
                lastWithSubject = nil
            }
            var claim = (all.baseAddress! + index).move()
            // Taken, not copied: each finding is read once.
            var finding = SubjectFinding()
            swap(&finding, &findings[index])
            let paragraph = paragraphOf[claim.sentence]
            let partOfWhole = claim.kind == .share || claim.kind == .contribution
            var found = finding.own
            var previous: Int?
            if finding.fromPrevious {
                if let last = lastWithSubject, all[last].range.upperBound <= claim.range.lowerBound {
                    previous = last
                } else {
                    previous = (sentenceStart..<index).last(where: { all[$0].range.upperBound <= claim.range.lowerBound && all[$0].hasSubject })
                }
                if let previous { found = all[previous].subject }
                // ，上年为334.49亿元，占当年票房的78.70%: a share in the clause after a figure of the
                // period compared with is of that period too (not: 相当于2019年同期（3,102.5万人次）的
                // 105.9% — this period's, set against that figure in its own clause).
                if let previous, previous == index - 1, partOfWhole, all[previous].isPrior, !claim.isPrior,
                   text.utf16[all[previous].range.upperBound..<claim.range.lowerBound].contains(0x2C) {
                    claim.markPrior(of: all[previous].period)
                }
            }
            if finding.entityOfPrevious,
               let last = (sentenceStart..<index).last(where: { all[$0].kind == .amount || all[$0].kind == .count }),
               let before = all[last].subject, before.entity != nil, ByteKey.sameBytes(before.metric, found?.metric),
               isListedItem(all[last], before) {
                found = before
            }
            if let same = finding.sameAs { found = all[same].subject }
            if let head = finding.listHead, !ByteKey.sameBytes(found?.metric, all[head].subject?.metric) {
                found = all[head].subject
                claim.wholeMetric = all[head].wholeMetric
                claim.wholeNamed = all[head].wholeNamed
            }
            // Read in its own sentence (its own words, an item of a list or the claim before it
            // there), not carried from the paragraph; a name the lexicons lack is marked so.
            let fromOpen = finding.open || (found != nil && previous.map { all[$0].stated.contains(.subjectOpen) } == true)
            if found?.metric != nil { claim.stated.insert(fromOpen ? .subjectOpen : .subject) }
            if var subject = found {
                if let entity = subject.entity {
                    if subject.metric == nil || partOfWhole && ByteKey.sameBytes(subject.metric, claim.wholeMetric),
                       let known = entityMetric[ByteKey(entity)] {
                        subject.metric = known
                    }
                    if let metric = subject.metric, !partOfWhole { entityMetric[ByteKey(entity)] = metric }
                }
                let subject = subjects.canonical(subject)!
                claim.subject = subject
                lastSubject = (paragraph, subject)
                // The growth of value added is at constant prices unless the text says otherwise.
                if claim.kind == .growth, claim.measure == nil, let metric = subject.metric {
                    // Looked up once per metric: growth after growth names the same one.
                    if let known = lastMeasure, ByteKey.sameBytes(known.metric, metric) {
                        claim.measure = known.measure
                    } else {
                        let measure = grammar.metricMeasures.first(where: { metric.utf16.contains(word: $0.word) })?.measure
                        lastMeasure = (metric, measure)
                        claim.measure = measure
                    }
                }
            } else if let last = lastSubject, last.paragraph == paragraph {
                claim.subject = last.subject
            }
            (all.baseAddress! + index).initialize(to: claim)
            if all[index].hasSubject { lastWithSubject = index }
        }
    }

    /// How many claims each claim's list has (分别增长7.7%、2.9%和2%: three): the claims of
    /// its sentence with the same rule and context.
    private static func listSizes(_ claims: [Claim]) -> [Int] {
        var sizes = [Int](repeating: 1, count: claims.count)
        var start = 0
        while start < claims.count {
            var end = start + 1
            while end < claims.count, claims[end].sentence == claims[start].sentence { end += 1 }
            let sentence = start..<end
            if sentence.count > 1, sentence.count <= 32 {
                for i in sentence {
                    sizes[i] = sentence.count { claims[$0].contextStart == claims[i].contextStart && claims[$0].sameRule(as: claims[i]) }
                }
            } else if sentence.count > 32 {
                // A long list: counted by key, not pair by pair.
                struct ListKey: Hashable { var rule: String, contextStart: Int }
                var counts: [ListKey: Int] = [:]
                for i in sentence { counts[ListKey(rule: claims[i].rule, contextStart: claims[i].contextStart), default: 0] += 1 }
                for i in sentence { sizes[i] = counts[ListKey(rule: claims[i].rule, contextStart: claims[i].contextStart)]! }
            }
            start = end
        }
        return sizes
    }

    // MARK: Periods

    /// The periods each sentence names, in order. Dates and words are read in text order, so
    /// that 今年1月份 is January of the release year.
    private func periodMentions(_ units: UnsafeBufferPointer<UInt16>, _ calendar: ReleaseCalendar,
                                _ quantities: [[Quantity]]) -> [[Mention]] {
        enum Source {
            case dates([Quantity], compared: Bool, stretch: Bool, stretchOnly: Bool, byVerb: Bool)
            case word(String, compared: Bool, figureAfter: Bool)
        }
        var mentions: [[Mention]] = []
        var yearInScope = calendar.dataYear
        // (记者：去年前三季度…为1049万人。 then 主持人：…前三季度…1057万人: the year before a speaker
        // names with 去年 is the year of their own turn only; the next turn is of the year in
        // scope before it.)
        var yearBeforeTurn = yearInScope
        var yearWordInTurn = false
        for (index, sentence) in segmentation.sentences.enumerated() {
            if isTranscript, index > 0, periodScopeOf[index] != periodScopeOf[index - 1] {
                if yearWordInTurn { yearInScope = yearBeforeTurn }
                yearBeforeTurn = yearInScope
                yearWordInTurn = false
            }
            var sources: [(range: Range<Int>, source: Source)] = []
            // Dates the number engine marked, grouped: 2025年10月份, 1—9月份, 前10个月.
            let dates = quantities[index].filter { $0.notAClaim == .date || $0.notAClaim == .period }
            var k = 0
            while k < dates.count {
                var group = [dates[k]]
                while k + 1 < dates.count, adjacent(dates[k], dates[k + 1], units) {
                    k += 1
                    group.append(dates[k])
                }
                k += 1
                // 比2023年, 较上月: the period compared with is a basis, not the one in scope.
                let before = group[0].range.lowerBound
                let after = group.last!.range.upperBound
                // 比2023年, 较上月; 9月份为下降0.3% and 七月份的14.3% within a sentence: periods
                // compared with, not the one in scope (八月份的商品出口 is the one in scope).
                // 2019年同期, 上年同月 (a period word `same` right after): the same stretch of
                // another year, compared with.
                let stretchWord = grammar.periods.match(units, at: after, limit: sentence.range.upperBound).flatMap { $0.1 == "same-stretch" ? $0.0 : nil }
                let sameAfter = group.allSatisfy { $0.dateField == .year } && stretchWord != nil
                // (，去年8月为39.6万辆: a word of the year before leads the date; the aside opens before it.)
                var opening = before
                if let lead = grammar.periods.match(units, endingAt: before, floor: sentence.range.lowerBound),
                   ["previous-year", "year-of-date-before"].contains(lead.value) { opening = before - lead.length }
                let markedCompared = before > sentence.range.lowerBound && grammar.markers.compare.contains(units[before - 1])
                    // (（1—9月份为下降13.9%）: a bracket opens the aside as a comma does.)
                    || (opening > sentence.range.lowerBound && Self.asideOpeners.contains(units[opening - 1]) && after < sentence.range.upperBound
                        && (grammar.markers.figureIs.contains(units[after])
                            || grammar.markers.figureIsFigure.contains(units[after]) && Self.figureStarts(at: after + 1, in: quantities[index])))
                    || (before > sentence.range.lowerBound && after + 1 < sentence.range.upperBound && grammar.markers.figureOf.contains(units[after])
                        && Self.figureStarts(at: after + 1, in: quantities[index]))
                    // 是2021年末3456万户的6.5倍, 相當於2018年同期5,365萬人次的七成六: the period of a
                    // figure another is set against (not: 12月份0.1%的同比变动 — no figure after 的).
                    || quantities[index].contains { first in first.notAClaim == nil && first.range.lowerBound == after + (sameAfter ? stretchWord ?? 0 : 0)
                        && first.range.upperBound < sentence.range.upperBound && grammar.markers.figureOf.contains(units[first.range.upperBound])
                        && Self.figureStarts(at: first.range.upperBound + 1, in: quantities[index]) }
                let compared = sameAfter || markedCompared
                // 1月14日, 今日（九月二十五日）: the day of a release or an event, not a period
                // figures are about.
                if group.contains(where: { $0.dateField == .day }) { continue }
                // 1961年以来: where a stretch starts (claims/periods.lex since), no period either.
                if grammar.periods.match(units, at: after, limit: sentence.range.upperBound)?.1 == "since" { continue }
                var range = group.first!.range.lowerBound..<group.last!.range.upperBound
                // 前10个月: the text takes in its 前.
                if group[0].notAClaim == .period,
                   let (length, _) = grammar.periodPrefixes.match(units, endingAt: range.lowerBound, floor: sentence.range.lowerBound) {
                    range = (range.lowerBound - length)..<range.upperBound
                }
                // (2024年同季 takes in its 同季, up to the 的 of a figure compared with.)
                if sameAfter, let length = stretchWord { range = range.lowerBound..<(range.upperBound + length) }
                // (较民国113年同月的: the marker may stand a word before the year.)
                let markedNear = (max(sentence.range.lowerBound, before - 3)..<before).contains { grammar.markers.compare.contains(units[$0]) }
                // ，9月份增长1.5% after 10月份…: the month before one named earlier in the sentence,
                // a verb of change and a figure right after it — that month's figure, set against
                // this one's.
                let byVerb = !compared && before > sentence.range.lowerBound && units[before - 1] == 0x2C
                    && group.count == 1 && group[0].dateField == .month && verbThenFigure(at: after, index, sentence.range, units, quantities)
                    && sources.contains { source in
                        guard case .dates(let earlier, false, _, _, _) = source.source, let last = earlier.last, last.dateField == .month else { return false }
                        return last.value.dateInteger == group[0].value.dateInteger % 12 + 1
                    }
                sources.append((range, .dates(group, compared: compared || byVerb, stretch: sameAfter, stretchOnly: sameAfter && !markedCompared && !markedNear, byVerb: byVerb)))
            }
            // Words: 全年, 去年, 上半年, 同期.
            var i = sentence.range.lowerBound
            while i < sentence.range.upperBound {
                guard let (length, what) = grammar.periods.match(units, at: i, limit: sentence.range.upperBound) else {
                    i += 1
                    continue
                }
                if what == "since" {
                    i += length
                    continue
                }
                // 较去年全年: compared with; 比去年同期: a basis.
                let marked = i > sentence.range.lowerBound && grammar.markers.compare.contains(units[i - 1])
                // ，上月为下降0.3%; 上月的49.8%: the period of a figure set against this one's, as
                // for a date (9月份为…).
                let end = i + length
                let figureAfter = end < sentence.range.upperBound
                    && (grammar.markers.figureIs.contains(units[end]) && i > sentence.range.lowerBound && Self.asideOpeners.contains(units[i - 1])
                        || grammar.markers.figureOf.contains(units[end])
                        && Self.figureStarts(at: end + 1, in: quantities[index]))
                // (，上月增长1.5%: a verb of change and the figure, for the month before alone.)
                let verbAfter = what == "previous-month" && i > sentence.range.lowerBound && units[i - 1] == 0x2C
                    && verbThenFigure(at: end, index, sentence.range, units, quantities)
                // 僅次於今年8月的705.3億美元: a year word that opens the date of a figure compared
                // with is part of that date, not a period in scope for the clauses after it.
                if ["release-year", "data-year", "previous-year", "data-year-before"].contains(what),
                   sources.contains(where: { source in
                       guard case .dates(_, true, _, _, _) = source.source else { return false }
                       return source.range.lowerBound == end
                   }) {
                    i += length
                    continue
                }
                // (上年 before a date is that date's year, read with it; after 比 it is a basis;
                // inside a clause, a modifier: 扭转了上年票房回落的态势, 按照上年不变价计算. Opening
                // a clause, ，上年为334.49亿元, ，上年春节档为80.16亿元, 上年这三项比重依次为…, it
                // dates the figures set against this year's: the year before the one in scope.)
                // (已超过上年全年585.9万辆的出口规模: a word of another year inside a clause with the
                // figure right after it is that figure's period, not the one in scope.)
                let opensClause = i == sentence.range.lowerBound || [0x2C, 0x3B, 0xFF1B, 0x3A, 0xFF1A].contains(units[i - 1])
                let rightAfter = ["previous-year", "data-year-before", "year-of-date-before"].contains(what) && !marked
                    && !opensClause && Self.figureStarts(at: end, in: quantities[index])
                var opensFigures = rightAfter
                if what == "year-of-date-before" {
                    if marked || !(figureAfter || opensClause || rightAfter) || quantities[index].contains(where: { $0.range.lowerBound == end && $0.dateField != nil }) {
                        i += length
                        continue
                    }
                    opensFigures = true
                }
                var named = what == "year-of-date-before" ? "data-year-before" : what
                // (去年同期 a clause of its own frames what follows; after 比, inside a clause or
                // before its figure, ，上年同期为8965亿元, it is read as before.)
                if what == "same-year-before" {
                    let endsClause = end < sentence.range.upperBound && [0x2C, 0xFF0C].contains(units[end])
                    // (Or opening a clause that names its figure with 为: 去年同期博彩直接稅收入為
                    // 553.1億元 is last year's.)
                    let namesFigure = opensClause && Self.figureIsBefore(figureAfter: end, sentence.range, units, quantities[index], grammar)
                    // (，上年同期为1964亿元: 为 and its figure right after it, that figure alone.)
                    let isFigure = opensClause && !marked && end < sentence.range.upperBound && grammar.markers.figureIs.contains(units[end])
                        && Self.figureStarts(at: end + 1, in: quantities[index])
                    if isFigure { named = "same-year-before-figure" }
                    else if marked || !opensClause || !(endsClause || namesFigure) { named = "same" }
                }
                // (與上月修正值14,493億元相比: compared with, and the figure that closes the clause
                // is of that period.)
                let closed = marked && Self.figureClosesComparison(after: end, sentence.range, units, quantities[index], grammar)
                sources.append((i..<end, .word(named, compared: marked && !closed,
                                                figureAfter: (figureAfter || verbAfter || opensFigures) && !marked || closed)))
                i += length
            }
            var found: [Mention] = []
            // 上年末是66.16%，今年是67.00%: a 今年 set against 上年末 in its sentence is the year
            // after that one, whenever the release was issued.
            var yearBefore: Int?
            // 今年 in a sentence that also names the year before (2024年全年…，今年前10个月…相当于
            // 上年全年的九成): the sentences after it are of this year again.
            var thisYear: Int?
            defer { if let thisYear { yearInScope = thisYear } }
            for (range, source) in sources.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
                let words = text.originalString(range)
                switch source {
                case .dates(let group, let compared, let stretch, let stretchOnly, let byVerb):
                    // 上年11月份: a month of the year before the one in scope (that year stays in scope).
                    if !group.contains(where: { $0.dateField == .year }),
                       grammar.periods.match(units, endingAt: range.lowerBound, floor: sentence.range.lowerBound)?.value == "year-of-date-before",
                       let year = yearInScope ?? calendar.dataYear {
                        found.append(Mention(sentence: index, range: range, compared: compared,
                                             period: calendar.period(of: group, yearInScope: year - 1, text: words)))
                        continue
                    }
                    if compared {
                        // (，去年8月为39.6万辆: a month of last year, set against this year's.)
                        var year = yearInScope
                        if !group.contains(where: { $0.dateField == .year }),
                           grammar.periods.match(units, endingAt: range.lowerBound, floor: sentence.range.lowerBound)?.value == "previous-year",
                           let base = yearInScope ?? calendar.releaseYear {
                            // (The year before the one in scope: the month is set against its own.)
                            year = base - 1
                        }
                        found.append(Mention(sentence: index, range: range, compared: true,
                                             period: calendar.period(of: group, yearInScope: year, text: words), stretchOfYear: stretch, stretchOnly: stretchOnly,
                                             byVerb: byVerb))
                        continue
                    }
                    if let year = group.first(where: { $0.dateField == .year }).map({ $0.value.dateInteger }) { yearInScope = year }
                    found.append(Mention(sentence: index, range: range,
                                         period: calendar.period(of: group, yearInScope: yearInScope, text: words)))
                case .word(var what, let compared, let figureAfter):
                    if what == "same-stretch" { what = "same" }
                    if what == "same-year-before" || what == "same-year-before-figure" {
                        // Dated in `periods`, from the stretch in scope.
                        found.append(Mention(sentence: index, range: range, compared: true, framesPrior: true,
                                             framesClause: what == "same-year-before-figure"))
                        continue
                    }
                    if what == "previous-month" {
                        // Dated in `periods`, from the month in scope; compared with (比上月) it
                        // is a basis only.
                        if !compared { found.append(Mention(sentence: index, range: range, compared: figureAfter, monthBefore: true)) }
                        continue
                    }
                    if figureAfter, what != "same", let period = calendar.period(named: what, yearInScope: yearInScope, text: words) {
                        found.append(Mention(sentence: index, range: range, compared: true, period: period))
                        continue
                    }
                    if compared {
                        // Only what a change is measured against: never the period in scope.
                        if what != "same", let period = calendar.period(named: what, yearInScope: yearInScope, text: words) {
                            found.append(Mention(sentence: index, range: range, compared: true, period: period, comparedWord: true))
                        }
                        continue
                    }
                    if what == "same" {
                        found.append(Mention(sentence: index, range: range, period: nil, same: true))
                        continue
                    }
                    let period = what == "release-year" && yearBefore != nil
                        ? calendar.period(named: "data-year", yearInScope: yearBefore! + 1, text: words)
                        : calendar.period(named: what, yearInScope: yearInScope, text: words)
                    if what == "data-year-before" { yearBefore = period?.from.year }
                    if what == "release-year" || what == "previous-year", let period { yearInScope = period.from.year }
                    if what == "previous-year", period != nil { yearWordInTurn = true }
                    if what == "release-year", yearBefore == nil, let period { thisYear = period.from.year }
                    if let period { found.append(Mention(sentence: index, range: range, period: period, yearWord: what == "release-year" && yearBefore == nil)) }
                }
            }
            mentions.append(found)
        }
        return mentions
    }

    private func adjacent(_ a: Quantity, _ b: Quantity, _ units: UnsafeBufferPointer<UInt16>) -> Bool {
        let gap = a.range.upperBound..<b.range.lowerBound
        if gap.isEmpty { return true }
        // 1—9月份: a span's mark between the two.
        return gap.count == 1 && grammar.markers.span.contains(units[gap.lowerBound])
    }

    // MARK: Basis

    /// `before`: the claims of the sentence before this one.
    private func basis(for claim: Claim, _ sentence: Range<Int>, _ units: UnsafeBufferPointer<UInt16>,
                       before: UnsafeBufferPointer<Claim>) -> String? {
        guard [.growth, .change, .contribution].contains(claim.kind) else { return nil }
        var p = claim.range.lowerBound
        let floor = max(sentence.lowerBound, p - contextReach)
        while p > floor {
            if let (length, basis) = grammar.bases.match(units, endingAt: p, floor: sentence.lowerBound) {
                // (上月增长1.8%: the 月增 of Taiwan's month-on-month inside a period word is none.)
                if p - length > sentence.lowerBound,
                   let (periodLength, _) = grammar.periods.match(units, at: p - length - 1, limit: p), periodLength > 1 {
                    p -= 1
                    continue
                }
                // 增速比上月加快6.4个百分点，9月份增长1.5%: last month, named to open a change in
                // points, is that change's basis, not a later growth rate's.
                if claim.kind == .growth, basis == "mom", let opened = before.first(where: { $0.range.lowerBound >= p }), opened.kind == .change, opened.unit == "pp" {
                    p -= length
                    continue
                }
                // 以新臺幣計，1至10月出口年增31.2%: year on year in the currency named before it
                // (bases.lex yoy-…), not the plain rate of the release's own currency.
                if basis == "yoy", let currency = currencyBasis(before: p - length, floor: floor, sentence, units) { return currency }
                return basis
            }
            // 比2024年, 较2024年: against a year is year on year.
            if grammar.yearMarks.contains(units[p - 1]), p - 6 >= sentence.lowerBound, grammar.markers.yearCompare.contains(units[p - 6]),
               (p - 5..<p - 1).allSatisfy({ units[$0] >= 0x30 && units[$0] <= 0x39 }) {
                return "yoy"
            }
            p -= 1
        }
        return nil
    }

    /// A year-on-year basis in a named currency (yoy-usd) said before `end` in the sentence.
    private func currencyBasis(before end: Int, floor: Int, _ sentence: Range<Int>, _ units: UnsafeBufferPointer<UInt16>) -> String? {
        var p = end
        while p > floor {
            if let (_, basis) = grammar.bases.match(units, endingAt: p, floor: sentence.lowerBound), basis.hasPrefix("yoy-") { return basis }
            p -= 1
        }
        return nil
    }

    /// 按不变价格计算，…增长5.0%: the last measure word of the sentence before the claim.
    private func measure(for claim: Claim, _ sentence: Range<Int>, _ units: UnsafeBufferPointer<UInt16>) -> String? {
        var p = claim.range.lowerBound
        let floor = max(sentence.lowerBound, p - 80)
        while p > floor {
            if let (_, measure) = grammar.measures.match(units, endingAt: p, floor: sentence.lowerBound) { return measure }
            p -= 1
        }
        return nil
    }

    // MARK: Subjects

    /// `claims` are the claims before this one in its sentence.
    private func subject(for claim: Claim, in claims: UnsafeBufferPointer<Claim>, listSize: Int, whole: Subject?,
                         _ sentence: Range<Int>, _ units: UnsafeBufferPointer<UInt16>) -> SubjectFinding {
        // (Every item of a list: 第一产业、第二产业、第三产业增加值占…的比重分别为… names one part
        // per figure.)
        if claim.kind == .share || claim.kind == .contribution {
            return partSubject(for: claim, in: claims, sentence, units, listSize: listSize)
        }
        if claim.kind == .rank, var own = rankSubject(for: claim, sentence, units) {
            // 为第二大出口市场: a clause that names no holder has the one the figure's metric
            // was said of before it.
            if own.entity == nil, let before = nearestSubject(for: claim, in: claims, sentence, units, listSize: listSize, whole: whole) {
                own.entity = before.entity
                own.partner = before.partner
            }
            return SubjectFinding(own: own)
        }
        if claim.kind == .rate {
            if let own = rateSubject(for: claim, in: claims, listSize: listSize, sentence, units) { return SubjectFinding(own: own) }
            // 分别为49.8%和47.9%，较上月的50.8%和48.5%: a prior rate that names nothing is of
            // the rate of this period in the same place of the list before it.
            if claim.isPrior {
                let current = claims.indices.filter { claims[$0].kind == .rate && !claims[$0].isPrior }
                if current.count >= listSize, claim.listIndex < listSize {
                    var finding = SubjectFinding(own: nil)
                    finding.sameAs = current[current.count - listSize + claim.listIndex]
                    return finding
                }
            }
        }
        // 比重为73.6%，比上年的73.0%提高0.9个百分点: a change in points right after a share or a
        // rate is of it, whatever words its sentence began with.
        if claim.kind == .change, claim.unit == "pp", let last = claims.last, last.kind == .share || last.kind == .rate, last.unit == "%" {
            var finding = SubjectFinding(own: nil)
            finding.fromPrevious = true
            return finding
        }
        if listSize > 1, claim.unit != "%", claim.unit != "pp", let same = sameUnitItem(of: claim, listSize: listSize, in: claims, sentence, units) {
            var finding = SubjectFinding(own: nil)
            finding.sameAs = same
            return finding
        }
        if let own = nearestSubject(for: claim, in: claims, sentence, units, listSize: listSize, whole: whole) {
            var finding = SubjectFinding(own: own)
            finding.entityOfPrevious = listSize == 1 && own.entity == nil && own.partner == nil && !claims.isEmpty
                && namesNothing(before: claim, sentence, units)
            return finding
        }
        if listSize == 2, claim.listIndex < 2, let name = openName(for: claim, sentence, units),
           let (word, halves) = grammar.pairedNames.first(where: { name.bytesEnd(with: $0.word) }) {
            // 乘用车产销分别完成314.6万辆和304.7万辆: the first figure is of 乘用车产量, the second of 乘用车销量.
            let own = (String(name.utf8.dropLast(word.utf8.count)) ?? name) + halves[claim.listIndex]
            var finding = SubjectFinding(own: Subject(metric: own, entity: nil, partner: nil, text: name))
            finding.open = true
            return finding
        }
        if listSize > 1, let same = sameItem(of: claim, listSize: listSize, in: claims) {
            // 同比分别增长2.9%和3.7% after 分别完成314.6万辆和304.7万辆: each is of the figure in its
            // place of the list of the same length before it in the sentence.
            var finding = SubjectFinding(own: nil)
            finding.sameAs = same
            return finding
        }
        // No metric the lexicon knows: the clause's own words name it (中央一般公共预算收入), or,
        // naming nothing (，增长5.8%), the figure is of the claim before it in the sentence.
        guard listSize == 1, claim.kind != .rank, claim.kind != .streak else { return SubjectFinding(own: nil) }
        if let name = openName(for: claim, sentence, units) {
            var finding = SubjectFinding(own: Subject(metric: name, entity: nil, partner: nil, text: name))
            finding.open = true
            return finding
        }
        var finding = SubjectFinding(own: nil)
        finding.fromPrevious = !claims.isEmpty
        return finding
    }

    /// （2023年分别为36741.4亿元和14915.0亿元） after 总产出增加3083.6亿元，增加值增加1325.0亿元: a
    /// list whose clause names nothing (no name, no metric of the lexicon) is of the last
    /// `listSize` figures of its unit before that clause, item for item, each in a clause of
    /// its own (not: 其中夏粮、秋粮分别为… — the clause names its items).
    private func sameUnitItem(of claim: Claim, listSize: Int, in claims: UnsafeBufferPointer<Claim>,
                              _ sentence: Range<Int>, _ units: UnsafeBufferPointer<UInt16>) -> Int? {
        guard claim.listIndex < listSize,
              let first = claim.listIndex == 0 ? claim : claims.last(where: { $0.listIndex == 0 && $0.range.lowerBound < claim.range.lowerBound })
        else { return nil }
        let head = min(first.contextStart, first.range.lowerBound)
        let clause = clauseStart(before: head, sentence, units)
        guard clause > sentence.lowerBound, openName(for: first, sentence, units) == nil,
              !(clause..<head).contains(where: { metrics.match(units, endingAt: $0 + 1, floor: clause) != nil }) else { return nil }
        // (Each in a clause of its own: their subjects are read later, and one clause has one.)
        let before = claims.indices.filter { claims[$0].range.upperBound <= clause && claims[$0].unit == claim.unit }.suffix(listSize)
        guard before.count == listSize,
              Set(before.map { clauseStart(before: claims[$0].range.lowerBound, sentence, units) }).count == listSize else { return nil }
        return before[before.startIndex + claim.listIndex]
    }

    /// The place in `claims` (the sentence's claims before this one) of the item in this
    /// claim's place of the last list of `listSize` figures before its own list, nil when
    /// there is none.
    private func sameItem(of claim: Claim, listSize: Int, in claims: UnsafeBufferPointer<Claim>) -> Int? {
        // The list before ends where the claim's own list begins: its items numbered
        // 0…listSize−1 in order.
        let start = claims.count - claim.listIndex - listSize
        guard start >= 0, (0..<listSize).allSatisfy({ claims[start + $0].listIndex == $0 }) else { return nil }
        return start + claim.listIndex
    }

    /// The words of the claim's clause before its figure (or its rule's words), after periods
    /// and stop words, up to the first word of claims/name-ends.lex: a name of 2–20 characters
    /// of Chinese script, or nil.
    private func openName(for claim: Claim, _ sentence: Range<Int>, _ units: UnsafeBufferPointer<UInt16>) -> String? {
        var end = min(claim.ruleStart, claim.contextStart, claim.range.lowerBound)
        // 税收收入（已扣除出口退税，下同）129,640亿元: a note in brackets right before the figure
        // names nothing (a comma in it ends no clause); the name stands before it.
        if let open = openBracket(closingAt: end, sentence, units, reach: 40), open > sentence.lowerBound,
           ((open + 1)..<(end - 1)).contains(where: { (0x3400...0x9FFF).contains(units[$0]) }) {
            end = open
        }
        var start = clauseStart(before: end, sentence, units)
        // 广义货币(M2)余额335.13万亿元: a short name in brackets inside the name.
        while start - 2 > sentence.lowerBound, units[start - 1] == 0x29,
              let open = (max(sentence.lowerBound, start - 10)..<(start - 1)).last(where: { units[$0] == 0x28 }), open > sentence.lowerBound {
            start = clauseStart(before: open, sentence, units)
        }
        // 不过夜旅客18,884,882人次、留宿旅客16,403,768人次: a name starts after a figure and the
        // list word right after it.
        // (Not after an age, whose 及 opens its bound: 60岁及以上人口.)
        let ages = ageMarks[ageMarkStarts[claim.sentence]..<ageMarkStarts[claim.sentence + 1]]
        for mark in numberMarks[numberMarkStarts[claim.sentence]..<numberMarkStarts[claim.sentence + 1]]
        where mark.upperBound >= start && mark.upperBound + 1 < end && grammar.markers.list.contains(units[mark.upperBound]) && !ages.contains(mark) {
            start = mark.upperBound + 1
        }
        guard start < end else { return nil }
        // The name ends at the first word of name-ends.lex (国内航线完成591.7万吨); when nothing
        // but a period stands before a verb marked `opens`, the name follows it (全年完成货邮
        // 运输量898.2万吨, 实现营业收入…).
        // A name before such a verb and one after it name the figure together (铁路完成旅客发送量
        // 42.86亿人次 → 铁路旅客发送量, as 铁路旅客周转量 is written); with none after it, the one
        // before does (国内航线完成591.7万吨).
        var name = ""
        var before = ""
        while start < end {
            var cut = end, after = end, role = NameEnd.ends
            var p = start
            while p < end {
                guard let (length, found) = grammar.nameEnds.match(units, at: p, limit: end) else { p += 1; continue }
                if found == .none { p += length; continue }
                (cut, after, role) = (p, p + length, found)
                break
            }
            name = withoutAsides(trimmedName(start..<cut, sentence: claim.sentence, units, beforeVerb: role == .opens))
            if role == .opens, before.isEmpty, name.utf16.count >= 2, Self.isName(name.utf16) {
                before = name
                name = ""
                start = after
                continue
            }
            guard role == .follows || name.isEmpty && role == .opens else { break }
            start = after
        }
        // (Both together only while they make a name of 20 characters at most: 全省公共图书馆、文化馆
        // 和博物馆共接待群众 is of the places.)
        if !before.isEmpty {
            name = name.utf16.count >= 2 && Self.isName(name.utf16) && before.utf16.count + name.utf16.count <= 20 ? before + name : before
        }
        let count = name.utf16.count
        // (An age group before it, 65岁及以上, is counted apart: 65岁及以上老年人城乡社区规范健康管理
        // 服务人数 is a name of twenty characters after it.)
        let agePrefix = name.utf16.prefix(while: { (0x30...0x39).contains($0) }).isEmpty ? 0
            : (name.utf16.firstIndex(of: 0x5C81).map { name.utf16.distance(from: name.utf16.startIndex, to: $0) + 4 } ?? 0)
        guard count >= 2, count <= 20 + agePrefix, Self.isName(name.utf16) else { return nil }
        return name
    }

    /// Digits, a span mark (—, 至), digits and 岁 at the start (16—59岁人口).
    private static func opensWithAgeSpan(_ units: String.UTF16View) -> Bool {
        var state = 0  // 0 first digits, 1 the mark, 2 second digits
        for u in units {
            let digit = (0x30...0x39).contains(u)
            switch state {
            case 0 where digit: continue
            case 0 where [0x2D, 0x2013, 0x2014, 0x7E, 0xFF5E, 0x81F3].contains(u): state = 1
            case 1 where digit, 2 where digit: state = 2
            case 2 where u == 0x5C81: return true
            default: return false
            }
        }
        return false
    }

    /// A name without the asides in brackets that define a short name for it: 职工基本医疗保险
    /// (以下简称职工医保)参保人数 → 职工基本医疗保险参保人数 (claims/asides.lex).
    private func withoutAsides(_ name: String) -> String {
        // (Most names hold no bracket: no copy of them.)
        guard name.utf8.contains(0x28) || name.utf8.contains(0x5B) else { return name }
        var units = Array(name.utf16)
        var changed = false
        // 香港人口臨時數字[註]為…: a footnote mark in square brackets is no part of the name.
        while let open = units.firstIndex(of: 0x5B), let close = units[open...].firstIndex(of: 0x5D), close - open <= 5 {
            units.removeSubrange(open...close)
            changed = true
        }
        for opener in grammar.asideOpeners {
            while let open = units.range(of: [0x28] + Array(opener.utf16)), let close = units[open.upperBound...].firstIndex(of: 0x29) {
                units.removeSubrange(open.lowerBound...close)
                changed = true
            }
        }
        return changed ? String(decoding: units, as: UTF16.self) : name
    }

    /// Chinese script, with runs of Latin letters and digits beside it that hold a letter
    /// (5G基站, 4G用户, PM2.5浓度, R&D经费), slashes (国际/港澳台) or list marks (食品、酒类饮品及烟草), and at
    /// least two ideographs: a name, not
    /// a code or a figure
    /// (not: 第2季经济 — digits alone are a date's or an ordinal's).
    static func isName(_ units: String.UTF16View) -> Bool {
        var ideographs = 0
        var runHasLetter = false, inRun = false
        // Opening with an age span (16—59岁, 15至64岁): its digits, mark and 岁 name a group.
        let ageSpan = Self.opensWithAgeSpan(units)
        for u in units {
            if ageSpan, inRun, [0x2D, 0x2013, 0x2014, 0x7E, 0xFF5E].contains(u) { continue }
            // 国际/港澳台快递业务量: a slash between two names of one.
            // 食品、酒类饮品及烟草: a category named as a list, when one figure follows it;
            // 广义货币(M2)余额: a short name in brackets.
            if [0x2F, 0x3001, 0x28, 0x29, 0xFF08, 0xFF09].contains(u) {
                if inRun, !runHasLetter { return false }
                (inRun, runHasLetter) = (false, false)
                continue
            }
            if (0x3400...0x9FFF).contains(u) {
                // (60岁及以上人口, 15至64岁人口, 16—59岁人口: a group named by ages, its digits and
                // the span between them and all.)
                if inRun, !runHasLetter, u != 0x5C81, !(u == 0x81F3 && ageSpan) { return false }
                (inRun, runHasLetter) = (false, false)
                ideographs += 1
                continue
            }
            let letter = (0x41...0x5A).contains(u) || (0x61...0x7A).contains(u)
            // R&D经费: an ampersand inside a run of letters.
            guard letter || (0x30...0x39).contains(u) || u == 0x2E || u == 0x26 && inRun && runHasLetter else { return false }
            inRun = true
            runHasLetter = runHasLetter || letter
        }
        return ideographs >= 2 && (!inRun || runHasLetter)
    }

    /// A rank names what it ranks after it (第一大货物出口目的地国 is of 出口, whatever metric
    /// stood before), and who holds it before it in the clause (美国是我国…).
    /// The holder is looked for back to the clause's start or a 、 (第三大出口目的地国、第三大进口
    /// 来源国: the second names none of its own).
    private func rankSubject(for claim: Claim, _ sentence: Range<Int>, _ units: UnsafeBufferPointer<UInt16>) -> Subject? {
        var p = claim.range.upperBound
        let end = min(sentence.upperBound, p + 8)
        while p < end, !Self.phraseEnds.contains(units[p]) {
            if let (length, name) = metrics.match(units, at: p, limit: sentence.upperBound) {
                var clause = claim.range.lowerBound
                while clause > max(sentence.lowerBound, claim.range.lowerBound - contextReach), !Self.phraseEnds.contains(units[clause - 1]) { clause -= 1 }
                let entity = entityIn(clause..<claim.range.lowerBound, excluding: nil, units, index: 0, listSize: 1, sentence: claim.sentence)
                let start = entity?.range.lowerBound ?? claim.range.upperBound
                return Subject(metric: name, entity: entity?.text, partner: nil, text: text.originalString(start..<(p + length)))
            }
            p += 1
        }
        return nil
    }

    /// What ends a noun phrase: punctuation and brackets.
    private static let phraseEnds: Set<UInt16> = [0x2C, 0x3001, 0x3B, 0x3002, 0x3A, 0x28, 0x29, 0x0A]

    /// A rate is of the level its head noun names (words/rate.lex): 制造业采购经理指数（PMI）为
    /// 50.5% is of 制造业采购经理指数, from the clause's start (or the list word before it)
    /// through the head. In a list of figures, the list of names before it gives each its
    /// own (A、B和C分别为…), modifiers sharing the last one's head too (中、小型企业PMI).
    private func rateSubject(for claim: Claim, in claims: UnsafeBufferPointer<Claim>, listSize: Int,
                             _ sentence: Range<Int>, _ units: UnsafeBufferPointer<UInt16>) -> Subject? {
        guard let heads = grammar.rateHeads else { return nil }
        var p = claim.range.lowerBound
        if claim.listIndex > 0, let first = claims.last(where: { $0.listIndex == 0 && $0.range.lowerBound < claim.range.lowerBound }) {
            p = first.range.lowerBound
        }
        // The clause, brackets and all (指数（PMI）、…).
        var floor = p
        while floor > max(sentence.lowerBound, p - contextReach), ![0x2C, 0x3A, 0x3B, 0x3002, 0x0A].contains(units[floor - 1]) { floor -= 1 }
        /// The head ending at q, skipping an aside in brackets before it (指数（PMI）).
        func head(endingAt q: Int) -> Range<Int>? {
            var q = q
            if q > floor, units[q - 1] == 0x29, let open = (max(floor, q - 12)..<(q - 1)).last(where: { units[$0] == 0x28 }) { q = open }
            guard let (length, _) = heads.match(units, endingAt: q, floor: floor), !isRateException(q - length..<q, sentence, units),
                  // 恢复至2019年水平的八成: a head before 的 names what the figure is a part of.
                  q >= sentence.upperBound || !grammar.markers.figureOf.contains(units[q]) else { return nil }
            return (q - length)..<q
        }
        // The nearest head before the figure, in its clause (with the brackets).
        var found: Range<Int>?
        var end = p
        var q = p
        while q > floor {
            if let h = head(endingAt: q) { found = h; end = q; break }
            q -= 1
        }
        guard let found else { return nil }
        // The names of a list, each back to the list word or the clause's start before it.
        var names: [Range<Int>] = []
        var nameEnd = end
        var headRange = found
        while true {
            var start = headRange.lowerBound
            while start > floor, !isListMark(start - 1, units) { start -= 1 }
            names.insert(start..<nameEnd, at: 0)
            guard start > floor, let next = head(endingAt: start - 1) else { break }
            nameEnd = start - 1
            headRange = next
        }
        var name: String
        if listSize > 1 && names.count == listSize {
            name = trimmedName(names[min(claim.listIndex, names.count - 1)], sentence: claim.sentence, units)
        } else if listSize > 2, names.count == 1, let first = names.first, first.lowerBound > floor + 1,
                  case let pieces = (floor..<(first.lowerBound - 1)).split(whereSeparator: { isListMark($0, units) }).suffix(listSize - 1),
                  pieces.count == listSize - 1,
                  let all = Self.sharedHead(pieces.map { text.string($0.startIndex..<$0.endIndex) } + [trimmedName(first, sentence: claim.sentence, units)]) {
            // 大型、中型、小型企业PMI: each modifier with the last name's head.
            name = all[min(claim.listIndex, all.count - 1)]
        } else if listSize == 2, names.count == 1, let first = names.first, first.lowerBound > floor + 1 {
            // 中、小型企业PMI: the word before the list word takes the place of the last name's
            // first characters.
            var start = first.lowerBound - 1
            while start > floor, !isListMark(start - 1, units), start > first.lowerBound - 5 { start -= 1 }
            let modifier = start..<(first.lowerBound - 1)
            let last = trimmedName(first, sentence: claim.sentence, units)
            let shared = String(last.dropFirst(modifier.count))
            name = claim.listIndex == 0 ? text.string(modifier) + shared : last
        } else if listSize == 1, names.count > 1 {
            // 零售业商务活动指数和新订单指数均超过52%: one figure said of all of them.
            name = trimmedName(names[0].lowerBound..<names[names.count - 1].upperBound, sentence: claim.sentence, units)
        } else {
            name = trimmedName(names[names.count - 1], sentence: claim.sentence, units)
        }
        guard !name.isEmpty else { return nil }
        // A rate metrics.lex knows goes by its name there (调查失业率 is 城镇调查失业率).
        let known = metrics.match(units, endingAt: found.upperBound, floor: max(floor, found.lowerBound - 12))
        if listSize == 1, let (length, metric) = known, length >= found.count {
            // The words before the known name say whose rate it is (15至24岁者失业率).
            let before = names[0].lowerBound..<(found.upperBound - length)
            let entity = before.isEmpty ? nil : entityIn(before, excluding: nil, units, index: 0, listSize: 1, sentence: claim.sentence)?.text
            return Subject(metric: metric, entity: entity, partner: nil, text: text.originalString(names[0].lowerBound..<end))
        }
        return Subject(metric: name, entity: nil, partner: nil, text: text.originalString(names[0].lowerBound..<end))
    }

    /// A rate's name without the dates, period words and function words before it, nor an
    /// aside in brackets after it: 3月份制造业采购经理指数（PMI） → 制造业采购经理指数.
    private func trimmedName(_ range: Range<Int>, sentence: Int, _ units: UnsafeBufferPointer<UInt16>, beforeVerb: Bool = false) -> String {
        var start = range.lowerBound
        var end = range.upperBound
        if end > start, units[end - 1] == 0x29, let open = (start..<(end - 1)).last(where: { units[$0] == 0x28 }) { end = open }
        let marks = numberMarks[numberMarkStarts[sentence]..<numberMarkStarts[sentence + 1]]
        let ages = ageMarks[ageMarkStarts[sentence]..<ageMarkStarts[sentence + 1]]
        while start < end {
            if let mark = marks.first(where: { $0.contains(start) }) {
                // (60岁及以上人口: a group named by ages keeps them, 及以上 and all.)
                if ages.contains(mark), mark.upperBound < end { break }
                start = mark.upperBound
                continue
            }
            // (首十個月特區政府財政總收入: the prefix of a period, numbers/period-prefixes.lex, goes
            // with it.)
            if let (length, _) = grammar.periodPrefixes.match(units, at: start, limit: end),
               let mark = marks.first(where: { $0.lowerBound == start + length }) {
                start = mark.upperBound
                continue
            }
            // 1—9月国有企业: the dash of a span of months between two of its figures (not of
            // ages, 16—59岁的人口, whose span names the group).
            if [0x2D, 0x2013, 0x2014, 0xFF5E, 0x7E].contains(units[start]),
               let next = marks.first(where: { $0.contains(start + 1) }),
               units[next.upperBound - 1] == 0x6708 || (next.upperBound < end && units[next.upperBound] == 0x6708) { start += 1; continue }
            if let (length, _) = grammar.periods.match(units, at: start, limit: end)
                ?? grammar.entityStop.match(units, at: start, limit: end).flatMap({ $0.value ? ($0.length, "") : nil }) {
                start += length
                continue
            }
            // （2月份生产指数和新订单指数分别为…: an aside's opening bracket is no part of the name.
            if units[start] == 0x20 || units[start] == 0x3000 || units[start] == 0x28 { start += 1; continue }
            break
        }
        // 国际旅客全年合共: a period word that ends the name is none of it; before a verb of doing,
        // nor a date (法律援助署2024年共接獲…).
        while start < end {
            if let (length, _) = grammar.periods.match(units, endingAt: end, floor: start) { end -= length; continue }
            if beforeVerb, let mark = marks.last(where: { $0.upperBound == end && $0.lowerBound > start }) { end = mark.lowerBound; continue }
            break
        }
        guard start < end else { return "" }
        // 国产影片全年票房, 体育彩票机构当月销售规模: nor one inside it.
        var kept: [Range<Int>] = []
        var p = start, from = start
        while p < end {
            if p > start, let (length, _) = grammar.periods.match(units, at: p, limit: end), p + length < end {
                kept.append(from..<p)
                p += length
                from = p
                continue
            }
            p += 1
        }
        guard !kept.isEmpty else { return text.string(start..<end) }
        return (kept + [from..<end]).map { text.string($0) }.joined()
    }

    /// True when an exception of the rate heads (增长率) holds the head.
    private func isRateException(_ word: Range<Int>, _ sentence: Range<Int>, _ units: UnsafeBufferPointer<UInt16>) -> Bool {
        guard let exceptions = grammar.rateHeadExceptions else { return false }
        var start = word.lowerBound
        while start >= sentence.lowerBound, word.upperBound - start <= exceptions.maximumLength {
            if let (length, _) = exceptions.match(units, at: start, limit: sentence.upperBound), start + length >= word.upperBound { return true }
            start -= 1
        }
        return false
    }

    /// A share or a contribution is about the part its clause names before 占 or 拉动
    /// (机电产品占出口总值的59.4%); when the clause names none, about what the claim before
    /// it in the sentence is about (出口16.03万亿元，…，占…59.4%，拉动…5.3个百分点).
    private func partSubject(for claim: Claim, in claims: UnsafeBufferPointer<Claim>, _ sentence: Range<Int>, _ units: UnsafeBufferPointer<UInt16>,
                             listSize: Int) -> SubjectFinding {
        // The part is named before the first 占, 比重, 拉动… of the clause.
        let start = clauseStart(before: min(claim.contextStart, claim.range.lowerBound), sentence, units)
        var end = min(claim.contextStart, claim.range.lowerBound)
        // The rule's words begin inside a metric's name (the 影响 of 翘尾影响约为…): the name is
        // the part's.
        if let nameEnd = (max(start, end - 4)..<end).lazy.compactMap({ p in
            metrics.match(units, at: p, limit: claim.range.lowerBound).map { p + $0.length }
        }).first(where: { $0 > end }) {
            end = nameEnd
        }
        if let first = firstPartMarker(in: start..<end, units) { end = first }
        // 在社会消费品零售总额中占25.0%: what stands after 在 is the whole, not the part.
        let namesWhole = end > start && grammar.markers.wholeAfter.contains(units[start])
        var own = namesWhole ? nil : nearestSubject(for: claim, in: claims, start..<sentence.upperBound, units, from: end, listSize: listSize)
        if own == nil, !namesWhole,
           let entity = entityIn(start..<end, excluding: nil, units, index: claim.listIndex, listSize: listSize, sentence: claim.sentence) {
            // The whole after 占 gives the metric: 民营企业占外贸总值的55.5%.
            var whole: String?
            var p = claim.range.lowerBound
            while p > end, whole == nil {
                whole = metrics.match(units, endingAt: p, floor: end)?.value
                p -= 1
            }
            own = Subject(metric: whole, entity: entity.text, partner: nil, text: entity.text)
        }
        if let own { return SubjectFinding(own: own) }
        // 分别进出口1356.2亿元、1243.7亿元和1002.9亿元，分别占…14.6%、13.4%和10.8%: each share is of
        // the figure in its place of the list of the same length before it.
        if listSize > 1, let same = sameItem(of: claim, listSize: listSize, in: claims) {
            var finding = SubjectFinding(own: nil)
            finding.sameAs = same
            return finding
        }
        return SubjectFinding(own: nearestSubject(for: claim, in: claims, sentence, units), fromPrevious: true)
    }

    /// Where the first 占, 比重, 拉动… of a stretch stands. One inside a metric's name (the 影响
    /// of 翘尾影响: the effect itself, not a pull on what follows) is passed over with the name.
    private func firstPartMarker(in range: Range<Int>, _ units: UnsafeBufferPointer<UInt16>) -> Int? {
        func marker(at p: Int, limit: Int) -> Bool { grammar.partMarkers.contains { $0.match(units, at: p, limit: limit) != nil } }
        var p = range.lowerBound
        while p < range.upperBound {
            if let (length, _) = metrics.match(units, at: p, limit: range.upperBound), length > 2,
               (p + 1..<p + length).contains(where: { marker(at: $0, limit: p + length) }) {
                p += length
                continue
            }
            if marker(at: p, limit: range.upperBound) { return p }
            p += 1
        }
        return nil
    }

    /// The metric named between 占 (or 拉动) and the figure: 占我国出口总值的59.4% → 出口.
    private func wholeMetric(of claim: Claim, _ sentence: Range<Int>, _ units: UnsafeBufferPointer<UInt16>) -> String? {
        var start = max(sentence.lowerBound, min(claim.contextStart, claim.range.lowerBound))
        let clause = clauseStart(before: start, sentence, units)
        if clause < start, grammar.markers.wholeAfter.contains(units[clause]) {
            // 在社会消费品零售总额中占25.0%: the whole stands after 在.
            start = clause
        } else {
            // 占国内生产总值的比重为…: the whole stands after the first 占 of the clause.
            if let first = firstPartMarker(in: clause..<start, units) { start = first }
        }
        var p = start
        while p < claim.range.lowerBound {
            // The longest metric word from here: 出口总值, not 出口.
            if let (_, name) = metrics.match(units, at: p, limit: claim.range.lowerBound) { return name }
            p += 1
        }
        return nil
    }

    /// Where the bracket opens that closes right before `end` (体育服务业（共9个大类）增加值), within
    /// `reach` units and with no other bracket closing between; nil when none closes there.
    /// Whether `range` stands inside brackets that close before `at` (within 40 units) and hold
    /// a figure after it: an aside of its own (（上月增长1.5%）), not the dates of the words before
    /// it (冬季（2023年12月至2024年2月）全国平均气温…).
    static func inBracketClosed(before at: Int, _ range: Range<Int>, _ sentence: Range<Int>, _ units: UnsafeBufferPointer<UInt16>) -> Bool {
        let floor = max(sentence.lowerBound, range.lowerBound - 40)
        guard let open = (floor..<range.lowerBound).last(where: { units[$0] == 0x28 || units[$0] == 0x29 }), units[open] == 0x28,
              let close = (range.upperBound..<min(at, range.upperBound + 40)).first(where: { units[$0] == 0x28 || units[$0] == 0x29 }),
              units[close] == 0x29
        else { return false }
        return (range.upperBound..<close).contains { NumeralReader.isDigit(units[$0]) }
    }

    private func openBracket(closingAt end: Int, _ sentence: Range<Int>, _ units: UnsafeBufferPointer<UInt16>, reach: Int) -> Int? {
        guard end - 1 > sentence.lowerBound, units[end - 1] == 0x29,
              let open = (max(sentence.lowerBound, end - reach)..<(end - 1)).last(where: { units[$0] == 0x28 || units[$0] == 0x29 }),
              units[open] == 0x28 else { return nil }
        return open
    }

    /// A level between 占 and the 的 of its share (占全国进出口总值41.21万亿元的20.0%).
    private func isWholeOfShare(_ level: Claim, _ sentence: Range<Int>, _ units: UnsafeBufferPointer<UInt16>) -> Bool {
        let end = level.range.upperBound
        // (A level in brackets right before 的 and a figure: 完成全年目标任务（85万人）的84.0%,
        // 占移动基站总数（1293万个）的36.4%.)
        if end + 2 < sentence.upperBound, units[end] == 0x29 || units[end] == 0xFF09, units[end + 1] == 0x7684,
           NumeralReader.isDigit(units[end + 2]) {
            return true
        }
        // (A figure right after 的: not 占地面积3.5万平方米的厂房.)
        guard end + 1 < sentence.upperBound, units[end] == 0x7684, NumeralReader.isDigit(units[end + 1]) else { return false }
        return (clauseStart(before: level.range.lowerBound, sentence, units)..<level.range.lowerBound).contains { units[$0] == 0x5360 || units[$0] == 0x4F54 }
    }

    private func clauseStart(before end: Int, _ sentence: Range<Int>, _ units: UnsafeBufferPointer<UInt16>) -> Int {
        var start = end
        let floor = max(sentence.lowerBound, end - contextReach)
        // A space separates the parts of a headline too.
        while start > floor, ![0x2C, 0x3A, 0x3B, 0x3002, 0x28, 0x29, 0x20].contains(units[start - 1]) { start -= 1 }
        return start
    }

    private func nearestSubject(for claim: Claim, in claims: UnsafeBufferPointer<Claim>, _ sentence: Range<Int>, _ units: UnsafeBufferPointer<UInt16>,
                                from start: Int? = nil, listSize: Int = 1, whole: Subject? = nil) -> Subject? {
        // The nearest metric before the words that decided the kind.
        var p = start ?? min(claim.contextStart, claim.range.lowerBound)
        // (A later item reads from where the first did, unless told where to read from.)
        if start == nil, claim.listIndex > 0, let first = claims.last(where: { $0.listIndex == 0 && $0.range.lowerBound < claim.range.lowerBound }) {
            p = min(first.contextStart, first.range.lowerBound)
        }
        var metricRange: Range<Int>?
        var metric: String?
        let floor = max(sentence.lowerBound, p - contextReach)
        while p > floor {
            // An aside in brackets (已扣除价格因素) names no subject.
            if units[p - 1] == 0x29 {
                var q = p - 1
                while q > floor, units[q - 1] != 0x28 { q -= 1 }
                if q > floor { p = q - 1; continue }
            }
            // Nor does a measure (按不变价格计算, 剔除价格因素): 价格 in it is no metric.
            if let (length, _) = grammar.measures.match(units, endingAt: p, floor: sentence.lowerBound) {
                p -= length
                continue
            }
            if let (length, name) = metrics.match(units, endingAt: p, floor: sentence.lowerBound) {
                metricRange = (p - length)..<p
                metric = name
                break
            }
            p -= 1
        }
        guard var metricRange, var metric else { return nil }
        // 出口货值及进口货值…分别上升14.5%及11.5%: a list of metrics pairs with the list of
        // figures.
        if listSize > 1 {
            var found: [(Range<Int>, String)] = [(metricRange, metric)]
            var q = metricRange.lowerBound
            while let (joinLength, _) = grammar.joiners.match(units, endingAt: q, floor: sentence.lowerBound),
                  let (length, name) = metrics.match(units, endingAt: q - joinLength, floor: sentence.lowerBound) {
                q -= joinLength + length
                found.insert(((q)..<(q + length), name), at: 0)
            }
            if found.count == listSize {
                (metricRange, metric) = found[min(claim.listIndex, found.count - 1)]
                return Subject(metric: metric, entity: nil, partner: nil, text: text.originalString(metricRange))
            }
            // 城镇和乡村消费品零售额: modifiers sharing the head of the last metric.
            if let names = sharedHeadMetrics(before: metricRange, units, sentence), names.count == listSize {
                return Subject(metric: names[min(claim.listIndex, names.count - 1)], entity: nil, partner: nil,
                               text: text.originalString(clauseStart(before: metricRange.lowerBound, sentence, units)..<metricRange.upperBound))
            }
        }
        // 货物贸易进出口总值: words of one metric side by side are one name, not an entity.
        while let (length, name) = metrics.match(units, endingAt: metricRange.lowerBound, floor: sentence.lowerBound), name == metric {
            metricRange = (metricRange.lowerBound - length)..<metricRange.upperBound
        }
        // The clause before the metric holds the entity and the partner (past an aside in
        // brackets right before the metric: 体育服务业（共9个大类）增加值).
        let nameEnd = openBracket(closingAt: metricRange.lowerBound, sentence, units, reach: 16) ?? metricRange.lowerBound
        let clauseStart = clauseStart(before: nameEnd, sentence, units)
        var (partner, partnerRange) = partnerIn(clauseStart..<nameEnd, units, index: claim.listIndex, listSize: listSize)
        // 出口往香港的货值: the destination right after the metric.
        let after = metricRange.upperBound
        if partner == nil, after + 1 < claim.ruleStart, grammar.markers.partnerAfter.contains(units[after]),
           let (_, name) = grammar.partners.match(units, at: after + 1, limit: claim.ruleStart) {
            partner = name
        }
        var entity = entityIn(clauseStart..<nameEnd, excluding: partnerRange, units, index: claim.listIndex, listSize: listSize, sentence: claim.sentence)
        // 国有控股企业增加值增长6.5%，股份制企业增长6.8%: a clause that names its own entity
        // before its verb takes the metric from before, not the entity.
        let ownClause = self.clauseStart(before: claim.ruleStart, sentence, units)..<claim.ruleStart
        if claim.listIndex == 0, metricRange.upperBound <= ownClause.lowerBound,
           let own = entityIn(ownClause, excluding: nil, units, index: 0, listSize: 1, sentence: claim.sentence) {
            return Subject(metric: metric, entity: own.text, partner: nil, text: text.originalString(own.range))
        }
        // 跨境电商进出口约1.32万亿元。其中，出口约1.03万亿元；进口约2911亿元: 其中 (and the
        // clauses after it up to the full stop) keeps what the part belongs to: the last level.
        var carried = partner
        if entity == nil, partner == nil, let whole,
           grammar.breakdown.occurs(in: units, clauseStart..<metricRange.lowerBound)
            || ([0, 3].contains(clauseStart - sentence.lowerBound) && opensWithBreakdown(claim.sentence, units)) {
            // (服务出口 under 服务进出口 already names what it belongs to.)
            entity = whole.entity.flatMap { metric.contains($0) ? nil : ($0, metricRange) }
            carried = whole.partner
        }
        let start = min(entity.map { $0.range.lowerBound } ?? metricRange.lowerBound, partnerRange?.lowerBound ?? metricRange.lowerBound)
        return Subject(metric: metric, entity: entity?.text, partner: carried, text: text.originalString(min(start, metricRange.lowerBound)..<metricRange.upperBound))
    }

    /// A level written as an item after a colon or a semicolon, its name and then its figure
    /// (依次为：批发和零售业1022.9万个): the only entity carried to the figures after it in its
    /// sentence (not: 折合37,892美元, 经济实质按年上升 — a verb read as a name, after a comma).
    private func isListedItem(_ level: Claim, _ subject: Subject) -> Bool {
        guard level.kind == .amount || level.kind == .count, !level.isPrior else { return false }
        let start = level.range.lowerBound - subject.text.utf16.count
        guard start > 0 else { return false }
        return [0xFF1A, 0xFF1B, 0x3A, 0x3B].contains(text.utf16[start - 1])
    }

    /// The claim's clause holds no words before it but a verb and a period or a figure compared
    /// with (，比2018年末增加): no metric, and nothing else the lexicons would read as a name.
    private func namesNothing(before claim: Claim, _ sentence: Range<Int>, _ units: UnsafeBufferPointer<UInt16>) -> Bool {
        let start = clauseStart(before: claim.ruleStart, sentence, units)
        guard start > sentence.lowerBound else { return false }
        for p in stride(from: claim.ruleStart, to: start, by: -1) where metrics.match(units, endingAt: p, floor: start) != nil { return false }
        return entityIn(start..<claim.ruleStart, excluding: nil, units, index: 0, listSize: 1, sentence: claim.sentence) == nil
    }

    /// 其中，出口…；进口…: a sentence that opens with a breakdown word (claims/roles.lex), or goes
    /// on after a semicolon from one that does.
    private func opensWithBreakdown(_ index: Int, _ units: UnsafeBufferPointer<UInt16>) -> Bool {
        var index = index
        while index >= 0 {
            let range = segmentation.sentences[index].range
            if grammar.breakdown.match(units, at: range.lowerBound, limit: range.upperBound) != nil { return true }
            guard index > 0, units[segmentation.sentences[index - 1].range.upperBound - 1] == 0x3B else { return false }  // ;
            index -= 1
        }
        return false
    }

    /// 城镇和乡村消费品零售额 → 城镇消费品零售额, 乡村消费品零售额: the words before a list word,
    /// put in front of the tail of the metric after it, name metrics too. Nil unless every
    /// item does.
    private func sharedHeadMetrics(before metric: Range<Int>, _ units: UnsafeBufferPointer<UInt16>, _ sentence: Range<Int>) -> [String]? {
        guard let (joinLength, _) = grammar.joiners.match(units, endingAt: metric.lowerBound, floor: sentence.lowerBound) else { return nil }
        let last = Array(units[metric])
        let joinEnd = metric.lowerBound - joinLength
        // The modifier of the last item is as long as the word before the list word.
        for length in 1...4 where joinEnd - length >= sentence.lowerBound && length < last.count {
            let word = Array(units[(joinEnd - length)..<joinEnd])
            guard Array(last.prefix(length)) != word else { continue }
            let candidate = word + last.dropFirst(length)
            let named = candidate.withUnsafeBufferPointer { metrics.match($0, at: 0, limit: $0.count) }
            guard let (matched, name) = named, matched == candidate.count,
                  let (_, lastName) = metrics.match(units, at: metric.lowerBound, limit: metric.upperBound) else { continue }
            return [name, lastName]
        }
        return nil
    }

    /// 分产业看，分地区看，: a sentence that turns to another breakdown.
    private func opensBreakdown(_ sentence: Range<Int>, _ units: UnsafeBufferPointer<UInt16>) -> Bool {
        guard sentence.count > 3, grammar.markers.turnOpen.contains(units[sentence.lowerBound]) else { return false }
        let head = sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + 8)
        return head.contains { grammar.markers.turnClose.contains(units[$0]) } && head.contains { units[$0] == 0x2C }
    }

    /// A figure (a quantity that is a claim) starting at `p`, its qualifier and all.
    /// A figure in the clause after `end` that a word of comparing (claims/roles.lex
    /// compared-close) follows right after: 與上月修正值14,493億元相比.
    private static func figureClosesComparison(after end: Int, _ sentence: Range<Int>, _ units: UnsafeBufferPointer<UInt16>,
                                               _ quantities: [Quantity], _ grammar: ClaimGrammar) -> Bool {
        guard let q = quantities.first(where: { $0.notAClaim == nil && $0.range.lowerBound >= end }),
              q.range.lowerBound - end < 12,
              !units[end..<q.range.lowerBound].contains(where: { [0x2C, 0x3B, 0x3A, 0x3002].contains($0) }) else { return false }
        return grammar.comparedClose.match(units, at: q.range.upperBound, limit: sentence.upperBound) != nil
    }

    private static func figureStarts(at p: Int, in quantities: [Quantity]) -> Bool {
        quantities.contains { $0.notAClaim == nil && ($0.qualifierRange ?? $0.range).lowerBound == p }
    }

    /// What opens a clause or an aside before a period said of a figure set against this one's
    /// (，9月份为…; （1—9月份为…）).
    private static let asideOpeners: Set<UInt16> = [0x2C, 0x28, 0xFF08]

    /// The length of a verb of change (words/up.lex, words/down.lex) ending at `end`, no
    /// earlier than `floor`.
    private func changeVerb(endingAt end: Int, floor: Int, _ units: UnsafeBufferPointer<UInt16>) -> Int? {
        for verbs in grammar.changeVerbs {
            if let (length, isVerb) = verbs.match(units, endingAt: end, floor: floor), isVerb { return length }
        }
        return nil
    }

    /// A verb of change at `p` and a figure right after it, in the sentence.
    private func verbThenFigure(at p: Int, _ sentence: Int, _ range: Range<Int>, _ units: UnsafeBufferPointer<UInt16>,
                                _ quantities: [[Quantity]]) -> Bool {
        guard p < range.upperBound else { return false }
        for verbs in grammar.changeVerbs {
            if let (length, isVerb) = verbs.match(units, at: p, limit: range.upperBound), isVerb {
                return Self.figureStarts(at: p + length, in: quantities[sentence])
            }
        }
        return false
    }

    /// Only a verb of change between a period compared with and its figure (9月份增长1.5%).
    private func isVerbLink(_ range: Range<Int>, _ units: UnsafeBufferPointer<UInt16>) -> Bool {
        changeVerb(endingAt: range.upperBound, floor: range.lowerBound, units) == range.count
    }

    /// A name, a word of being (为, 是) after `end`, in its clause, then the clause's first
    /// figure right after it: 去年同期博彩直接稅收入為553.1億元.
    private static func figureIsBefore(figureAfter end: Int, _ sentence: Range<Int>, _ units: UnsafeBufferPointer<UInt16>,
                                       _ quantities: [Quantity], _ grammar: ClaimGrammar) -> Bool {
        guard let q = quantities.first(where: { $0.notAClaim == nil && $0.range.lowerBound >= end }),
              // (With words between: 上年同期为8965亿元 is read by its 为, for that figure alone.)
              q.range.lowerBound - end <= 20, q.range.lowerBound > end + 1,
              !units[end..<q.range.lowerBound].contains(where: { [0x2C, 0x3B, 0x3A, 0x3002].contains($0) }) else { return false }
        return grammar.markers.figureIs.contains(units[q.range.lowerBound - 1])
    }

    /// Whether `range` stands inside a bracket opened at `open` and not closed before it.
    static func inBracket(opening open: Int, _ range: Range<Int>, _ units: UnsafeBufferPointer<UInt16>) -> Bool {
        guard open < units.count, units[open] == 0x28 || units[open] == 0xFF08, range.lowerBound > open else { return false }
        return !units[open..<range.upperBound].contains { $0 == 0x29 || $0 == 0xFF09 }
    }

    /// 與上月修正值14,493億元相比: a figure that a word of comparing (claims/roles.lex
    /// compared-close) follows right after, in the clause of the period compared with, is that
    /// period's.
    private func closesComparison(_ claim: Claim, after compared: Range<Int>, _ units: UnsafeBufferPointer<UInt16>) -> Bool {
        let end = claim.quantity.range.upperBound
        guard grammar.comparedClose.match(units, at: end, limit: min(units.count, end + 4)) != nil else { return false }
        return !units[compared.upperBound..<claim.range.lowerBound].contains { [0x2C, 0x3B, 0x3A, 0x3002].contains($0) }
    }

    /// 相當於2018年同期5,365萬人次的七成六: a figure right after the period compared with, then
    /// 的 and another figure set against it, is that period's (not: 相当于2019年同期的107.1% — the
    /// figure after 的 is this period's, set against that one).
    private func isFigureOfCompared(_ compared: Range<Int>, _ claim: Claim, next: Claim?, _ sentence: Range<Int>,
                                    _ units: UnsafeBufferPointer<UInt16>) -> Bool {
        let end = claim.quantity.range.upperBound
        guard compared.upperBound == claim.quantity.range.lowerBound, end < sentence.upperBound,
              grammar.markers.figureOf.contains(units[end]), let next, next.sentence == claim.sentence else { return false }
        return next.quantity.range.lowerBound == end + 1
    }

    /// 东、中、西部地区 → 东部地区, 中部地区, 西部地区; 大型、中型、小型企业 → 大型企业, 中型企业,
    /// 小型企业: the items before the last, modifiers alike, take the last one's head. Nil
    /// unless they are: each one character, or each of k characters ending as the last's k-th
    /// does (型) — 钢材、水泥、平板玻璃 are three names.
    static func sharedHead(_ names: [String]) -> [String]? {
        guard names.count > 1, let last = names.last.map(Array.init) else { return nil }
        let modifiers = names.dropLast().map(Array.init)
        guard let k = modifiers.first?.count, k > 0, modifiers.allSatisfy({ $0.count == k }), last.count > k + 1,
              k == 1 || modifiers.allSatisfy({ $0.last == last[k - 1] }) else { return nil }
        let head = String(last.dropFirst(k))
        return modifiers.map { String($0) + head } + [String(last)]
    }

    /// A list mark (、和及) at `i` that separates names: not one inside a word that joins
    /// nothing (互联网普及率 is one name, not 互联网普 and 率).
    private func isListMark(_ i: Int, _ units: UnsafeBufferPointer<UInt16>) -> Bool {
        grammar.markers.list.contains(units[i]) && grammar.joinsNothing.covers(units, i, floor: 0, limit: units.count) == nil
    }

    /// What joins a compared period to its figure: 的 (比8月份的5.3%) or 为 (9月份为下降0.3%).
    /// 较二零二四年同月上升14.5% is this period's growth, not a prior figure.
    private func isPriorLink(_ range: Range<Int>, _ units: UnsafeBufferPointer<UInt16>) -> Bool {
        guard !range.isEmpty else { return false }
        // 较7月份的下降3.6%: a verb of change between the 的 and the figure.
        let end = range.upperBound - (changeVerb(endingAt: range.upperBound, floor: range.lowerBound, units) ?? 0)
        return end > range.lowerBound && grammar.markers.figureOf.contains(units[end - 1]) || grammar.markers.figureIs.contains(units[range.lowerBound])
            // (，8月份是14.46元: 是 with the figure right after it.)
            || range.count == 1 && grammar.markers.figureIsFigure.contains(units[range.lowerBound])
    }

    /// A partner after 对, 自, 与, 同 or 中 (中美贸易), or in a list of partners.
    private func partnerIn(_ range: Range<Int>, _ units: UnsafeBufferPointer<UInt16>, index: Int, listSize: Int) -> (String?, Range<Int>?) {
        var i = range.lowerBound
        while i < range.upperBound {
            if grammar.markers.partner.contains(units[i]), let (length, first) = grammar.partners.match(units, at: i + 1, limit: range.upperBound) {
                // A list after the marker: 对东盟、欧盟、美国.
                var names = [first]
                var end = i + 1 + length
                while end < range.upperBound, let (joinLength, _) = grammar.joiners.match(units, at: end, limit: range.upperBound),
                      let (nextLength, next) = grammar.partners.match(units, at: end + joinLength, limit: range.upperBound) {
                    names.append(next)
                    end += joinLength + nextLength
                }
                // Several partners and one figure (对中国大陆及香港出口141.3亿美元): the group is the
                // partner, never the whole.
                let name = names.count > 1 && names.count == listSize ? names[min(index, names.count - 1)]
                    : names.count == 1 ? first : names.joined(separator: "、")
                return (name, i..<end)
            }
            i += 1
        }
        return (nil, nil)
    }

    /// What is left of the clause once time words, partners and function words are out.
    private func entityIn(_ range: Range<Int>, excluding partner: Range<Int>?, _ units: UnsafeBufferPointer<UInt16>,
                          index: Int, listSize: Int, sentence: Int) -> (text: String, range: Range<Int>)? {
        // At most `contextReach` units: kept on the stack, not in an array per claim.
        return withUnsafeTemporaryAllocation(of: Bool.self, capacity: range.count) { keep in
        keep.initialize(repeating: true)
        func drop(_ r: Range<Int>) { for i in r where range.contains(i) { keep[i - range.lowerBound] = false } }
        if let partner { drop(partner) }
        var i = range.lowerBound
        while i < range.upperBound {
            if let (length, stop) = grammar.entityStop.match(units, at: i, limit: range.upperBound), !stop {
                i += length  // 规模以上: holds 以 but is kept
            } else if let (length, _) = grammar.entityStop.match(units, at: i, limit: range.upperBound)
                ?? grammar.periods.match(units, at: i, limit: range.upperBound).map({ ($0.length, true) })
                ?? grammar.measures.match(units, at: i, limit: range.upperBound).map({ ($0.length, true) }) {
                drop(i..<(i + length))
                i += length
            } else if units[i] < 0x3400 && units[i] != 0x3001 {
                drop(i..<(i + 1))  // digits of dates, spaces, brackets
                i += 1
            } else {
                i += 1
            }
        }
        // Dates and list numbers are no part of an entity; words with numerals are (第一产业).
        for mark in numberMarks[numberMarkStarts[sentence]..<numberMarkStarts[sentence + 1]] where range.overlaps(mark) {
            drop(mark)
        }
        // 15至24歲者失業率: a group named by ages is an entity, its numbers and all.
        for age in ageMarks[ageMarkStarts[sentence]..<ageMarkStarts[sentence + 1]] where range.contains(age.lowerBound) && range.contains(age.upperBound - 1) {
            // (16—24岁: the first age and the span mark before the second are the group's too.)
            var start = age.lowerBound
            if start - 1 > range.lowerBound, grammar.markers.span.contains(units[start - 1]) {
                var p = start - 1
                while p > range.lowerBound, (0x30...0x39).contains(units[p - 1]) { p -= 1 }
                if p < start - 1 { start = p }
            }
            for i in start..<age.upperBound { keep[i - range.lowerBound] = true }
        }
        // The longest run kept is the entity.
        var best: Range<Int>?
        var start: Int?
        for i in range.lowerBound...range.upperBound {
            let kept = i < range.upperBound && keep[i - range.lowerBound]
            if kept, start == nil { start = i }
            if !kept, let s = start {
                if best == nil || i - s > best!.count { best = s..<i }
                start = nil
            }
        }
        guard var best else { return nil }
        // A list word at either end belongs to the list, not the entity.
        while best.count > 0, grammar.joiners.match(units, at: best.lowerBound, limit: best.upperBound) != nil { best = (best.lowerBound + 1)..<best.upperBound }
        while best.count > 0, grammar.joiners.match(units, endingAt: best.upperBound, floor: best.lowerBound) != nil { best = best.lowerBound..<(best.upperBound - 1) }
        guard best.count >= 2 else { return nil }
        // A list of entities: 电动汽车、3D打印机、工业机器人出口分别增长…: the item of this claim,
        // when there are as many as the list has figures.
        if listSize > 1 {
            var items: [Range<Int>] = []
            var start = best.lowerBound
            for i in best.lowerBound...best.upperBound where i == best.upperBound || isListMark(i, units) {
                if i > start { items.append(start..<i) }
                start = i + 1
            }
            // In the working form (Simplified), so that both scripts name one entity alike.
            if items.count == listSize {
                let names = items.map { text.string($0) }
                return (Self.sharedHead(names).map { $0[index] } ?? names[index], best)
            }
        }
        return (text.string(best), best)
        }
    }
}
