/// Parts listed after a whole in a breakdown frame add up to it: 按季节分，夏粮2997.8亿斤…；
/// 早稻563.5亿斤…；秋粮10586.7亿斤 against 粮食总产量14130.0亿斤 before; 入境旅客34,928,650人次，
/// 其中不过夜旅客…，留宿旅客…. A list may leave members out or overlap, so its link is weak:
/// parts that add up are consistent, parts that do not are unverifiable.
extension Checker {
    /// The item of `c` (its words back to the last 、，；： or full stop) names the rest (其他, 其余).
    private func restItem(_ c: Claim, _ context: Context) -> Bool {
        let units = context.text.utf16
        var start = c.range.lowerBound
        while start > 0, c.range.lowerBound - start < 24, ![0x3001, 0x2C, 0xFF0C, 0x3B, 0x3A, 0x3002, 0x0A].contains(units[start - 1]) { start -= 1 }
        return words.rest.contains { units[start..<c.range.lowerBound].contains(word: $0) }
    }

    /// The share said in each part's item after it (…48.1億澳門元，佔23.1%), one a part, of one
    /// whole (named once or not again), the shares adding to 100 within their rounding; nil
    /// when a part has none or they do not.
    private func itemSharesMakingHundred(of parts: [Claim], _ context: Context, frame: String = "") -> [Claim]? {
        // (Only under a frame that names the whole, 小客車中: a list naming its own, 分别占海洋生产总值
        // 的…, is checked share by share against it, and a share off its part makes no sum.)
        if frame == "among-named-whole", let listed = respectiveShares(of: parts, context) { return listed }
        var shares: [Claim] = []
        var whole: String?
        for (k, part) in parts.enumerated() {
            let end = k + 1 < parts.count ? parts[k + 1].number : min(context.claims.count, part.number + 4)
            guard let share = context.claims[(part.number + 1)..<max(part.number + 1, end)].first(where: { $0.kind == .share }),
                  share.sentence == part.sentence || context.sentenceStart(before: share.range.lowerBound) == context.sentenceStart(before: part.range.lowerBound),
                  // (Exact: 约四成四 cannot show the list leaves nothing out.)
                  share.unit == "%", !share.isPrior, share.qualifier == .exact else { return nil }
            if share.wholeNamed, let named = share.wholeMetric {
                if let whole, whole != named { return nil }
                whole = whole ?? named
            }
            shares.append(share)
        }
        let low = shares.reduce(0.0) { $0 + ($1.interval.low ?? $1.value).doubleValue }
        let high = shares.reduce(0.0) { $0 + ($1.interval.high ?? $1.value).doubleValue }
        return low <= 100 + 1e-9 && high >= 100 - 1e-9 ? shares : nil
    }

    /// A 分别 list of as many shares as the parts, after the last part in its sentence, adding to
    /// 100 within their rounding (國產車13,207輛、進口車19,181輛，占比分別為40.0%及60.0%).
    private func respectiveShares(of parts: [Claim], _ context: Context) -> [Claim]? {
        guard let last = parts.last, let first = context.claims[(last.number + 1)...].prefix(4).first(where: { $0.kind == .share }),
              first.sentence == last.sentence, first.listIndex == 0 else { return nil }
        let listed = Array(context.listItems(of: first))
        guard listed.count == parts.count, listed.allSatisfy({ $0.unit == "%" && !$0.isPrior && $0.qualifier == .exact }) else { return nil }
        let low = listed.reduce(0.0) { $0 + ($1.interval.low ?? $1.value).doubleValue }
        let high = listed.reduce(0.0) { $0 + ($1.interval.high ?? $1.value).doubleValue }
        return low <= 100 + 1e-9 && high >= 100 - 1e-9 ? listed : nil
    }

    func listSums(_ context: Context, _ found: inout CheckList) {
        let units = context.text.utf16
        var claimed: Set<Int> = []
        for first in context.claims where context.isLevel(first) && !claimed.contains(first.number) {
            // (其中，as a clause of its own opens a list too: 其中，快递业务量956.4亿件…；邮政寄递…)
            // (Or before the first figure of the first's item, its rate and change said before
            // its level: 按貨幣劃分，港元存款上升1.2%，增加980億港元至82,230億港元；外幣存款….)
            guard let frame = breakdownFrame(before: first, context, breakdownClause: true, namedWhole: true)
                    ?? itemOpening(of: first, context).flatMap({ breakdownFrame(before: $0, context, breakdownClause: true, namedWhole: true) })
            else { continue }
            // The parts: the levels of the first's unit from it to the end of the paragraph,
            // one per clause, leaving out a part's own breakdown (…，其中大豆1.55亿亩).
            var parts: [Claim] = []
            var subBreakdown: Int?
            for c in context.claims[first.number...] {
                if c.number != first.number, !context.sameParagraph(first, c) { break }
                // 其中 lists its parts up to the full stop (across ；): the next sentence names
                // other things.
                if frame.isBreakdownWord, context.sentenceStart(before: c.range.lowerBound) > first.range.lowerBound { break }
                // A later sentence opening with a name and 中 (人身险业务赔款与给付中，寿险…) breaks
                // down one of the parts: the list ends before it.
                if c.number != first.number, opensBreakdownOfPart(before: c, after: first, context) { break }
                guard context.isLevel(c), c.unit == first.unit, context.sameMeasureWord(c, first), c.qualifier != .under, context.samePeriod(c, first) else { continue }
                let clause = context.clauseStart(before: c.range.lowerBound)..<c.range.lowerBound
                // A part's own breakdown (…，其中A…，B…) runs to the next ； or full stop, or the
                // bracket that holds it closes (（含独立学院160所）).
                if let opened = subBreakdown,
                   !units[opened..<clause.lowerBound].contains(where: { [0x3B, 0xFF1B, 0x3002, 0x29, 0xFF09].contains($0) }) { continue }
                subBreakdown = nil
                // (Only the item's own words: 其中定向增发1318.4亿元、配股93.9亿元 — the 其中 before
                // the first item opens the list itself.)
                let item = parts.last.map { max(clause.lowerBound, $0.range.upperBound) }.map { $0..<max($0, clause.upperBound) } ?? clause
                if c.number != first.number, words.breakdown.contains(where: { units[item].contains(word: $0) }) {
                    subBreakdown = clause.lowerBound
                    continue
                }
                // A new frame ends the list.
                if c.number != first.number, context.clauseStart(before: c.range.lowerBound) != context.clauseStart(before: first.range.lowerBound),
                   breakdownFrame(before: c, context) != nil { break }
                // One level a clause: the first (夏粮2997.8亿斤，比上年增加… holds one); or one an
                // item of a clause listed with 、 (煤炭22.58亿吨、金属矿石5.21亿吨), each named.
                if let last = parts.last, context.clauseStart(before: c.range.lowerBound) == context.clauseStart(before: last.range.lowerBound),
                   !Self.startsItem(c, after: last, context) { continue }
                parts.append(c)
            }
            // (Each part names itself in its clause, 夏粮2997.8亿斤: the lexicons need not know it.)
            guard parts.count >= 2, parts.allSatisfy({ namesItself($0, context) }) else { continue }
            // Averages (人均…) do not add up.
            if parts.contains(where: { isIntensive($0, context) }) { claimed.formUnion(parts.map(\.number)); continue }
            claimed.formUnion(parts.map(\.number))
            // The members of a named partition (猪肉, 牛肉, 羊肉, 禽肉): its rule knows their
            // whole (猪牛羊禽肉, not 肉类总产量), and MemberPartitions checks them.
            if partitions.rules.contains(where: { rule in
                rule.members.count == parts.count && zip(rule.members, parts).allSatisfy { member, part in
                    units[context.clauseStart(before: part.range.lowerBound)..<part.range.lowerBound].starts(with: member)
                }
            }) { continue }
            // (The whole a 在…中 clause names is the last figure said under that name, or none.)
            let candidate = frame.name == "among-named-whole" ? wholeNamed(in: frame, like: first, context)
                : whole(namedBy: parts, before: frame, context) ?? whole(before: frame, like: first, context)
            guard let whole = candidate else { continue }
            // Parts of the whole's own measure (进出口 of 进出口, or of no metric the lexicons
            // know: 夏粮 is a name read from its clause; or a member's name before it: 福利彩票销售额
            // of 彩票销售额), none larger than it.
            let metric = whole.subject?.metric
            // (按造林方式分，人工造林…，封山育林…: a frame that names the whole's measure breaks
            // the whole down, whatever its members are called.)
            let frameNamesWhole = metric.map { m in m.utf16.count >= 2 && units[frame.range].contains(word: Array(m.utf16)) } ?? false
            // (按贸易类型分，内贸货物吞吐量…；外贸货物吞吐量… of 港口货物吞吐量: the parts and the whole
            // end with one measure of three characters or more, each part's own words before it.)
            let sharedMeasure = metric.map { m in
                parts.allSatisfy { part in
                    guard let own = part.subject?.metric else { return false }
                    let shared = Self.commonEnding(own, m)
                    return shared >= 3 && own.utf16.count > shared
                }
            } ?? false
            // (环比下降的63个城市中，一线城市3个，二线城市27个…: the noun counted before 中 ends each
            // part's name, whatever subject the whole was read with.)
            let countedNoun = frame.name == "among-then-parts" && frame.range.count >= 3 ? Array(units[frame.range.lowerBound..<(frame.range.upperBound - 1)]) : []
            let partsOfNoun = !countedNoun.isEmpty && parts.allSatisfy { part in
                guard let own = part.subject?.metric.map({ Array($0.utf16) }) else { return false }
                return own.count > countedNoun.count && own.reversed().starts(with: countedNoun.reversed())
            }
            // (在企业法人单位中，内资企业…；港、澳、台商投资企业…: the frame names the whole, and the
            // parts' names are the members', whatever measure the lexicons read in them.)
            let namedByFrame = frame.name == "among-named-whole"
            // (商業界別用電…，佔總耗電量65.0%；住宅界別用電…，佔26.8%…: the parts' shares, adding to
            // 100, the first naming the whole's measure.)
            let itemShares = itemSharesMakingHundred(of: parts, context, frame: frame.name)
            let sharesNameWhole = metric.map { m in
                guard m.utf16.count >= 2, let first = itemShares?.first else { return false }
                return units[context.clauseStart(before: first.range.lowerBound)..<first.range.lowerBound].contains(word: Array(m.utf16))
            } ?? false
            guard frameNamesWhole || sharedMeasure || partsOfNoun || namedByFrame || sharesNameWhole || parts.allSatisfy({ part in
                      guard let own = part.subject?.metric, part.stated.contains(.subject), let metric else { return true }
                      return own == metric || (own.utf8.count > metric.utf8.count && own.bytesEnd(with: metric))
                  }),
                  parts.allSatisfy({ ($0.interval.low ?? $0.value) <= (whole.interval.high ?? whole.value) }) else { continue }
            let range = CornerRange(claims: parts) { $0.reduce(0, +) }
            // A list may leave members out, or hold one that overlaps the others (分行业看，制造业…
            // 服务业…高技术产业…): without a named partition it shows the figures add up, never
            // that they do not.
            // A last item of the rest (其他货物10.52亿吨, 等其余灾种) closes the list: its items make
            // the whole.
            // (Only after a frame of a dimension, 分品类看, with the whole in its sentence: 国家铁路
            // 完成41.37亿吨，…；分品类看，…. A whole found sentences before may be another figure,
            // and 其中 may open the breakdown of the first item alone: 工业增加值…，其中制造业…；
            // 建筑业…；…其他行业….)
            // (Or with the first part's share said of the total, 按罪案類別劃分，侵犯財產罪5,018宗，佔總數
            // 46.2%；…；違反單行刑事法例及其他罪案2,670宗: the list is of the total, the last figure of its
            // unit said before.)
            let closed = parts.count >= 3 && !frame.isBreakdownWord && restItem(parts[parts.count - 1], context) && whole.range.upperBound <= frame.range.lowerBound
                && (!units[whole.range.upperBound..<frame.range.lowerBound].contains(where: { $0 == 0x3002 || $0 == 0x0A })
                    || shareOfTotal(after: parts[0], before: parts[1], context))
            // (牛羊禽肉产量合计2844万吨。其中，牛肉…；羊肉…；禽肉…: the whole's name spells its
            // members one character each, so they are all of it.)
            let spelled = !closed && Self.wholeSpellsParts(whole, parts)
            // Each part with its share right after it (中场…138.9億澳門元，佔總數的76.9%；贵宾…48.1億
            // 澳門元，佔23.1%), the shares adding to 100: the list leaves out at most what their
            // rounding hides, so the parts and that rest make the whole.
            if !closed, !spelled, let shares = itemShares {
                let n = parts.count
                let withRest = CornerRange(claims: parts + shares + [whole]) { v in
                    v[..<n].reduce(0, +) + v[2 * n] * max(0, 100 - v[n..<(2 * n)].reduce(0, +)) / 100
                }
                var link = Link(strength: .strong, evidence: [context.frame(frame.name + ", its shares adding to 100", frame.range),
                                                              context.fields(parts + [whole]).evidence])
                link.note = nil
                found.add("sum", parts + shares + [whole], stated: whole, range: withRest, context: context, link: link) { r in
                    context.sumMessage(parts, whole, r) + "; their shares add to 100, so they leave out at most what rounding hides"
                }
                // (Each share of a 分别 list is its part's of the whole the frame names: the
                // share finders pair such a list only with a whole its clause names.)
                // (The 分别 list stands after the last part; an item's share right after its own.)
                if frame.name == "among-named-whole", shares.first.map({ $0.number > parts[parts.count - 1].number }) == true {
                    for (part, share) in zip(parts, shares) {
                        let shareRange = CornerRange(claims: [part, whole]) { $0[0] / $0[1] * 100 }
                        let shareLink = Link(strength: .strong, evidence: [context.frame(frame.name + ", its shares listed respectively", frame.range),
                                                                           context.fields([part, whole, share]).evidence])
                        found.add("share", [part, whole, share], stated: share, range: shareRange, context: context, link: shareLink) { r in
                            "\(context.label(part)) / \(context.label(whole)) = \(context.range(r, like: share)); stated \(context.text.originalString(share.range)) \(context.gap(r, share))"
                        }
                    }
                }
            } else {
                let frameName = closed ? frame.name + ", closed by the rest" : spelled ? frame.name + ", the whole's name spelling its members" : frame.name
                var link = Link(strength: closed || spelled ? .strong : .weak, evidence: [context.frame(frameName, frame.range),
                                                                                          context.fields(parts + [whole]).evidence])
                if !closed && !spelled { link.note = "a listed breakdown may leave members out or hold overlapping ones, so its sum proves nothing when it fails" }
                found.add("sum", parts + [whole], stated: whole, range: range, context: context, link: link) { r in
                    context.sumMessage(parts, whole, r)
                }
            }
            // The whole's rate from the parts' rates (其中，福利彩票…增长3.5%；体育彩票…增长6.3%),
            // when the parts' levels add up to the whole: the figures show the list leaves no
            // member out, as the shares of ShareLists do.
            if range?.meets(whole.interval) == true {
                aggregateGrowth(whole, parts, context.frame(frame.name + ", its parts adding up to the whole", frame.range), context, &found)
            }
        }
    }

    /// A share right after `part` in its item whose clause names no whole but the total (占总数,
    /// 佔總量的: checks/share-words.lex whole-generic after an opener).
    private func shareOfTotal(after part: Claim, before next: Claim, _ context: Context) -> Bool {
        let units = context.text.utf16
        guard let share = context.claims[(part.number + 1)..<next.number].first(where: { $0.kind == .share && !$0.isPrior }) else { return false }
        var clause = Array(units[context.clauseStart(before: share.range.lowerBound)..<share.range.lowerBound])
        guard let opener = clause.first, words.wholeOpeners.contains(opener) else { return false }
        clause.removeFirst()
        if clause.last == 0x7684 { clause.removeLast() }  // 的
        return words.wholeGeneric.contains { $0.count >= 2 && $0 == clause }
    }

    /// The first figure of the item `level` is the first level of, when figures that are no
    /// levels (a rate, a change) stand before it there and the level is the one they reached
    /// (增加980億港元至82,230億港元: 至 or 到 right before it): the item runs back to a ； ： or
    /// full stop.
    private func itemOpening(of level: Claim, _ context: Context) -> Claim? {
        let units = context.text.utf16
        let number = level.quantity.range.lowerBound
        guard number > 0, [0x81F3, 0x5230].contains(units[number - 1]) else { return nil }
        var start = level.range.lowerBound
        while start > 0, ![0x3B, 0xFF1B, 0x3A, 0xFF1A, 0x3002, 0x0A].contains(units[start - 1]) { start -= 1 }
        let before = context.claims(inSentence: level.sentence).filter { $0.range.lowerBound >= start && $0.number < level.number }
        guard let opening = before.first, !before.contains(where: { context.isLevel($0) }) else { return nil }
        return opening
    }

    /// `c` opens an item of a list after `last`: a list mark (、) and then its own name of two
    /// characters or more between them, nothing else but that name before it.
    static func startsItem(_ c: Claim, after last: Claim, _ context: Context) -> Bool {
        let units = context.text.utf16
        let between = last.range.upperBound..<c.range.lowerBound
        guard let mark = between.last(where: { units[$0] == 0x3001 }) else { return false }
        let name = (mark + 1)..<c.range.lowerBound
        return name.count >= 2 && units[name].allSatisfy { (0x3400...0x9FFF).contains($0) }
    }

    /// Words of its own before the figure in its clause (夏粮 of 夏粮2997.8亿斤), not only a verb
    /// or a qualifier the claim's rule read.
    private func namesItself(_ c: Claim, _ context: Context) -> Bool {
        let start = context.clauseStart(before: c.range.lowerBound)
        return min(c.contextStart, c.range.lowerBound) - start >= 2 || c.namesSubject
    }

    /// An average or a ratio: an intensive word in its clause (人均可支配收入).
    func isIntensive(_ c: Claim, _ context: Context) -> Bool {
        let units = context.text.utf16
        let clause = context.clauseStart(before: c.range.lowerBound)..<c.range.lowerBound
        return words.intensive.contains { units[clause].contains(word: $0) }
    }

    /// An average of any kind: intensive, or per day or month (日均销售17.83亿元).
    func isAverage(_ c: Claim, _ context: Context) -> Bool {
        let units = context.text.utf16
        let clause = context.clauseStart(before: c.range.lowerBound)..<c.range.lowerBound
        return isIntensive(c, context) || words.perDay.contains { units[clause].contains(word: $0) }
            || words.perMonth.contains { units[clause].contains(word: $0) }
    }

    /// The frame that opens the clause list `c` starts: 按季节分， (or 分地区看，) as the clause
    /// before it, or 其中 at the start of its own clause.
    /// Whether `c`'s sentence, one after `first`'s, opens with a clause of words alone ending
    /// in 中 (checks/words.lex among): 人身险业务赔款与给付中，寿险业务给付5,946亿元.
    func opensBreakdownOfPart(before c: Claim, after first: Claim, _ context: Context) -> Bool {
        let units = context.text.utf16
        let start = context.sentenceStart(before: c.range.lowerBound)
        guard start > first.range.upperBound else { return false }
        guard let comma = (start..<c.range.lowerBound).first(where: { units[$0] == 0x2C || units[$0] == 0xFF0C }),
              comma - start >= 2, words.among.contains(units[comma - 1]) else { return false }
        return !context.claims(inSentence: c.sentence).contains { $0.range.lowerBound < comma }
    }

    /// How many characters two names end with alike (内贸货物吞吐量, 港口货物吞吐量: 5).
    static func commonEnding(_ a: String, _ b: String) -> Int {
        var x = Array(a.utf16).reversed().makeIterator(), y = Array(b.utf16).reversed().makeIterator()
        var n = 0
        while let p = x.next(), let q = y.next(), p == q { n += 1 }
        return n
    }

    /// 分专业看, 按季节分: a clause that turns to a breakdown (checks/words.lex dimension-open,
    /// dimension-close).
    func opensDimension(_ r: Range<Int>, _ units: [UInt16]) -> Bool {
        r.count >= 3 && words.dimensionOpen.contains(units[r.lowerBound])
            && (words.dimensionClose.contains(units[r.upperBound - 1]) || words.dimensionClose.contains(units[r.upperBound - 2]))
    }

    func breakdownFrame(before c: Claim, _ context: Context, breakdownClause: Bool = false, namedWhole: Bool = false) -> (name: String, range: Range<Int>, isBreakdownWord: Bool)? {
        let units = context.text.utf16
        let clauseStart = context.clauseStart(before: c.range.lowerBound)
        let own = clauseStart..<c.range.lowerBound
        for word in words.breakdown where units[own].starts(with: word) {
            return ("whole-then-parts", clauseStart..<(clauseStart + word.count), true)
        }
        // 按季节分，: the clause before, opening the sentence or after a full stop (就四大業別觀察：
        // a colon ends it as well).
        guard clauseStart > 0, [0x2C, 0xFF0C, 0x3A].contains(units[clauseStart - 1]) else { return nil }
        var previous = context.clauseStart(before: clauseStart - 1)..<(clauseStart - 1)
        // 分专业看，1-6月，同城快递…: a short clause with no figure (a period) between the frame
        // and the first part.
        let opensDimension = { (r: Range<Int>) in self.opensDimension(r, units) }
        if !opensDimension(previous), previous.count <= 6, previous.lowerBound > 0, units[previous.lowerBound - 1] == 0x2C || units[previous.lowerBound - 1] == 0xFF0C,
           !words.breakdown.contains(where: { units[previous].elementsEqual($0) }),
           c.number == 0 || context.claims[c.number - 1].range.upperBound <= previous.lowerBound {
            previous = context.clauseStart(before: previous.lowerBound - 1)..<(previous.lowerBound - 1)
        }
        // 其中，医院43.1亿人次: the breakdown word as a clause of its own (for a share said of
        // that part: 占42.5%).
        for word in words.breakdown where breakdownClause && units[previous].elementsEqual(word) {
            return ("whole-then-parts", previous, true)
        }
        // 纳入国家考核的3641个地表水断面中，优良断面3292个: a level and its noun, then 中, as the
        // clause before: that level is the whole the parts break down (not: 在外贸中，出口… — no
        // figure before 中).
        if c.number > 0, !previous.isEmpty, words.among.contains(units[previous.upperBound - 1]),
           context.claims[c.number - 1].range.upperBound <= previous.upperBound - 1 {
            let whole = context.claims[c.number - 1]
            // (A figure that ends past the clause, in noise, is no whole of it.)
            let noun = whole.range.upperBound..<(previous.upperBound - 1)
            if previous.contains(whole.range.lowerBound), context.isLevel(whole), (1...10).contains(noun.count),
               units[noun].allSatisfy({ (0x3400...0x9FFF).contains($0) || $0 == 0xFF08 || $0 == 0xFF09 }) {
                return ("among-then-parts", whole.range.upperBound..<previous.upperBound, true)
            }
        }
        // 在外出农民工中，跨省流动农民工6715万人…；省内…: a clause of words alone, 在 to 中, names
        // the whole (said before, under that name: `listSums` alone asks, and checks the name);
        // so does one opening its sentence without 在 (小客車中，國產車13,207輛、進口車…).
        let opensSentence = previous.lowerBound == 0 || [0x3002, 0x3B, 0x0A].contains(units[previous.lowerBound - 1])
        if namedWhole, previous.count >= 4 || opensSentence && previous.count >= 3, previous.count <= 14,
           units[previous.lowerBound] == 0x5728 || opensSentence && units[previous].allSatisfy({ (0x3400...0x9FFF).contains($0) }),
           words.among.contains(units[previous.upperBound - 1]),
           c.number == 0 || context.claims[c.number - 1].range.upperBound <= previous.lowerBound {
            return ("among-named-whole", previous, true)
        }
        guard previous.count <= 8, opensDimension(previous),
              previous.lowerBound == 0 || [0x3002, 0x3B, 0x0A, 0xFF1B].contains(units[previous.lowerBound - 1]) else { return nil }
        return ("breakdown-by", previous, false)
    }

    /// The whole a clause 在X中 names: the last exact level before it said under the name X, in
    /// the first part's unit, measure word and period, within a few paragraphs.
    private func wholeNamed(in frame: (name: String, range: Range<Int>, isBreakdownWord: Bool), like first: Claim, _ context: Context) -> Claim? {
        let units = context.text.utf16
        let start = frame.range.lowerBound + (units[frame.range.lowerBound] == 0x5728 ? 1 : 0)
        let name = Array(units[start..<(frame.range.upperBound - 1)])
        return context.claims[..<first.number].reversed().prefix(60).first { c in
            first.sentence - c.sentence <= 15 && context.isLevel(c) && c.unit == first.unit && context.sameMeasureWord(c, first)
                && c.qualifier == .exact && context.samePeriod(c, first)
                // (Or its entity and metric together, 企业 and 法人单位 of 在企业法人单位中.)
                && [c.subject?.metric, c.subject?.term].contains { $0.map({ Array($0.utf16) }) == name }
        }
    }

    /// The whole the parts' names end with (同城快递业务量, 异地快递业务量 → 快递业务量), said
    /// before the frame in their unit and period within a few paragraphs, even inside an
    /// earlier breakdown; nil when their names share no ending of two characters or more.
    func whole(namedBy parts: [Claim], before frame: (name: String, range: Range<Int>, isBreakdownWord: Bool), _ context: Context) -> Claim? {
        let names = parts.compactMap { $0.subject?.metric }
        guard let first = parts.first, names.count == parts.count else { return nil }
        var suffix = Array(names[0].utf16)
        for name in names.dropFirst() {
            let other = Array(name.utf16)
            var k = 0
            while k < min(suffix.count, other.count), suffix[suffix.count - 1 - k] == other[other.count - 1 - k] { k += 1 }
            suffix = Array(suffix.suffix(k))
        }
        // The parts' own names must differ before the ending (同城 and 异地), and it is a noun.
        guard suffix.count >= 2, names.allSatisfy({ $0.utf16.count > suffix.count }) else { return nil }
        let ending = String(decoding: suffix, as: UTF16.self)
        for c in context.claims[..<first.number].reversed().prefix(60) {
            if first.sentence - c.sentence > 15 { break }
            guard c.range.upperBound <= frame.range.lowerBound, context.isLevel(c), c.unit == first.unit, context.sameMeasureWord(c, first),
                  c.qualifier == .exact, context.samePeriod(c, first), c.subject?.metric == ending,
                  parts.allSatisfy({ ($0.interval.low ?? $0.value) <= (c.interval.high ?? c.value) }) else { continue }
            return c
        }
        return nil
    }

    /// The whole a list of parts breaks down: the last exact level before the frame, in the
    /// parts' unit and period, with its subject stated, not itself a part of an earlier
    /// breakdown (…，其中谷物…), within a few sentences.
    func whole(before frame: (name: String, range: Range<Int>, isBreakdownWord: Bool), like first: Claim, _ context: Context, needsSubject: Bool = true) -> Claim? {
        let units = context.text.utf16
        let candidates = context.claims[..<first.number].reversed().prefix(40)
        for c in candidates {
            // A frame of its own (从入境渠道看，) may open a paragraph or two after the whole's.
            if first.sentence - c.sentence > (frame.isBreakdownWord ? 6 : 15) { break }
            guard c.range.upperBound <= frame.range.lowerBound, context.isLevel(c), c.unit == first.unit, context.sameMeasureWord(c, first),
                  c.qualifier == .exact || c.qualifier == .about, context.samePeriod(c, first),
                  // (Not a figure of the period compared with: 去年8月为39.6万辆。其中… breaks down
                  // this August's, said before it.)
                  !c.isPrior, !context.saidAsCompared(c),
                  // A whole is no smaller than its first part.
                  (c.interval.high ?? c.value) >= (first.interval.low ?? first.value) else { continue }
            // The whole of a share said with it (占移动基站总数1256.6万个的36.2%): what the
            // sentence compares its topic with, not the topic.
            if c.number + 1 < context.claims.count, context.claims[c.number + 1].kind == .share,
               context.claims[c.number + 1].range.lowerBound == c.range.upperBound + 1 { continue }
            // Nor a figure said with its own share of a whole it names (智能手机出货量2986.5万部，占同期
            // 手机出货量的97.9%: 占, a name and 的): a part of that whole, not the whole.
            if c.number + 1 < context.claims.count, case let share = context.claims[c.number + 1], share.kind == .share,
               share.sentence == c.sentence, case let own = context.clauseStart(before: share.range.lowerBound), own <= c.range.upperBound + 1,
               share.range.lowerBound - own >= 4, words.wholeOpeners.contains(units[own]), units[share.range.lowerBound - 1] == 0x7684 { continue }
            // Inside an earlier breakdown: 其中 between its sentence's start and it (unless the
            // frame follows in that sentence: 其中，国家铁路完成41.37亿吨…；分品类看，煤炭… breaks
            // the part down).
            let before = context.sentenceStart(before: c.range.lowerBound)..<c.range.lowerBound
            if words.breakdown.contains(where: { units[before].contains(word: $0) }),
               frame.isBreakdownWord || context.sentenceStart(before: frame.range.lowerBound) != before.lowerBound { continue }
            // A per-day average (日均约2.95亿人次) is no whole, nor an average (平均就诊7.2次) of a total.
            let clause = context.clauseStart(before: c.range.lowerBound)..<c.range.lowerBound
            if words.perDay.contains(where: { units[clause].contains(word: $0) }) || isIntensive(c, context) && !isIntensive(first, context) { continue }
            // (A figure whose noun stands after it names its subject: 共有34,928,650人次旅客入境.)
            guard c.namesSubject || !needsSubject || !context.nounAfter(c).isEmpty else {
                // 其中 breaks down the level right before it: one whose name was not read stops
                // the search, not an earlier figure of another name taken for it.
                if frame.isBreakdownWord { return nil }
                continue
            }
            return c
        }
        return nil
    }

    /// 牛羊禽肉 of 牛肉、羊肉 and 禽肉, 中西部 of 中部 and 西部: the whole's name is the parts' first
    /// characters in turn, one each, before the ending all of them share — a short way of
    /// naming every member, so the parts are all of the whole.
    static func wholeSpellsParts(_ whole: Claim, _ parts: [Claim]) -> Bool {
        guard parts.count >= 2, let wholeName = whole.subject.map({ Array($0.term.utf16) }) else { return false }
        let names = parts.compactMap { $0.subject.map { Array($0.term.utf16) } }
        guard names.count == parts.count, let ending = names.first?.dropFirst(), !ending.isEmpty,
              names.allSatisfy({ $0.count == ending.count + 1 && $0.dropFirst().elementsEqual(ending) }) else { return false }
        return wholeName.elementsEqual(names.map { $0[0] } + ending)
    }
}
