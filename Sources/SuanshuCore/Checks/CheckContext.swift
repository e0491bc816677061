import Synchronization

extension Checker {
    /// The claims of the document and where to look for them.
    final class Context {
        let claims: [Claim]
        let text: NormalizedText
        let words: CheckWords
        /// The ids of the claims as given, when they were not numbered by their places.
        private let originalIDs: [String]?
        /// The numbers of the claims by subject term (entity + metric) and by metric, by
        /// number of the name (see `names`), in document order: where relations look.
        private let byTermNumber: [[Int32]]
        private let byMetricNumber: [[Int32]]
        /// The numbers of the claims of each kind (by `ClaimKind.index`), in document order.
        private let byKindNumber: [[Int32]]
        /// Where each sentence's claims start in `claims` (they are in sentence order), and
        /// one more entry for the end.
        private let sentenceStarts: [Int]
        /// Every metric, entity, partner, term, unit and basis named, numbered from 0.
        private let names: [ByteKey: Int32]
        /// Per claim (by `Claim.number`), what relations ask of it.
        private let facts: [Facts]
        /// Per claim, its sentence and start packed (sentence << 32 | start): the binary
        /// searches of `around` read these, 8 bytes a claim, not the facts' 72.
        private let places: [Int64]
        private let yearOnYear: Int32

        /// What relations ask of a claim, with names and periods as numbers, in one flat
        /// array: a large document tests thousands of candidates per claim, and comparing
        /// Chinese strings, or reading each candidate's own box, cost that many cache misses.
        struct Facts: ClaimFacts {
            // (In 32 bits, like the claims' own offsets: a document has facts by the million.)
            private var storedNumber: Int32 = 0, storedSentence: Int32 = 0, storedStart: Int32 = 0
            var number: Int {
                get { Int(storedNumber) }
                set { storedNumber = Int32(newValue) }
            }
            var sentence: Int {
                get { Int(storedSentence) }
                set { storedSentence = Int32(newValue) }
            }
            var start: Int {
                get { Int(storedStart) }
                set { storedStart = Int32(newValue) }
            }
            /// Numbers of names, -1 for none.
            var metric: Int32 = -1, entity: Int32 = -1, partner: Int32 = -1, term: Int32 = -1
            var unit: Int32 = -1, basis: Int32 = -1
            /// yyyymmdd, -1 for none.
            var from: Int32 = -1, to: Int32 = -1
            var kind = ClaimKind.amount
            var qualifier = Qualifier.exact
            var isPrior = false
        }

        init(claims: [Claim], text: NormalizedText, words: CheckWords) {
            self.words = words
            // Numbers are places in this list (the extractor numbers them so already).
            var claims = claims
            // Claims given in another order or in part keep the ids they came with.
            if claims.indices.contains(where: { claims[$0].number != $0 }) {
                originalIDs = claims.map(\.id)
                for k in claims.indices { claims[k].number = k }
            } else {
                originalIDs = nil
            }
            self.claims = claims
            self.text = text
            var names: [ByteKey: Int32] = [:]
            func number(_ name: String?) -> Int32 {
                guard let name else { return -1 }
                let key = ByteKey(name)
                if let known = names[key] { return known }
                let new = Int32(names.count)
                names[key] = new
                return new
            }
            // Claim after claim has the unit and the basis of the one before (%, 亿元, yoy),
            // mostly the very same string: the last of each is kept with its number and not
            // hashed again.
            var lastUnit: (name: String, number: Int32)?
            var lastBasis: (name: String, number: Int32)?
            func number(_ name: String?, last: inout (name: String, number: Int32)?) -> Int32 {
                guard let name else { return -1 }
                if let known = last, ByteKey.sameBytes(known.name, name) { return known.number }
                let new = number(name)
                last = (name, new)
                return new
            }
            // The term of each (entity, metric) pair met, by their numbers: the joined name
            // is made and looked up once per pair, not once per subject.
            var termOfPair: [UInt64: Int32] = [:]
            func term(_ subject: Subject, entity: Int32, metric: Int32) -> Int32 {
                let pair = UInt64(UInt32(bitPattern: entity)) << 32 | UInt64(UInt32(bitPattern: metric))
                if let known = termOfPair[pair] { return known }
                let new = number(subject.term)
                termOfPair[pair] = new
                return new
            }
            var facts: [Facts] = []
            facts.reserveCapacity(claims.count)
            var sentenceStarts: [Int] = []
            var previous: (subject: Subject, facts: Facts)?
            for c in claims {
                var key = Facts()
                if let subject = c.subject {
                    // A subject carried over from the claim before is the same strings.
                    if let previous, ByteKey.sameBytes(previous.subject.metric, subject.metric),
                       ByteKey.sameBytes(previous.subject.entity, subject.entity),
                       ByteKey.sameBytes(previous.subject.partner, subject.partner) {
                        key = previous.facts
                    } else {
                        key.metric = number(subject.metric)
                        key.entity = number(subject.entity)
                        key.partner = number(subject.partner)
                        key.term = term(subject, entity: key.entity, metric: key.metric)
                        previous = (subject, key)
                    }
                } else {
                    key.term = number("")
                }
                if let period = c.period {
                    key.from = Self.packed(period.from)
                    key.to = Self.packed(period.to)
                }
                key.number = c.number
                key.sentence = c.sentence
                key.start = c.range.lowerBound
                key.unit = number(c.unit, last: &lastUnit)
                key.basis = number(c.basis, last: &lastBasis)
                key.kind = c.kind
                key.qualifier = c.qualifier
                key.isPrior = c.isPrior
                facts.append(key)
                while sentenceStarts.count <= c.sentence { sentenceStarts.append(c.number) }
            }
            // Looked up, not added: every name numbered has its (maybe empty) lists.
            yearOnYear = names[ByteKey("yoy")] ?? -2
            places = facts.map { Self.packedPlace(sentence: $0.sentence, start: $0.start) }
            self.names = names
            self.facts = facts
            byTermNumber = Self.grouped(facts, count: names.count) { $0.term }
            byMetricNumber = Self.grouped(facts, count: names.count) { $0.metric }
            byKindNumber = Self.grouped(facts, count: ClaimKind.allCases.count) { Int32($0.kind.index) }
            sentenceStarts.append(claims.count)
            self.sentenceStarts = sentenceStarts
        }

        /// The claims' numbers by `key` (0..<count; -1 for none), in document order, each list
        /// allocated once at its size (appending grows a list to twice what it needs).
        private static func grouped(_ facts: [Facts], count: Int, by key: (Facts) -> Int32) -> [[Int32]] {
            var sizes = [Int](repeating: 0, count: count)
            for f in facts where key(f) >= 0 { sizes[Int(key(f))] += 1 }
            var lists = sizes.map { n -> [Int32] in
                var list: [Int32] = []
                list.reserveCapacity(n)
                return list
            }
            for f in facts where key(f) >= 0 { lists[Int(key(f))].append(Int32(f.number)) }
            return lists
        }

        static func packed(_ date: CalendarDate) -> Int32 { Int32(clamping: date.year * 10_000 + date.month * 100 + date.day) }

        /// What more than one finder reads, by name, made once: by the first finder to ask,
        /// any other waiting for it (finders run on two threads).
        private let madeOnce = Mutex<[String: any Sendable]>([:])

        /// The value named `name`, made by `make` on the first call.
        func once<T: Sendable>(_ name: String, _ make: () -> T) -> T {
            madeOnce.withLock { made in
                if let known = made[name] as? T { return known }
                let new = make()
                made[name] = new
                return new
            }
        }

        /// Whether a note of the text says the year-on-year rate `g` is on a restated base (注：
        /// 本月同比增速按可比口径计算): a clause naming rates (checks/words.lex, rate-of) before a
        /// restated-base word, and no figure. A note naming figures of the text before its rate
        /// word (水路客运量增速按可比口径计算) is of their rates alone; a note naming none, of every
        /// year-on-year rate. Such a rate is not the ratio of two levels the text states.
        func noteRestatesBase(of g: Claim) -> Bool {
            guard g.basis ?? "yoy" == "yoy" else { return false }
            let notes = restatedRateNotes
            guard !notes.isEmpty else { return false }
            let names = [g.subject?.metric, g.subject?.entity].compactMap { $0 }.filter { !$0.isEmpty }
            let at = g.range.lowerBound
            let low = Self.firstIndex(in: notes) { $0.at < at - Self.noteReach }
            return notes[low...].prefix { $0.at <= at + Self.noteReach }.contains { note in
                note.named ? names.contains { note.words.contains($0) } : true
            }
        }

        /// The first index of `items` past those `isBefore` holds for (they come first, as the
        /// claims and the notes are in text order), found by halving.
        private static func firstIndex<T>(in items: [T], after isBefore: (T) -> Bool) -> Int {
            var (low, high) = (0, items.count)
            while low < high {
                let mid = (low + high) / 2
                if isBefore(items[mid]) { low = mid + 1 } else { high = mid }
            }
            return low
        }

        /// How far (UTF-16 units) either side of a note its rates may stand: a release is a few
        /// thousand characters, and a file may hold many releases, one after another.
        static let noteReach = 10_000

        /// The words before the rate word of each note that says rates are on a restated base,
        /// whether they name a figure of the text, and where the note stands.
        private var restatedRateNotes: [(words: String, named: Bool, at: Int)] {
            once("restatedRateNotes") {
                var notes: [(words: String, named: Bool, at: Int)] = []
                var named: [String: Bool] = [:]
                text.utf16.withUnsafeBufferPointer { units in
                    // (A few words: their first letters tested in a row, no set looked up per letter.)
                    let first = words.restatedBase.map { $0[0] }
                    for p in 0..<units.count where first.contains(units[p]) {
                        guard words.restatedBase.contains(where: { units[p...].starts(with: $0) }) else { continue }
                        let start = clauseStart(before: p)
                        guard let rateWord = (start..<p).first(where: { q in words.rateOf.contains { units[q...].starts(with: $0) } }) else { continue }
                        var end = p
                        while end < units.count, ![0x2C, 0xFF0C, 0x3B, 0x3002, 0x0A].contains(units[end]) { end += 1 }
                        // (The first claim ending after the clause's start: none may stand in it.)
                        let low = Self.firstIndex(in: claims) { $0.range.upperBound <= start }
                        guard low == claims.count || claims[low].range.lowerBound >= end else { continue }
                        let prefix = String(decoding: UnsafeBufferPointer(rebasing: units[start..<rateWord]), as: UTF16.self)
                        if let known = named[prefix] {
                            notes.append((prefix, known, p))
                            continue
                        }
                        // (Its words looked up piece by piece, not every name searched for.)
                        let letters = Array(prefix.utf16)
                        let hasName = letters.indices.contains { from in
                            (from + 1...min(letters.count, from + 16)).contains { to in names[ByteKey(String(decoding: letters[from..<to], as: UTF16.self))] != nil }
                        }
                        named[prefix] = hasName
                        notes.append((prefix, hasName, p))
                    }
                }
                return notes
            }
        }

        // MARK: Finding claims

        func facts(of c: some ClaimFacts) -> Facts { facts[c.number] }
        func facts(number: Int32) -> Facts { facts[Int(number)] }

        /// The claims whose term (entity + metric) is `term`, in document order.
        func numbers(ofTerm term: String) -> [Int32]? { nonEmpty(names[ByteKey(term)].map { byTermNumber[Int($0)] }) }

        /// The claims of `c`'s own term.
        func numbers(ofTermOf c: some ClaimFacts) -> [Int32] { byTermNumber[Int(facts[c.number].term)] }

        /// The claims whose metric is `metric`, whatever their entity.
        func numbers(ofKind kind: ClaimKind) -> [Int32] { byKindNumber[kind.index] }

        /// The claims of a kind, in document order, each made as it is read: a finder of one
        /// kind's claims passes over those alone, not over every claim's box.
        func claims(ofKind kind: ClaimKind) -> LazyMapCollection<[Int32], Claim> {
            byKindNumber[kind.index].lazy.map { self.claims[Int($0)] }
        }

        func numbers(ofMetric metric: String) -> [Int32]? { nonEmpty(names[ByteKey(metric)].map { byMetricNumber[Int($0)] }) }

        /// Nil for no claims: a name may be known as a term and not as a metric, or the other
        /// way round, and callers fall back from one to the other.
        private func nonEmpty(_ list: [Int32]?) -> [Int32]? { list?.isEmpty == false ? list : nil }

        /// The number of a name, -1 when no claim has it.
        func nameNumber(_ name: String?) -> Int32 { name.flatMap { names[ByteKey($0)] } ?? -1 }

        /// The claims of a sentence, in text order.
        func claims(inSentence sentence: Int) -> ArraySlice<Claim> {
            guard sentence >= 0, sentence + 1 < sentenceStarts.count else { return claims[0..<0] }
            return claims[sentenceStarts[sentence]..<sentenceStarts[sentence + 1]]
        }

        /// The same stretch of time, however it was written (2025年, 去年, 全年).
        func samePeriod(_ a: some ClaimFacts, _ b: some ClaimFacts) -> Bool {
            let (x, y) = (facts[a.number], facts[b.number])
            return x.from == y.from && x.to == y.to
        }

        /// Periods that end the same day (上半年 and 6月末): a level of one may restate a stock
        /// said at the end of the other (5G基站 at the end of the half-year).
        func sameEnd(_ a: some ClaimFacts, _ b: some ClaimFacts) -> Bool {
            let (x, y) = (facts[a.number], facts[b.number])
            return x.to >= 0 && x.to == y.to
        }

        func isPeriod(_ c: some ClaimFacts, _ period: Period) -> Bool {
            let x = facts[c.number]
            return x.from == Self.packed(period.from) && x.to == Self.packed(period.to)
        }

        /// The same months one year earlier (2024年 for 2025年, 2024年1-9月 for 2025年1-9月).
        func isYearBefore(_ a: some ClaimFacts, _ b: Period) -> Bool {
            let x = facts[a.number]
            guard x.from >= 0 else { return false }
            let (from, to) = (Self.packed(b.from), Self.packed(b.to))
            // yyyymmdd: one year earlier is 10000 less; the month of `to` alone must agree.
            return x.from == from - 10_000 && x.to / 10_000 == to / 10_000 - 1 && (x.to / 100) % 100 == (to / 100) % 100
        }

        func sameSubject(_ a: some ClaimFacts, _ b: some ClaimFacts) -> Bool {
            let (x, y) = (facts[a.number], facts[b.number])
            return x.metric == y.metric && x.entity == y.entity && x.partner == y.partner
        }

        func sameEntity(_ a: some ClaimFacts, _ b: some ClaimFacts) -> Bool { facts[a.number].entity == facts[b.number].entity }
        func samePartner(_ a: some ClaimFacts, _ b: some ClaimFacts) -> Bool { facts[a.number].partner == facts[b.number].partner }
        func sameMetric(_ a: some ClaimFacts, _ b: some ClaimFacts) -> Bool { facts[a.number].metric == facts[b.number].metric }
        func sameUnit(_ a: some ClaimFacts, _ b: some ClaimFacts) -> Bool { facts[a.number].unit == facts[b.number].unit }
        func sameBasis(_ a: some ClaimFacts, _ b: some ClaimFacts) -> Bool { facts[a.number].basis == facts[b.number].basis }
        /// Year on year, said or not.
        func isYearOnYear(_ c: some ClaimFacts) -> Bool { facts[c.number].basis < 0 || facts[c.number].basis == yearOnYear }
        /// Said of the whole: no entity and no partner.
        func isOfWhole(_ c: some ClaimFacts) -> Bool { facts[c.number].entity < 0 && facts[c.number].partner < 0 }

        /// How many sentences apart two related figures may stand: a release states a part
        /// near its whole; a long input of many releases must not pair figures across them.
        static let window = 60

        /// The claim among `candidates` (numbers, in document order) meeting `condition`
        /// nearest to `c`: exact figures first (45.47万亿元 before 超过45万亿元), then in its
        /// sentence, then by distance, within `window` sentences.
        func nearest(to c: Claim, in candidates: [Int32]?, _ condition: (Facts) -> Bool) -> Claim? {
            guard let candidates, !candidates.isEmpty else { return nil }
            let me = facts[c.number]
            let nearby = aroundIndices(me, in: candidates)
            let best: Int32? = facts.withUnsafeBufferPointer { facts in
                candidates.withUnsafeBufferPointer { list in
                    var best: Int32?
                    var bestScore = Int.max
                    for k in nearby {
                        let a = facts[Int(list[k])]
                        guard a.number != me.number, condition(a) else { continue }
                        let score = (a.qualifier == .exact ? 0 : 1_000_000_000) + (a.sentence == me.sentence ? 0 : 1_000_000)
                            + abs(a.start - me.start)
                        if score < bestScore {
                            best = list[k]
                            bestScore = score
                        }
                    }
                    return best
                }
            }
            return best.map { claims[Int($0)] }
        }

        /// The claims of `c`'s sentence (in order) and `c`'s index among them (indices of
        /// `claims`).
        func place(of c: Claim) -> (claims: ArraySlice<Claim>, index: Int) {
            (claims(inSentence: c.sentence), c.number)
        }

        /// At most this many candidates are looked at on each side of a claim: dense text
        /// (thousands of figures of one metric) must not make each lookup long.
        static let reach = 150

        /// The claims numbered in `candidates` within `window` sentences of `c` and `reach`
        /// places of it.
        func around(_ c: Claim, in candidates: [Int32]) -> [Claim] {
            aroundNumbers(c, in: candidates).map { claims[Int($0)] }
        }

        /// The claims of `around`, made one by one as they are read: no array of up to
        /// 2 × `reach` claims is made, retained and freed for each claim asking.
        func nearby(_ c: Claim, in candidates: [Int32]) -> LazyMapCollection<ArraySlice<Int32>, Claim> {
            aroundNumbers(c, in: candidates).lazy.map { self.claims[Int($0)] }
        }

        /// The numbers in `candidates` within `window` sentences of `c` and `reach` places of it.
        func aroundNumbers(_ c: Claim, in candidates: [Int32]) -> ArraySlice<Int32> {
            candidates[aroundIndices(facts[c.number], in: candidates)]
        }

        static func packedPlace(sentence: Int, start: Int) -> Int64 { Int64(sentence) << 32 | Int64(start) }

        /// The indices of the candidates within `window` sentences of `c` and `reach` places
        /// of it: one binary search over all, the two ends then within `reach` of it.
        private func aroundIndices(_ c: Facts, in candidates: [Int32]) -> Range<Int> {
            places.withUnsafeBufferPointer { places in
                candidates.withUnsafeBufferPointer { list in
                    func firstIndex(in range: Range<Int>, before bound: Int64) -> Int {
                        var low = range.lowerBound
                        var high = range.upperBound
                        while low < high {
                            let mid = (low + high) / 2
                            if places[Int(list[mid])] < bound { low = mid + 1 } else { high = mid }
                        }
                        return low
                    }
                    // Places are (sentence, start) in order, packed; a sentence bound is its
                    // start 0 (a negative sentence is before every place).
                    let here = firstIndex(in: 0..<list.count, before: Self.packedPlace(sentence: c.sentence, start: c.start))
                    let low = firstIndex(in: max(0, here - Self.reach)..<here, before: Int64(c.sentence - Self.window) << 32)
                    let high = firstIndex(in: here..<min(list.count, here + Self.reach), before: Int64(c.sentence + Self.window + 1) << 32)
                    return low..<max(low, high)
                }
            }
        }

        /// A claim's id as it came (c3 for the third claim of the document).
        func id(_ c: Claim) -> String { originalIDs?[c.number] ?? c.id }

        func isLevel(_ c: some ClaimFacts) -> Bool { (c.kind == .amount || c.kind == .count) && !c.isPrior }

        // MARK: Messages

        /// The claim as written, with what it is about: 出口 26.99万亿元.
        func label(_ c: Claim) -> String {
            // Written into one buffer: a message has two to five labels, a document checks
            // by the ten thousand, and each String append costs hundreds of instructions.
            var entity = c.subject?.entity ?? ""
            var partner = c.subject?.partner.map { "对" + $0 } ?? ""
            var metric = c.subject?.metric ?? ""
            let original = text.originalUTF16Range(c.range)
            let capacity = entity.utf8.count + partner.utf8.count + metric.utf8.count + 1 + 3 * original.count
            return text.original.utf16.withUnsafeBufferPointer { units in
                String(unsafeUninitializedCapacity: capacity) { out in
                    var n = 0
                    func put(_ piece: inout String) {
                        piece.withUTF8 { bytes in
                            for b in bytes { out[n] = b; n += 1 }
                        }
                    }
                    put(&entity)
                    put(&partner)
                    put(&metric)
                    if n > 0 { out[n] = UInt8(ascii: " "); n += 1 }
                    let words = UnsafeBufferPointer(rebasing: units[original])
                    var i = 0
                    while i < words.count { n += UTF16Scalars.putUTF8(UTF16Scalars.next(words, &i), out.baseAddress! + n) }
                    return n
                }
            }
        }

        /// A derived value written like a claim: in its magnitude and unit, one digit finer.
        func figure(_ value: Double, like c: Claim) -> String {
            // The digits after the point, read in the working text (full-width digits are ASCII there).
            let number = text.utf16[c.quantity.numberRange]
            let decimals = number.firstIndex(of: 0x2E).map { point in number[(point + 1)...].prefix { $0 >= 0x30 && $0 <= 0x39 }.count } ?? 0
            let scale = Double(c.unit == "%" || c.unit == "pp" ? 0 : c.quantity.magnitude)
            var shown = value
            for _ in 0..<Int(scale) { shown /= 10 }
            let suffix: String
            switch c.unit {
            case "%": suffix = "%"
            case "pp": suffix = " points"
            default:
                // What follows the number in the claim's text (万亿元 of 超过45万亿元), without 多 or 余.
                let rest = c.quantity.numberRange.upperBound..<c.range.upperBound
                suffix = c.range.lowerBound == c.quantity.range.lowerBound && !rest.isEmpty ? unitWords(rest) : ""
            }
            return Self.fixed(shown, decimals + 1) + suffix
        }

        func range(_ r: CornerRange, like c: Claim) -> String {
            let low = figure(r.low, like: c)
            let high = figure(r.high, like: c)
            if !r.low.isFinite { return "at most \(high)" }
            if !r.high.isFinite { return "at least \(low)" }
            return low == high ? low : "\(low)–\(high)"
        }

        /// How far a stated figure is from what the others imply.
        func gap(_ r: CornerRange, _ stated: Claim) -> String {
            if r.meets(stated.interval) { return "✓" }
            let d = r.distance(to: stated.interval)
            return "— off by " + (stated.unit == "%" || stated.unit == "pp" ? Self.fixed(d, 2) + " points" : figure(d, like: stated))
        }

        /// Parts added against their whole: "A + B = the range; stated C ✓" (or how far off).
        func sumMessage(_ parts: [Claim], _ whole: Claim, _ r: CornerRange) -> String {
            parts.map { label($0) }.joined(separator: " + ") + " = \(range(r, like: whole)); stated \(label(whole)) \(gap(r, whole))"
        }

        /// The original words of a working range without 多, 余 and the other vague tails of
        /// checks/words.lex (万亿元 of 6000多亿元).
        private func unitWords(_ range: Range<Int>) -> String {
            let original = text.originalUTF16Range(range)
            return text.original.utf16.withUnsafeBufferPointer { units in
                let kept = units[original].filter { !words.vagueTail.contains($0) }
                return kept.withUnsafeBufferPointer { String(utf16Units: $0) }
            }
        }

        static func fixed(_ x: Double, _ places: Int) -> String {
            guard x.isFinite else { return x > 0 ? "∞" : "-∞" }
            var scale = 1.0
            for _ in 0..<places { scale *= 10 }
            // Beyond what an Int holds (found by the fuzzer): the plain Double text.
            guard abs(x) * scale < 1e15 else { return x.description }
            if places <= 15 { return digits(Int((abs(x) * scale).rounded()), places: places, negative: x < 0) }
            let n = (abs(x) * scale).rounded()
            let whole = Int(n / scale)
            var fraction = String(Int(n.truncatingRemainder(dividingBy: scale)))
            fraction = String(repeating: "0", count: max(0, places - fraction.count)) + fraction
            return (x < 0 && n != 0 ? "-" : "") + "\(whole)" + (places > 0 ? "." + fraction : "")
        }

        /// `n / 10^places` written with `places` decimals, no String made along the way (a
        /// message has two or three figures, and a document has checks by the ten thousand).
        private static func digits(_ n: Int, places: Int, negative: Bool) -> String {
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 40) { out in
                // Right to left: the fraction, the point, the whole part, the sign.
                var i = out.count
                var m = n
                for _ in 0..<places {
                    i -= 1; out[i] = UInt8(ascii: "0") + UInt8(m % 10); m /= 10
                }
                if places > 0 { i -= 1; out[i] = UInt8(ascii: ".") }
                repeat {
                    i -= 1; out[i] = UInt8(ascii: "0") + UInt8(m % 10); m /= 10
                } while m > 0
                if negative && n != 0 { i -= 1; out[i] = UInt8(ascii: "-") }
                return String(decoding: UnsafeBufferPointer(rebasing: out[i...]), as: UTF8.self)
            }
        }
    }
}

/// What the checker's helpers read of a claim: a claim itself, or its facts.
protocol ClaimFacts {
    var number: Int { get }
    var kind: ClaimKind { get }
    var isPrior: Bool { get }
}

extension Claim: ClaimFacts {}
