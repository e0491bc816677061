/// A part's level and its share in one sentence, the whole named in the share's clause:
/// 人均食品烟酒支出8411元，增长5.4%，在消费支出中占29.8% → 8411 / 人均消费支出28227元. A share
/// whose clause names no whole (占比16.7%) is of the whole the share before it in its paragraph
/// named (从收入来源看，人均工资性收入…，在可支配收入中的比重为56.5%；人均经营净收入…，占比16.7%),
/// or of the level 其中 breaks down (…23.6亿人次。其中自驾出行19.7亿人次，占比接近八成); a whole
/// named only as the total (占总数79.5%) is the whole of the breakdown the part is listed in
/// (从入境渠道看，…), over a weak link.
extension Checker {
    /// A share tied to its part and its whole by the words around it.
    struct ShareLink {
        var part: Claim
        var whole: Claim
        var share: Claim
        var strong: Bool
        var frame: (name: String, range: Range<Int>)
        /// Why a weak link is in doubt.
        var note: String?
        /// The words of the share before that named the whole, for a whole carried from it.
        var namedBy: Range<Int>? = nil
    }

    func clauseShares(_ context: Context, _ found: inout CheckList) {
        for l in shareLinks(context) {
            let (part, whole, share) = (l.part, l.whole, l.share)
            let range = CornerRange(claims: [part, whole]) { $0[0] / $0[1] * 100 }
            // A part larger than the whole found, for a share below 100%: that figure is not
            // its whole (超过千亿元，占全部直接经济损失的54.8% after one month's 785.6亿元).
            if let range, range.low > 100, share.value.doubleValue < 100 { continue }
            var link = Link(strength: l.strong ? .strong : .weak,
                            evidence: [context.frame(l.frame.name, l.frame.range)] + (l.namedBy.map { [context.frame("whole-named", $0)] } ?? [])
                                + [context.fields([part, whole, share]).evidence])
            if !l.strong { link.note = l.note }
            found.add("share", [part, whole, share], stated: share, range: range, context: context, link: link) { r in
                "\(context.label(part)) / \(context.label(whole)) = \(context.range(r, like: share)); stated \(context.text.originalString(share.range)) \(context.gap(r, share))"
            }
        }
    }

    /// Every share of the document with its part and whole found from the words of its
    /// clause, in document order (ShareLists reads them too: shares of one whole whose parts
    /// add up to it add up to 100).
    func shareLinks(_ context: Context) -> [ShareLink] {
        context.once("share links") { findShareLinks(context) }
    }

    private func findShareLinks(_ context: Context) -> [ShareLink] {
        let units = context.text.utf16
        var links: [ShareLink] = []
        // The whole the last share of the paragraph was tied to, for the shares after it whose
        // clause names none, and whether a breakdown frame (从收入来源看，) opens its list.
        var carried: (link: ShareLink, listed: Bool)?
        // The whole each name a share gave was found for (占全部投资的比重: the same words name the
        // same whole again, where the nearest figures of that measure leave it in doubt).
        var wholeOfName: [[UInt16]: ShareLink] = [:]
        for number in context.numbers(ofKind: .share) {
            let share = context.claims[Int(number)]
            guard share.unit == "%", !share.isPrior, share.qualifier != .under else { continue }
            if let c = carried, !sameParagraph(c.link.share, share, units) { carried = nil }
            let clause = context.clauseStart(before: share.range.lowerBound)..<share.range.lowerBound
            // 分别占…的14.6%、13.4%和10.8%: a list pairs its shares with parts by place, which
            // NamedShareLists reads; the nearest level is no part of the first.
            if inRespectivelyList(share, context) {
                carried = nil
                continue
            }
            // 猪牛羊禽肉产量达到7238万吨，…，猪肉在其中的比重为57.2%: 其中 as the whole's name is
            // the level just before in the sentence, and the part the level of the name before
            // 在 said before it (猪肉产量4285万吨).
            if clause.contains(where: { p in units[p] == 0x5728 && words.breakdown.contains { units[(p + 1)...].starts(with: $0) } }),
               let link = partOfLevelBefore(share, clause, context) {
                links.append(link)
                carried = nil
                continue
            }
            // (The level the clause names before 占 is the part, not the nearest: 养殖产量6080万吨，
            // 捕捞产量1286万吨，养殖产量占水产品总产量的83.5%.)
            guard let part = namedPart(of: share, clause, context, units) ?? part(of: share, context, units) else { continue }
            let named = wholeName(in: clause, units)
            let sentence = context.claims(inSentence: part.sentence)
            let first = sentence.first { context.isLevel($0) } ?? part
            var options: [ShareLink] = []
            if let named, words.wholeMean.contains(where: { $0 == named }) {
                // 中位数为34707元，是平均数的84.0%: the mean of the part's own group.
                guard let whole = meanWhole(of: part, context) else { carried = nil; continue }
                options.append(ShareLink(part: part, whole: whole, share: share, strong: false, frame: ("share-of-mean", clause),
                                         note: "the mean is taken to be the nearest average before it whose subject's words begin as the part's do"))
            } else if let named, !words.wholeGeneric.contains(where: { $0 == named }) {
                var byMeasureOnly = false
                if let whole = namedWhole(named, part: part, share: share, context, units, byMeasureOnly: &byMeasureOnly),
                   context.netAgrees(named: clause, whole: whole) {
                    // (其中线上1,920万个、线下940万个，线上占比67.1%: words before 占比 with no opener
                    // name the part; the figure named so is no whole of it.)
                    if openedName(in: clause, units) == nil, whole.subject?.text.utf16.elementsEqual(named) == true {
                        carried = nil
                        continue
                    }
                    let narrower = namesMore(whole, than: named)
                    // (占对共建国家出口总值的51.0%: a whole of a partner's, not a figure of none.)
                    let partnerMissed = (words.partnerOpen + words.toward).contains(where: { named.starts(with: $0) }) && whole.subject?.partner == nil
                    let strong = whole.namesSubject && context.subjectsStated([part]) && !narrower && !byMeasureOnly && !partnerMissed
                    // (The whole 其中 breaks down, the part listed under it, is the one named, even when
                    // found by its measure alone: 其中，…营业收入118436亿元，…占全部规模以上服务业企业营业
                    // 收入的33.2%.)
                    // (Not a whole of a group the name does not say: 工業部門受僱員工341.3萬人…；其中製造業
                    // …占全體受僱員工37.1% names everyone.)
                    if !strong, !partnerMissed, !(narrower && words.wholePrefix.contains(where: { named.starts(with: $0) })),
                       whole.subject?.entity.map({ String(decoding: named, as: UTF16.self).bytesContain($0) }) ?? true,
                       let frame = breakdownFrame(before: part, context, breakdownClause: true), frame.isBreakdownWord,
                       let listedWhole = self.whole(before: frame, like: part, context),
                       listedWhole.number == whole.number || listedWhole.interval.contains(whole.value) && context.sameSubject(listedWhole, whole) {
                        options.append(ShareLink(part: part, whole: whole, share: share, strong: true,
                                                 frame: (frame.name, frame.range.lowerBound..<clause.upperBound), note: nil))
                    } else {
                    options.append(ShareLink(part: part, whole: whole, share: share, strong: strong, frame: ("part-of-whole", clause),
                                             note: partnerMissed ? "the share names its whole with a partner, and the figure taken for it names none, so it may be another figure"
                                                 : byMeasureOnly ? "no figure is named as the share names its whole; the whole was taken to be the nearest of its measure, which may be another's"
                                                 : narrower ? "the whole was found by the end of its name only, and the words before them may make it a part of the whole the share names"
                                                 : "the part's or the whole's subject is not stated in its own sentence"))
                    }
                } else if let before = wholeOfName[named], before.whole.number < part.number, context.isLevel(part),
                          context.sameUnit(before.whole, part), context.sameMeasureWord(before.whole, part), context.samePeriod(before.whole, part),
                          before.whole.value > part.value {
                    // (The words named that whole for a share before, in the same terms: 民间投资…占全部投资
                    // 的比重为49.4% before 高技术产业投资…占全部投资的比重为15.9%.)
                    options.append(ShareLink(part: part, whole: before.whole, share: share, strong: before.strong && context.subjectsStated([part]),
                                             frame: ("part-of-whole", clause),
                                             note: "the whole is the one the same words named for a share before it, which the part's subject may not share",
                                             namedBy: before.frame.range))
                } else if let frame = breakdownFrame(before: part, context, breakdownClause: true), frame.isBreakdownWord,
                          let whole = self.whole(before: frame, like: part, context), whole.number != part.number,
                          let term = whole.subject?.term, term.utf16.count >= 2 && String(decoding: named, as: UTF16.self).bytesStart(with: term)
                            || namedFits(named, clauseOf: whole, context, units) {
                    // 汽车322.7万辆…，其中新能源汽车158.0万辆，…占汽车产量的比重接近一半: the level
                    // 其中 breaks down, the name the share gives beginning with its own.
                    options.append(ShareLink(part: part, whole: whole, share: share, strong: true,
                                             frame: (frame.name, frame.range.lowerBound..<clause.upperBound), note: nil))
                } else {
                    carried = nil
                    continue
                }
            } else {
                // The whole the share before it was tied to (占比16.7% after 在可支配收入中的比重为56.5%):
                // strong when a breakdown frame opens the list and that share's link was strong.
                if named == nil, let c = carried, c.link.whole.number != part.number, c.link.whole.unit == part.unit,
                   context.sameMeasureWord(c.link.whole, part), context.samePeriod(c.link.whole, part),
                   // (Not after a sentence that opens a breakdown of its own, 存款及活期賬戶中，存放於
                   // 本地銀行的存款…，佔39.8%: its whole is the one that clause names.)
                   !(part.sentence != c.link.part.sentence && opensOwnBreakdown(part, after: c.link.part, context, units)) {
                    // Strong too when the parts are parallel: of one metric, in one paragraph, each
                    // naming its own partner or entity (对美出口…占总出口比重31.7%；对欧洲出口…比重7.6%).
                    let parallel = context.sameParagraph(c.link.part, part) && context.sameMetric(c.link.part, part)
                        && part.stated.contains(.subject) && !context.sameSubject(c.link.part, part)
                        && (part.subject?.partner != nil || part.subject?.entity != nil)
                    options.append(ShareLink(part: part, whole: c.link.whole, share: share, strong: c.link.strong && (c.listed || parallel),
                                             frame: ("whole-carried", clause),
                                             note: "the share's clause names no whole; it is taken to be the whole of the share before it, in a list no breakdown frame opens",
                                             namedBy: c.link.frame.range))
                }
                // The whole of the breakdown the part's clause (其中…) or its sentence (从…看，) opens:
                // 其中 before the part and 占比 after it tie the two, when nothing else is proposed.
                for opener in [part, first] {
                    guard let frame = breakdownFrame(before: opener, context, breakdownClause: true),
                          // (其中 right after it ties a whole whose subject is not read: 房屋施工面积（含…）655680万平方米)
                          let whole = self.whole(before: frame, like: part, context, needsSubject: !frame.isBreakdownWord), whole.number != part.number,
                          // (60岁及以上人口31031万人，占22.0%，其中65岁及以上人口22023万人，占15.6%:
                          // the whole has a share of its own, and the part's has the same base.)
                          !context.claims(inSentence: whole.sentence).contains(where: {
                              $0.kind == .share && $0.range.lowerBound > whole.range.upperBound && $0.range.upperBound <= frame.range.lowerBound })
                    else { continue }
                    let strong = frame.isBreakdownWord && named == nil && opener.number == part.number
                    options.append(ShareLink(part: part, whole: whole, share: share, strong: strong, frame: (frame.name, frame.range.lowerBound..<clause.upperBound),
                                             note: "the share's clause does not name its whole, which is taken to be the whole of the breakdown before it"))
                    break
                }
            }
            options = options.filter { !context.sameSubject($0.part, $0.whole) || $0.part.value != $0.whole.value }
            guard var chosen = options.first else { continue }
            if options.count > 1 {
                // Two wholes the words allow (the one named before, the one 其中 breaks down): the
                // one the figures agree with, else neither is called wrong.
                let agreeing = options.filter { o in CornerRange(claims: [o.part, o.whole]) { $0[0] / $0[1] * 100 }?.meets(share.interval) == true }
                if let fit = agreeing.first {
                    chosen = fit
                } else {
                    chosen.strong = false
                    chosen.note = "the share's clause names no whole, and the words allow two (the whole named before it and the level 其中 breaks down)"
                }
            }
            links.append(chosen)
            if let named, chosen.frame.name == "part-of-whole", chosen.namedBy == nil, wholeOfName[named] == nil { wholeOfName[named] = chosen }
            if chosen.frame.name != "whole-carried" {
                // (Or the share's own link a frame that breaks its whole down: 在2,712.6億澳門元的
                // 外匯儲備資產中，存款及活期賬戶為…，佔38.1%；債務證券…，佔58.2% — the sentence's first
                // level is that whole.)
                let listed = breakdownFrame(before: first, context, breakdownClause: true) != nil
                    || ["whole-then-parts", "among-then-parts", "among-named-whole"].contains(chosen.frame.name)
                carried = (chosen, listed)
            }
        }
        return links
    }

    /// The part's sentence, after the earlier part's, opens a breakdown of its own (存款及活期賬戶中，):
    /// not a 其中， clause, which opens the list the shares before belong to.
    private func opensOwnBreakdown(_ part: Claim, after earlier: Claim, _ context: Context, _ units: [UInt16]) -> Bool {
        guard opensBreakdownOfPart(before: part, after: earlier, context) else { return false }
        let start = context.sentenceStart(before: part.range.lowerBound)
        return !words.breakdown.contains { units[start...].starts(with: $0 + [0x2C]) }
    }

    /// For a share said 在其中 of the level just before it in its sentence: that level as the
    /// whole, and as the part the nearest level before it of the share's own subject (its
    /// entity named before 在), of the whole's unit and period.
    private func partOfLevelBefore(_ share: Claim, _ clause: Range<Int>, _ context: Context) -> ShareLink? {
        guard share.subject?.entity != nil,
              let whole = context.claims(inSentence: share.sentence).last(where: { context.isLevel($0) && $0.range.upperBound <= clause.lowerBound }),
              let part = context.claims[max(0, whole.number - 40)..<whole.number].last(where: {
                  context.isLevel($0) && context.sameSubject($0, share) && context.sameUnit($0, whole) && context.samePeriod($0, whole)
              }) else { return nil }
        return ShareLink(part: part, whole: whole, share: share, strong: true, frame: ("part-in-level-before", clause))
    }

    /// The part: the last level before the share in its sentence, no other share between; or,
    /// when a line break cuts the sentence after a comma (…增长9.8%，\n占11.3%), the last level
    /// of the line before.
    private func part(of share: Claim, _ context: Context, _ units: [UInt16]) -> Claim? {
        // (A count after the opener of the share's own clause names its whole: 占十种有色金属产量的
        // 59.5%; not one before it, which names the part: 三项支出合计占全部支出的近四成.)
        let clauseStart = context.clauseStart(before: share.range.lowerBound)
        let opener = units[clauseStart..<share.range.lowerBound].firstIndex { words.wholeOpeners.contains($0) } ?? share.range.lowerBound
        func last(in sentence: ArraySlice<Claim>) -> Claim? {
            guard let part = sentence.last(where: { context.isLevel($0) && $0.range.upperBound <= share.range.lowerBound
                                                    && !($0.kind == .count && $0.range.lowerBound > opener) }),
                  !sentence.contains(where: { $0.kind == .share && $0.number != share.number && $0.range.lowerBound > part.range.upperBound && $0.range.upperBound <= share.range.lowerBound })
            else { return nil }
            return part
        }
        let sentence = context.claims(inSentence: share.sentence)
        let found = last(in: sentence)
        if found == nil, sentence.first?.number == share.number, share.sentence > 0 {
            // Only the share's clause before it on its line, and a comma ends the line before.
            var p = context.clauseStart(before: share.range.lowerBound)
            guard p > 0, units[p - 1] == 0x0A else { return nil }
            p -= 1
            while p > 0, [0x0A, 0x0D, 0x20].contains(units[p - 1]) { p -= 1 }
            guard p > 0, [0x2C, 0xFF0C, 0x3001].contains(units[p - 1]),
                  let part = last(in: context.claims(inSentence: share.sentence - 1)), part.range.upperBound <= p else { return nil }
            let between = context.claims(inSentence: share.sentence - 1).filter { $0.range.lowerBound > part.range.upperBound }
            return between.contains(where: { $0.kind == .share }) ? nil : part
        }
        guard let found else { return nil }
        // 我国有14种船型…，其中散货船、油船和集装箱船…的份额分别为79.5%、58.7%和71.2%: a breakdown
        // word between them names other parts, and a list of shares is of the parts it lists.
        if words.breakdown.contains(where: { units[found.range.upperBound..<share.range.lowerBound].contains(word: $0) })
            || context.listItems(of: share).count > 1 { return nil }
        return context.clauseStart(before: share.range.lowerBound) >= found.range.upperBound ? found : nil
    }

    /// The name a share gives its whole (铁路发送旅客总量) fits the words of a level's clause
    /// (全国铁路累计发送旅客9.53亿人次): the name, its words of a total (总量) left off, has four
    /// characters or more and all of them but one are in those words, and the level has no
    /// share of its own.
    ///   not: 占全国出口的 for 广西进出口 — 全 and 国 are not in the clause
    private func namedFits(_ named: [UInt16], clauseOf whole: Claim, _ context: Context, _ units: [UInt16]) -> Bool {
        var name = named[...]
        for generic in words.wholeGeneric where generic.count > 1 && name.count > generic.count && name.suffix(generic.count).elementsEqual(generic) {
            name = name.dropLast(generic.count)
            break
        }
        guard name.count >= 4, !words.wholePrefix.contains(where: { name.starts(with: $0) }),
              // (60岁及以上人口31031万人，占总人口的22.0%；其中65岁及以上人口…，占总人口的15.6%: the
              // level has a share of its own, of the whole the part's share names too.)
              !(context.claims.indices.contains(whole.number + 1) && context.claims[whole.number + 1].kind == .share
                && context.claims[whole.number + 1].sentence == whole.sentence) else { return false }
        let clause = units[context.clauseStart(before: whole.range.lowerBound)..<whole.range.lowerBound]
        return name.filter { !clause.contains($0) }.count <= 1
    }

    /// 占全省外贸总值的 is no share of 全国进出口总值41.21万亿元: a figure whose clause names
    /// another whole (全国) than the one the share names (全省) is not that whole.
    func namesOtherWholePrefix(_ c: Claim, than prefix: [UInt16], _ context: Context) -> Bool {
        let clause = context.text.utf16[context.clauseStart(before: c.range.lowerBound)..<c.range.lowerBound]
        return !clause.contains(word: prefix) && words.wholePrefix.contains { $0 != prefix && $0.count == prefix.count && clause.contains(word: $0) }
    }

    /// The whole-prefix (全省) a share's clause names its whole with, after its opener (占).
    func namedWholePrefix(_ share: Claim, _ context: Context) -> [UInt16]? {
        let units = context.text.utf16
        let clause = context.clauseStart(before: share.range.lowerBound)..<share.range.lowerBound
        guard let name = openedName(in: clause, units) else { return nil }
        return words.wholePrefix.first { name.starts(with: $0) }
    }

    /// 外汇储备占官方储备资产的比重为92.4%: a share whose clause opens with its part's name and
    /// holds no other figure — the part is the nearest level before, within a few sentences,
    /// named just so (its metric, its entity and metric, or its words), of the share's period.
    ///   not: 其中出口占比… — a name the breakdown before gave no figure of its own
///   not: 税收收入占…的比重 after two figures named 税收收入 (the nation's, a level's 其中)
    private func namedPart(of share: Claim, _ clause: Range<Int>, _ context: Context, _ units: [UInt16]) -> Claim? {
        guard let opener = units[clause].firstIndex(where: { words.wholeOpeners.contains($0) }), opener - clause.lowerBound >= 2,
              units[clause.lowerBound..<opener].allSatisfy({ $0 >= 0x3400 && $0 < 0xA000 }),
              !context.claims(inSentence: share.sentence).contains(where: { $0.number != share.number && $0.range.lowerBound >= clause.lowerBound && $0.range.upperBound <= share.range.upperBound })
        else { return nil }
        let name = String(decoding: units[clause.lowerBound..<opener], as: UTF16.self)
        var found: Claim?
        for number in stride(from: share.number - 1, through: max(0, share.number - 60), by: -1) {
            let c = context.claims[number]
            if share.sentence - c.sentence > 4 { break }
            guard context.isLevel(c), c.qualifier == .exact, !c.isPrior, context.samePeriod(c, share), let subject = c.subject,
                  subject.metric == name || subject.term == name || subject.text == name else { continue }
            // (Two figures of that name, 全国税收收入 and 地方…其中税收收入: none is the part.)
            if let found, found.value != c.value { return nil }
            found = found ?? c
        }
        return found
    }

    /// No line break between two claims but those a comma ends (a sentence cut by a copied
    /// page's line break).
    private func sameParagraph(_ a: Claim, _ b: Claim, _ units: [UInt16]) -> Bool {
        let (first, second) = a.range.lowerBound <= b.range.lowerBound ? (a, b) : (b, a)
        var p = first.range.upperBound
        while p < second.range.lowerBound {
            if units[p] == 0x0A {
                var q = p
                while q > 0, [0x0A, 0x0D, 0x20].contains(units[q - 1]) { q -= 1 }
                guard q > 0, [0x2C, 0xFF0C, 0x3001].contains(units[q - 1]) else { return false }
            }
            p += 1
        }
        return true
    }

    /// The whole a share's clause names: the nearest level before the part of the metric the
    /// lexicons read there (占进出口总值的 → 进出口, said of no entity), or whose subject's words
    /// end with the name (在消费支出中 → 人均消费支出). One figure said twice counts once; of
    /// several that end with the name (全国居民…, 城镇居民…, 农村居民…可支配收入), the one said of
    /// the whole (checks/share-words.lex whole-prefix, in its subject or its clause), else none.
    /// `byMeasureOnly`: set when no figure is named as the share names it and the whole is
    /// the nearest of its measure said of the whole (体育产业增加值 → a bare 增加值).
    private func namedWhole(_ named: [UInt16], part: Claim, share: Claim, _ context: Context, _ units: [UInt16],
                            byMeasureOnly: inout Bool) -> Claim? {
        guard let chosen = wholeFound(named, part: part, share: share, context, units, byMeasureOnly: &byMeasureOnly) else { return nil }
        // (A whole said rounded, 以萬人計，年中人口約為752.4萬人, stands for the exact figure before
        // it that it restates: 7,524,100人.)
        return context.claims[max(0, chosen.number - 60)..<chosen.number].last(where: { c in
            context.isLevel(c) && c.qualifier == .exact && !c.isPrior && c.unit == chosen.unit && context.samePeriod(c, chosen)
                && context.sameMeasureWord(c, chosen) && c.value != chosen.value && chosen.interval.contains(c.interval)
        }) ?? chosen
    }

    private func wholeFound(_ named: [UInt16], part: Claim, share: Claim, _ context: Context, _ units: [UInt16],
                            byMeasureOnly: inout Bool) -> Claim? {
        // 全国人口: a name said of the whole; the figure may be written 人口 after 全国.
        var name = named
        var ofWhole = false
        var namedPrefix: [UInt16]?
        if let prefix = words.wholePrefix.first(where: { named.starts(with: $0) && (named.count >= $0.count + 2 || named.count == $0.count) }) {
            name = Array(named.dropFirst(prefix.count))
            ofWhole = true
            namedPrefix = prefix
        }
        func namesOtherWhole(_ c: Claim) -> Bool { namedPrefix.map { namesOtherWholePrefix(c, than: $0, context) } ?? false }
        // 占全国的: the whole is the part's own measure said of the whole.
        let partMetric = name.isEmpty ? part.subject?.metric : nil
        if name.isEmpty, partMetric == nil { return nil }
        var metric = share.wholeNamed ? share.wholeMetric : partMetric
        func found(_ name: [UInt16]) -> [Claim] {
            let nameString = String(decoding: name, as: UTF16.self)
            // The name, and without a word of the total it ends with (郵件 of 郵件總量).
            let stems = [nameString] + words.wholeGeneric.compactMap { word in
                word.count >= 2 && name.count > word.count + 1 && name.reversed().starts(with: word.reversed())
                    ? String(decoding: name.dropLast(word.count), as: UTF16.self) : nil }
            var candidates: [Claim] = []
            let partFacts = context.facts(of: part)
            let metricNumber = metric.map { context.nameNumber($0) }
            // (其中本地郵件1,236,400件；國際郵件948,100件，佔郵件總量43.4％: a figure after the
            // breakdown word the part stands under is the part's sibling, no whole of it.)
            // (Looked for only when a candidate shares the part's sentence.)
            lazy var breakdownMark: Int? = {
                let start = context.sentenceStart(before: part.range.lowerBound)
                return (start..<part.range.lowerBound).last { p in words.breakdown.contains { units[p...].starts(with: $0) } }
            }()
            // (The whole is often the release's headline figure, a hundred figures back.)
            // Tested on the facts first: a claim's own box is read only when they fit.
            for number in stride(from: part.number - 1, through: max(0, part.number - 150), by: -1) {
                let f = context.facts(number: Int32(number))
                guard context.isLevel(f), f.unit == partFacts.unit, f.from == partFacts.from, f.to == partFacts.to,
                      f.qualifier == .exact || f.qualifier == .about, f.metric >= 0,
                      metricNumber.map({ f.metric == $0 && context.isOfWhole(f) }) ?? true else { continue }
                let c = context.claims[number]
                if c.sentence == part.sentence, let mark = breakdownMark, c.range.lowerBound > mark { continue }
                // (Not a figure of the period compared with: 去年8月为39.6万辆.)
                guard !c.isPrior, !context.saidAsCompared(c), context.sameMeasureWord(c, part), let subject = c.subject, let own = subject.metric,
                      !namesOtherWhole(c) else { continue }
                if metric == nil {
                    // (The entity and the metric joined only when the metric alone does not end so.)
                    // 约占全部机场的四分之一: or the name, then the measure the part's name ends
                    // with (机场旅客吞吐量 for 三市机场旅客吞吐量).
                    // (Or written with those very words: 太阳能发电装机 of 装机容量.)
                    // (Or exactly that name and a word of its measure: 食肆總收益價值 of 占食肆總收益的;
                    // 私營機構的職位空缺數目 of 佔私營機構職位空缺總數的, its 的 left out; 郵件處理量 of
                    // 佔郵件總量, a word of the total in place of the measure word.)
                    guard own.bytesEnd(with: nameString) || subject.entity.map({ ($0 + own).bytesEnd(with: nameString) }) == true
                            || namedThenPartsMeasure(own, name, part) || subject.text == nameString
                            || namedWithEnding(own, stems)
                    else { continue }
                }
                // The same figure said again (in a title, then in the text): the nearer; or said
                // rounded (1.48兆元 of 14,826億元, 约35.7万亿元 of 356,842亿元): the exact one.
                // (Rounded, it may be named otherwise: 年中人口約為752.4萬人 of 年中香港人口…7,524,100人.)
                // (Said again with the same value it gives the same share, whatever its subject.)
                if let k = candidates.firstIndex(where: { $0.value == c.value || c.interval.contains($0.value) || $0.interval.contains(c.value) }) {
                    if candidates[k].value != c.value, candidates[k].interval.contains(c.interval), !c.interval.contains(candidates[k].interval) {
                        candidates[k] = c
                    }
                    continue
                }
                candidates.append(c)
            }
            // A figure named just so (医院 of 医院总数), before those whose names end so (公立医院).
            let exact = candidates.filter { $0.subject?.metric == nameString || $0.subject?.term == nameString }
            return metric == nil && !exact.isEmpty ? exact : candidates
        }
        var candidates: [Claim] = []
        // 占制造业实际使用外资的: words before the metric name a part of the metric's whole (制造
        // 业), whose figure is sought by the whole name first; the metric's whole only when no
        // figure is named so.
        if let m = metric, name.count > m.utf16.count, name.reversed().starts(with: m.utf16.reversed()) {
            metric = nil
            candidates = found(name)
            if candidates.isEmpty {
                metric = m
                // (总出口 names the measure's whole: only other words before it, 体育产业 of
                // 体育产业增加值, name something no figure was found for.)
                let before = Array(name.dropLast(m.utf16.count))
                byMeasureOnly = !words.wholeGeneric.contains { $0 == before } && !words.wholePrefix.contains { $0 == before }
            }
        }
        if candidates.isEmpty { candidates = found(name) }
        // The lexicons read a shorter metric in the name (在校生 of 学历教育在校生) than the
        // figure's: the name itself.
        if candidates.isEmpty, share.wholeNamed, !name.isEmpty, metric != nil {
            metric = nil
            candidates = found(name)
        }
        // 医院总数: the name with the words of a total (checks/share-words.lex whole-generic) left off.
        if candidates.isEmpty, metric == nil, let generic = words.wholeGeneric.first(where: { name.count >= $0.count + 2 && name.suffix($0.count).elementsEqual($0) }) {
            // (Named so exactly: 港元存款 ends with 存款 of 存款总额, 公立医院 with 医院 of 医院总数,
            // and each is a part of that total, not the total.)
            let stem = Array(name.dropLast(generic.count))
            let stemString = String(decoding: stem, as: UTF16.self)
            candidates = found(stem).filter { $0.subject?.metric == stemString || $0.subject?.term == stemString || $0.subject?.text.utf16.elementsEqual(stem) == true }
        }
        // 占受灾总面积的, 占全部损失的: those words anywhere in the name, when one figure before
        // is named with the rest (农作物受灾面积2581.6千公顷); with several, none.
        if candidates.isEmpty, metric == nil {
            let bare = Self.removing(words.wholeGeneric, from: name)
            if bare.count >= 2, bare.count < name.count {
                // (Not the rest of a list, named with 其他: 違反單行刑事法例及其他罪案2,670宗 is no
                // 罪案總數.)
                let named = found(bare).filter { c in !words.rest.contains { c.subject?.text.utf16.contains(word: $0) == true } }
                // (Not a figure with a share of that whole of its own: 老年人口31,031万人，占总人口
                //的22.0%；其中…占总人口的15.6% — a group of the whole, not the whole.)
                if named.count == 1, !hasShare(of: name, after: named[0], before: part, context, units) { return named[0] }
            }
        }
        func saidOfWhole(_ c: Claim) -> Bool {
            let term = Array((c.subject?.term ?? "").utf16)
            let clause = units[context.clauseStart(before: c.range.lowerBound)..<c.range.lowerBound]
            return words.wholePrefix.contains { term.starts(with: $0) || clause.contains(word: $0) }
        }
        if ofWhole { candidates = candidates.filter { saidOfWhole($0) || context.isOfWhole($0) } }
        // (Of several, not one with a share of that very whole of its own before the part: a
        // sibling, 软件产品收入…占全行业收入的比重为24.0% before 信息技术服务收入…在全行业收入中占比为68.0%.)
        if candidates.count > 1, metric == nil {
            let unshared = candidates.filter { c in
                !context.claims(inSentence: c.sentence).contains { s in
                    s.kind == .share && s.number > c.number && s.number < part.number && sharesWhole(s, named, context, units)
                }
            }
            if !unshared.isEmpty { candidates = unshared }
        }
        if candidates.count > 1, metric == nil {
            let wholes = candidates.filter(saidOfWhole)
            return wholes.count == 1 ? wholes[0] : nil
        }
        if let chosen = candidates.first, namedOtherwise(name, chosen) {
            // 约占太阳能发电装机的45%, and 太阳能发电装机112690万千瓦 said before: a figure written
            // with the very words the share names its whole with is that whole, however far.
            metric = nil
            if let written = found(name).first(where: { $0.subject?.text.utf16.elementsEqual(name) == true }) { return written }
            byMeasureOnly = true
        }
        return candidates.first
    }

    /// 约占太阳能发电装机的45% against 装机容量 of the whole country: the name ends with the start
    /// of the whole's metric (装机 of 装机容量), and the words before it (太阳能发电, less those
    /// of a whole: 全国, 总) are not in what the whole was said of, so it may be another figure
    /// of that metric.
    func namedOtherwise(_ name: [UInt16], _ whole: Claim) -> Bool {
        guard let metric = whole.subject?.metric.map({ Array($0.utf16) }), !metric.isEmpty, !name.isEmpty,
              let text = whole.subject?.text else { return false }
        let k = (1...min(name.count, metric.count)).last { name.suffix($0).elementsEqual(metric.prefix($0)) } ?? 0
        guard k >= 2 else { return false }
        let before = Self.removing(words.wholePrefix + words.wholeGeneric, from: Array(name.dropLast(k)))
        return before.count >= 2 && !text.bytesContain(String(decoding: before, as: UTF16.self))
    }

    /// `name` with every one of `words` taken out, the longest first (总数 before 总).
    static func removing(_ words: [[UInt16]], from name: [UInt16]) -> [UInt16] {
        var bare = name
        for word in words.sorted(by: { $0.count > $1.count }) {
            while let r = bare.range(of: word) { bare.removeSubrange(r) }
        }
        return bare
    }

    /// `own` is `name` and then two or more characters the part's own name ends with: the
    /// part's measure said of what the share names.
    private func namedThenPartsMeasure(_ own: String, _ name: [UInt16], _ part: Claim) -> Bool {
        let units = Array(own.utf16)
        guard name.count >= 2, units.count >= name.count + 2, units.starts(with: name),
              let partName = part.subject?.metric else { return false }
        let measure = units[name.count...]
        let partUnits = Array(partName.utf16)
        return partUnits.count > measure.count && partUnits.suffix(measure.count).elementsEqual(measure)
    }

    /// The whole's name ends with the words the share names and has more before them, none
    /// of them a word of the whole or per person (国产影片全年票房 for 占全年票房的: itself a part
    /// of that whole; not 全国居民人均消费支出 for 在消费支出中, nor 全国各级各类学历教育在校生).
    private func namesMore(_ whole: Claim, than named: [UInt16]) -> Bool {
        var name = named[...]
        for prefix in words.wholePrefix where name.starts(with: prefix) { name = name.dropFirst(prefix.count); break }
        let nameString = String(decoding: name, as: UTF16.self)
        guard !nameString.isEmpty, let subject = whole.subject else { return false }
        var endsSo = false
        for term in [subject.metric ?? "", subject.term] where term.bytesEnd(with: nameString) {
            let head = Array(term.utf16.dropLast(name.count))
            if head.isEmpty || (words.wholePrefix + words.perPerson).contains(where: { head.contains(word: $0) }) { return false }
            endsSo = true
        }
        return endsSo
    }

    /// A share between `figure` and `part` in their paragraph whose clause names the whole
    /// `name` too: `figure` is a part of that whole itself.
    private func hasShare(of name: [UInt16], after figure: Claim, before part: Claim, _ context: Context, _ units: [UInt16]) -> Bool {
        guard figure.number < part.number, context.sameParagraph(figure, part) else { return false }
        return context.claims[(figure.number + 1)..<part.number].contains { sharesWhole($0, name, context, units) }
    }

    /// `s` is a share whose clause names the whole `name`.
    private func sharesWhole(_ s: Claim, _ name: [UInt16], _ context: Context, _ units: [UInt16]) -> Bool {
        // (Up to the qualifier, when one stands before the figure: 佔存款總額約四成四.)
        let end = min(s.range.lowerBound, s.quantity.range.lowerBound)
        guard s.kind == .share, let other = wholeName(in: context.clauseStart(before: end)..<end, units) else { return false }
        // (A qualifier may end the name: 佔存款總額約四成四; 全國總人口 names 總人口 too.)
        let (a, b) = (withoutWholePrefix(other), withoutWholePrefix(name))
        return a == b || a.count == b.count + 1 && a.starts(with: b)
    }

    /// A whole's name without the prefix saying it is of the whole (全国总人口 → 总人口).
    private func withoutWholePrefix(_ name: [UInt16]) -> ArraySlice<UInt16> {
        guard let prefix = words.wholePrefix.first(where: { name.starts(with: $0) && name.count >= $0.count + 2 }) else { return name[...] }
        return name.dropFirst(prefix.count)
    }

    /// The mean a share names (是平均数的84.0%): the nearest average (checks/words.lex
    /// intensive) before the part, of the part's own subject, else the one whose subject's
    /// words begin with most of the part's (城镇居民人均可支配收入 for 城镇居民中位数); none when
    /// two figures tie.
    private func meanWhole(of part: Claim, _ context: Context) -> Claim? {
        func term(_ c: Claim) -> [UInt16] { Array((c.subject?.term ?? "").utf16) }
        let partTerm = term(part)
        var best: Claim?
        var bestLength = 1
        var tie = false
        for c in context.claims[..<part.number].reversed().prefix(60) {
            guard context.isLevel(c), c.unit == part.unit, context.sameMeasureWord(c, part), context.samePeriod(c, part),
                  c.qualifier == .exact, c.value != part.value, c.subject != nil, isIntensive(c, context) else { continue }
            let length = context.sameSubject(c, part) ? Int.max : zip(partTerm, term(c)).prefix { $0 == $1 }.count
            if length > bestLength {
                (best, bestLength, tie) = (c, length, false)
            } else if length == bestLength, let b = best, b.value != c.value {
                tie = true
            }
        }
        return tie ? nil : best
    }

    /// The words of a share's clause left when the share words are taken out (在消费支出中占 →
    /// 消费支出), nil when none are left.
    /// Whether a figure's name `own` is one of `stems` and a word of the measure (checks/share-
    /// words.lex whole-ending), with or without its 的: compared as bytes, tested on the ending
    /// first (a share's whole is sought among a hundred and fifty figures).
    private func namedWithEnding(_ own: String, _ stems: [String]) -> Bool {
        for ending in words.wholeEndings where own.bytesEnd(with: ending) {
            if stems.contains(where: { own.utf8.count == $0.utf8.count + ending.utf8.count && own.bytesStart(with: $0) }) { return true }
            if own.bytesContain("的") {
                let bare = own.replacing("的", with: "")
                if stems.contains(where: { bare.utf8.count == $0.utf8.count + ending.utf8.count && bare.bytesStart(with: $0) }) { return true }
            }
        }
        return false
    }

    func wholeName(in clause: Range<Int>, _ units: [UInt16]) -> [UInt16]? {
        openedName(in: clause, units) ?? wholeName(from: clause.lowerBound, in: clause, units)
    }

    /// The name after the first opener, in the order checks/share-words.lex lists them, that
    /// has one after it (民营医院占医院总数的 → 医院总数, 在消费支出中占 → 消费支出, 新能源汽车在
    /// 新车总销量中的占比 → 新车总销量: the 占 of 占比 opens none).
    private func openedName(in clause: Range<Int>, _ units: [UInt16]) -> [UInt16]? {
        for opener in words.wholeOpeners {
            for p in clause where units[p] == opener {
                if words.shareWords.contains(where: { $0.count > 1 && units[p..<clause.upperBound].starts(with: $0) }) { continue }
                if let name = wholeName(from: p + 1, in: clause, units) { return name }
                break
            }
        }
        return nil
    }

    /// Whether a share's clause names, after an opener, a whole other than `whole` (占全体失业者
    /// 30.4% after 非初次寻职者…，其中…): one whose name, its whole-prefix (全体) left off, neither
    /// ends with the whole's metric nor ends it (占全国在校生的 names 普通高等学校在校生 again). A
    /// name that opens with the words of a total (占总用户数的: share-words.lex whole-generic)
    /// names the level before again.
    func namesAnotherWhole(_ share: Claim, than whole: Claim, _ context: Context) -> Bool {
        guard let name = openedName(in: context.clauseStart(before: share.range.lowerBound)..<share.range.lowerBound, context.text.utf16),
              !words.wholeGeneric.contains(where: { name.starts(with: $0) }) else { return false }
        let prefix = words.wholePrefix.first { name.starts(with: $0) && name.count > $0.count }
        let bare = name.dropFirst(prefix?.count ?? 0)
        guard let metric = whole.subject?.metric.map({ Array($0.utf16) }) else { return true }
        return !bare.reversed().starts(with: metric.reversed()) && !metric.reversed().starts(with: bare.reversed())
    }

    private func wholeName(from start: Int, in clause: Range<Int>, _ units: [UInt16]) -> [UInt16]? {
        var left: [UInt16] = []
        var p = start
        while p < clause.upperBound {
            // A copied page's gloss in brackets (總(zǒng)數) or a space is no part of a name.
            if units[p] == 0x20 { p += 1; continue }
            if units[p] == 0x28, let close = units[p..<clause.upperBound].firstIndex(of: 0x29),
               !units[p..<close].contains(where: { $0 >= 0x3400 }) {
                p = close + 1
                continue
            }
            if let word = words.shareWords.first(where: { units[p..<clause.upperBound].starts(with: $0) }),
               left.isEmpty || word.count > 1 || words.nameEnds.contains(word[0]) {
                p += word.count
                // A share word of several characters, or one that ends names (中, 的), ends the
                // name: 在消费支出中占 keeps 消费支出 only; 学历教育在校生 keeps its 在.
                if !left.isEmpty { break }
                continue
            }
            left.append(units[p])
            p += 1
        }
        return left.count >= 2 ? left : nil
    }
}
