import Synchronization

/// Finds the relations between the claims of one document and evaluates each with interval
/// arithmetic: `inconsistent` only when no rounding of the digits shown reconciles the
/// figures, and only over a strong link (one the text itself makes, see `Link`).
public struct Checker: Sendable {
    let sums: [SumRule]
    let within: [WithinRule]
    let words: CheckWords
    let partitions: PartitionRule.File
    /// checks/rate-shares.rules: rates that are a part over a whole.
    let rateShareRules: [RateShareRule]
    /// checks/conversions.lex: how many of `to` one `from` makes.
    let conversions: [ConversionKey: Double]
    let summaryWords: SummaryWords
    /// checks/ratio-pairs.lex: ratios named by two groups (城乡).
    let ratioPairs: [RatioPair]
    /// checks/balance-flows.lex: flows a balance is the difference of.
    let balanceFlows: [BalanceFlows]

    /// A growth rate that misses the stated levels by at most this many points is what a
    /// revised prior-year figure explains (official rates use revised data): reported as
    /// unverifiable with a note, neither silent nor a false alarm.
    public static let revisionTolerance = 1.0
    static let revisionNote = "; a gap this small is what a revised prior-year figure gives (official rates use revised data), so it is not called an error"

    /// The tolerance for a growth rate worked out from a level and its change: none when the
    /// change is against a stated period other than the year before (较10月末增加160.3亿美元，
    /// 增长4.5%: no revised prior-year figure is in it).
    /// A revision moves a rate by a part of itself: a change and a rate said together
    /// (增加166.2亿斤，增长2.6% against 10734.9亿斤, which give 1.57%) are allowed a quarter of the
    /// rate, at least 0.3 of a point (a low rate on a comparable basis) and at most the full
    /// tolerance.
    static func revisionTolerance(change: Claim, rate: Claim) -> Double? {
        let scaled = min(revisionTolerance, max(0.3, 0.25 * abs(rate.value.doubleValue)))
        guard change.comparedPeriod != nil else { return scaled }
        return againstYearBefore(change, rate) ? scaled : nil
    }

    public init(grammars: GrammarFiles = .builtIn) throws {
        sums = try SumRule.parse(file: "checks/sums.rules", text: try grammars.required("checks/sums.rules"))
        within = try WithinRule.parse(file: "checks/within.rules", text: try grammars.required("checks/within.rules"))
        words = try CheckWords(grammars)
        partitions = try PartitionRule.parse(file: "checks/partitions.rules", text: try grammars.required("checks/partitions.rules"))
        rateShareRules = try RateShareRule.parse(file: "checks/rate-shares.rules", text: try grammars.required("checks/rate-shares.rules"))
        var conversions: [ConversionKey: Double] = [:]
        for entry in try Lexicon(grammars, "checks/conversions.lex").entries {
            guard let factor = Double(try entry.required("factor")), factor > 0 else {
                throw entry.error("factor", "'\(entry.word)' needs a positive factor=")
            }
            conversions[ConversionKey(from: entry.word, to: try entry.required("to"))] = factor
        }
        self.conversions = conversions
        summaryWords = try SummaryWords(grammars)
        ratioPairs = try RatioPair.parse(grammars)
        balanceFlows = try BalanceFlows.parse(grammars)
    }

    /// A relation finder: it reads the document's claims and adds the checks it finds.
    typealias Finder = @Sendable (Checker) -> (Context, inout CheckList) -> Void

    /// Every relation finder, in the order the document lists their checks. A new relation
    /// is one file in Relations/ and one line here; each finder keeps its own list, so any
    /// two may run side by side.
    static let finders: [Finder] = [
        Checker.restatementsAndBounds,
        Checker.bracketRestatements,
        Checker.summaryRestatements,
        Checker.sentenceBounds,
        Checker.sumsAndAggregates,
        Checker.memberPartitions,
        Checker.memberShares,
        Checker.listSums,
        Checker.shareLists,
        Checker.namedShareLists,
        Checker.breakdownShares,
        Checker.clauseShares,
        Checker.shares,
        Checker.figureShares,
        Checker.rateShares,
        Checker.contributions,
        Checker.contributionRates,
        Checker.namedPulls,
        Checker.namedTotals,
        Checker.countedTotals,
        Checker.periodSums,
        Checker.quarterSums,
        Checker.changeSplits,
        Checker.growths,
        Checker.clauseGrowths,
        Checker.levelDifferences,
        Checker.balanceDifferences,
        Checker.rateDifferences,
        Checker.bracketPriorRates,
        Checker.rateGaps,
        Checker.comparedRateGaps,
        Checker.averages,
        Checker.perPersonAverages,
        Checker.ratios,
        Checker.groupRatios,
        Checker.namedMultiples,
        Checker.orders,
        Checker.subsets,
        Checker.countsWithin,
    ]

    /// What more than one finder reads (`Context.once`), made before any finder begins.
    static let shared: [@Sendable (Checker) -> (Context) -> Void] = [
        { checker in { _ = checker.shareLinks($0) } },
    ]

    public func checks(_ claims: [Claim], text: NormalizedText, sideBySideFrom: Int = SideBySide.threshold) -> [Check] {
        // Held here alone (the finders borrow it), so that it is let go before the merge.
        var context: Context? = Context(claims: claims, text: text, words: words)
        // Each finder into its own list; on a large document two threads take the next finder
        // not yet begun until none is left (their costs differ by tens of times), one from
        // each end of the list: the two meet where they meet, and the last finder to end is
        // seldom a long one begun after all others (one thread from the front left `subsets`
        // running alone for 50 ms at the end).
        // What several finders read is made first, so that no finder waits for another's.
        let next = Mutex((front: -Self.shared.count, back: Self.finders.count))
        func run(fromBack: Bool) -> [(Int, CheckList)] {
            var done: [(Int, CheckList)] = []
            while true {
                let taken: Int? = next.withLock { n in
                    guard n.front < n.back else { return nil }
                    if fromBack, n.front >= 0 {
                        n.back -= 1
                        return n.back
                    }
                    defer { n.front += 1 }
                    return n.front
                }
                guard let k = taken else { return done }
                if k < 0 {
                    Self.shared[Self.shared.count + k](self)(context!)
                    continue
                }
                var found = CheckList()
                Self.finders[k](self)(context!, &found)
                // What the merge below reads of the list is made here, on the finder's thread.
                found.finish()
                done.append((k, found))
            }
        }
        let (a, b) = claims.count >= sideBySideFrom ? SideBySide.run({ run(fromBack: false) }, { run(fromBack: true) }) : (run(fromBack: false), [])
        // The finders are done with it: its indices (an array per name) are let go before the
        // merge, not beside it on a pool thread (the merge's lists and checks were then made
        // while it was still held: 30 MB more at the peak on the 20 MB benchmark text).
        context = nil
        // Held by `lists` alone, so that each finder's list goes once its checks are taken.
        var lists = ((consume a) + (consume b)).sorted { $0.0 < $1.0 }.map(\.1)
        // One list in the finders' order; a relation found by two finders (a share said of a
        // part after 其中, and by its 占) is kept once, and numbered anew.
        let total = lists.reduce(0) { $0 + $1.checks.count }
        var seen: Set<CheckList.Key> = []
        // Only a relation two finders emit needs its claim sets compared across lists.
        var listsOf: [String: Int] = [:]
        for list in lists { for relation in list.relations { listsOf[relation, default: 0] += 1 } }
        // Per list, per relation of it: whether another list has it too.
        let shared = lists.map { list in list.relations.map { listsOf[$0, default: 0] > 1 } }
        // Per list, per relation of it: whether it is "share" (checked once per share claim).
        let isShare = lists.map { list in list.relations.map { $0 == "share" } }
        // Which checks give way to another of the same relation: marked as the lists are read
        // once, so that keeping the rest needs no second look-up.
        var dropped = lists.map { [Bool](repeating: false, count: $0.checks.count) }
        // The first strong check for `key` in `chosen` stays, else the first: a later one
        // gives way, or the one kept gives way to it.
        func choose<Key: Hashable>(_ key: Key, _ l: Int, _ k: Int, in chosen: inout [Key: (list: Int, index: Int)]) {
            if let kept = chosen[key] {
                if lists[kept.list].strong[kept.index] || !lists[l].strong[k] { dropped[l][k] = true; return }
                dropped[kept.list][kept.index] = true
            }
            chosen[key] = (l, k)
        }
        // A share is checked once: over the first strong link found for it, else the first.
        var chosenShare: [Int: (list: Int, index: Int)] = [:]
        chosenShare.reserveCapacity(total)
        // Any other relation two finders emit is checked once too: over the first strong link
        // found for its claims, else the first (a bound said in a summary and in the fields).
        var chosen: [CheckList.Key: (list: Int, index: Int)] = [:]
        chosen.reserveCapacity(total)
        for l in lists.indices {
            for k in lists[l].keys.indices {
                let relation = lists[l].relationOf[k]
                if isShare[l][relation] {
                    let share = lists[l].stated[k]
                    if share >= 0 { choose(share, l, k, in: &chosenShare) }
                } else if shared[l][relation] {
                    choose(lists[l].keys[k], l, k, in: &chosen)
                }
            }
        }
        // Which checks are kept, list by list in order (a share's set of claims once).
        var kept: [[Int]] = []
        for l in lists.indices {
            var keep: [Int] = []
            keep.reserveCapacity(lists[l].checks.count)
            for k in lists[l].checks.indices where !dropped[l][k] {
                let relation = lists[l].relationOf[k]
                if isShare[l][relation], shared[l][relation] { guard seen.insert(lists[l].keys[k]).inserted else { continue } }
                keep.append(k)
            }
            kept.append(keep)
        }
        // What the choice needed (a key a check, each holding its numbers) is freed on a pool
        // thread while the checks are moved out: tens of milliseconds on a large document.
        if claims.count >= sideBySideFrom { SideBySide.letGo((consume chosen, consume chosenShare, consume seen)) }
        var starts = [0]
        for keep in kept { starts.append(starts[starts.count - 1] + keep.count) }
        // The checks kept, moved out of their lists and numbered, each list's into its place;
        // on a large document two threads take the lists in turn (and let them go).
        let checks = [Check](unsafeUninitializedCapacity: starts[starts.count - 1]) { out, count in
            lists.withUnsafeMutableBufferPointer { lists in
                func fill(_ range: Range<Int>) {
                    for l in range {
                        // Moved out, a placeholder left behind: a copy is seven retains and as many releases.
                        lists[l].checks.withUnsafeMutableBufferPointer { from in
                            for (n, k) in kept[l].enumerated() {
                                let to = out.baseAddress! + starts[l] + n
                                to.moveInitialize(from: from.baseAddress! + k, count: 1)
                                (from.baseAddress! + k).initialize(to: Check(id: "", relation: "", verdict: .unverifiable, claims: [],
                                                                             expected: nil, stated: nil, message: ""))
                                to.pointee.id = "k" + String(starts[l] + n + 1)
                            }
                        }
                        lists[l] = CheckList()
                    }
                }
                if claims.count >= sideBySideFrom, lists.count > 1 {
                    _ = SideBySide.pieces(lists.count, cuts: Array(1..<lists.count), fill)
                } else {
                    fill(0..<lists.count)
                }
            }
            count = starts[starts.count - 1]
        }
        return checks
    }

    /// The checks one finder found, each set of claims once.
    struct CheckList {
        /// A relation and its claims' numbers, sorted: one check per key.
        struct Key: Hashable {
            let relation: String
            let numbers: [Int]
            /// Hashed once, when made: the merge of the finders' lists looks keys up again.
            private let hash: Int

            init(relation: String, numbers: [Int]) {
                self.relation = relation
                self.numbers = numbers
                var hasher = Hasher()
                hasher.combine(relation)
                hasher.combine(numbers)
                hash = hasher.finalize()
            }

            static func == (a: Key, b: Key) -> Bool { a.hash == b.hash && a.numbers == b.numbers && a.relation == b.relation }
            func hash(into hasher: inout Hasher) { hasher.combine(hash) }
        }
        var checks: [Check] = []
        /// Each check's last claim (the stated figure a finder puts last; -1 for none).
        var stated: [Int] = []
        /// Each check's key, made once (the merge compares them across lists).
        private(set) var keys: [Key] = []
        /// The relations of the list, and each check's among them.
        private(set) var relations: [String] = []
        private(set) var relationOf: [Int] = []
        /// Whether each check's link is strong.
        private(set) var strong: [Bool] = []
        private var seen: Set<Key> = []

        mutating func add(_ relation: String, _ used: [Claim], stated: Claim, range: CornerRange?, context: Context, link: Link,
                          message: (CornerRange) -> String, nearMiss: Double? = nil, nearMissNote: String = "") {
            let numbers = used.map(\.number)
            let key = Key(relation: relation, numbers: numbers.sorted())
            guard seen.insert(key).inserted else { return }
            let ids = used.map { context.id($0) }
            // Numbered when all are found (`checks(_:text:)`).
            let id = ""
            guard let range else {
                append(Check(id: id, relation: relation, verdict: .unverifiable, claims: ids, expected: nil,
                             stated: stated.value, message: "the figures do not bound \(context.label(stated))",
                             statedClaim: context.id(stated), link: link), numbers, key)
                return
            }
            // Parts and wholes that miss by more than five times were paired wrongly (a per
            // capita figure is no total): that is no finding about the text.
            if relation == "sum" || relation == "share", range.low.isFinite, range.high.isFinite, stated.value.doubleValue != 0 {
                let ratio = range.middle / stated.value.doubleValue
                if ratio > 5 || ratio < 0.2 { return }
            }
            // 约占…的四分之一: a share whose verb is qualified is approximate, though its own
            // figure reads exact (checks/words.lex loose).
            var nearMiss = nearMiss, nearMissNote = nearMissNote
            if relation == "share", nearMiss == nil, stated.qualifier == .exact, context.isLooseShare(stated) {
                nearMiss = 0.1 * abs(stated.value.doubleValue)
                nearMissNote = "; a word before the share's verb (约占) makes it approximate, and the figures are this close"
            }
            var verdict: Check.Verdict = range.meets(stated.interval) ? .consistent : .inconsistent
            var text = message(range)
            if verdict == .inconsistent, let tolerance = nearMiss, range.distance(to: stated.interval) <= tolerance {
                verdict = .unverifiable
                text += nearMissNote
            }
            // Figures that disagree over a link the text does not make are no finding: the
            // pairing itself is in doubt.
            if verdict == .inconsistent, link.strength == .weak {
                verdict = .unverifiable
                text += "; not called an error: " + link.doubt
            }
            // 26.99 + 18.48 against 45.46: consistent, but only because the digits are rounded.
            // (A figure restated with fewer digits is rounded by design: no note there.)
            if verdict == .consistent, relation != "restatement", relation != "bound", stated.qualifier == .exact,
               let y = range.atFigures, !CornerRange.contains(stated.interval, y) {
                text += "; it holds only within rounding: the figures as written give \(context.figure(y, like: stated))"
            }
            append(Check(id: id, relation: relation, verdict: verdict, claims: ids, expected: range.interval,
                         stated: stated.value, message: text, statedClaim: context.id(stated), link: link), numbers, key)
        }

        /// A check decided by its finder (nested counts).
        mutating func append(_ check: Check, _ numbers: [Int]) {
            append(check, numbers, Key(relation: check.relation, numbers: numbers.sorted()))
        }

        private mutating func append(_ check: consuming Check, _ numbers: [Int], _ key: Key) {
            stated.append(numbers.last ?? -1)
            keys.append(key)
            strong.append(check.link.strength == .strong)
            if let known = relations.lastIndex(of: check.relation) {
                relationOf.append(known)
            } else {
                relationOf.append(relations.count)
                relations.append(check.relation)
            }
            // Last, and moved in: a copy is seven retains and as many releases.
            checks.append(check)
        }

        /// Once the finder is done: the set of keys is let go of on the finder's thread.
        mutating func finish() {
            seen = []
        }
    }
}
