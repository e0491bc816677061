/// The patterns of kinds.rules in the form the matcher reads: every rule's steps in one
/// array and every literal in one pool, all plain values. A quantity tests dozens of rules;
/// reading the rules' `Element` enums (boxed, holding arrays) cost a retain and a release at
/// each step.
struct RulePatterns: Sendable {
    /// One element of a pattern.
    struct Step: Sendable {
        enum Kind: UInt8, Sendable { case literal, word, gap, figure }
        var kind: Kind
        var optional: Bool
        /// literal: start in `literals`; word: class index; gap: its limit.
        var a: Int32
        /// literal: length; gap: how many classes its words must not be of.
        var b: Int32
        /// gap: where those classes' indices start in `excluded`.
        var c: Int32 = 0
    }

    /// What the matcher needs of one rule, in the rules' order.
    struct Head: Sendable {
        var filter: UInt32
        var fallback: Bool
        /// The steps before the quantity (matched right to left) and after it, in `steps`.
        var before: Range<Int32>
        var after: Range<Int32>
        /// The step right before (after) the quantity when it must stand there (a literal or a
        /// class word, not optional), -1 otherwise: a test of one character rules most rules
        /// out before they are matched.
        var touchingBefore: Int32 = -1
        var touchingAfter: Int32 = -1
    }

    let rules: [ClaimRule]
    let heads: [Head]
    /// For each slot a quantity may have (a form, with a unit dimension or none), the rules
    /// that accept it, in order: the others' rules and the fallback rules.
    let candidates: [UInt32: (rules: [Int32], fallback: [Int32])]
    let steps: [Step]
    let literals: [UInt16]
    /// The classes gaps must not hold words of, each gap's side by side.
    let excluded: [Int32]

    init(_ rules: [ClaimRule]) {
        var heads: [Head] = []
        var steps: [Step] = []
        var literals: [UInt16] = []
        var excluded: [Int32] = []
        func step(_ element: ClaimRule.Element, optional: Bool = false) -> Step {
            switch element {
            case .literal(let word):
                defer { literals += word }
                return Step(kind: .literal, optional: optional, a: Int32(literals.count), b: Int32(word.count))
            case .word(let index): return Step(kind: .word, optional: optional, a: Int32(index), b: 0)
            case .figure: return Step(kind: .figure, optional: optional, a: 0, b: 0)
            case .gap(let limit, let classes):
                defer { excluded += classes.map { Int32($0) } }
                return Step(kind: .gap, optional: optional, a: Int32(limit), b: Int32(classes.count), c: Int32(excluded.count))
            case .optional(let inner): return step(inner, optional: true)
            }
        }
        func append(_ elements: [ClaimRule.Element]) -> Range<Int32> {
            let start = Int32(steps.count)
            steps += elements.map { step($0) }
            return start..<Int32(steps.count)
        }
        for rule in rules {
            let before = append(rule.before)
            let after = append(rule.after)
            var head = Head(filter: rule.filter, fallback: rule.fallback, before: before, after: after)
            if let last = before.last, [.literal, .word].contains(steps[Int(last)].kind), !steps[Int(last)].optional { head.touchingBefore = last }
            if let first = after.first, [.literal, .word].contains(steps[Int(first)].kind), !steps[Int(first)].optional { head.touchingAfter = first }
            heads.append(head)
        }
        self.rules = rules
        self.heads = heads
        let names = ClaimRule.slotBits
        let forms = ["plain", "percent", "points", "multiple", "doubling", "ordinal"].compactMap { names[$0] }
        let dimensions = [UInt32(0)] + ["money", "mass", "energy", "power", "volume", "area", "length", "container", "count", "duration", "age"]
            .compactMap { names[$0] }
        var candidates: [UInt32: (rules: [Int32], fallback: [Int32])] = [:]
        // (With `amount` too, a unit of that class: most figures of a release are amounts, and
        // a slot not listed here has its rules sought among all at every quantity.)
        let amounts = [UInt32(0)] + [names["amount"]].compactMap { $0 }
        for form in forms {
            for dimension in dimensions {
                for amount in amounts {
                    // A plain number with no unit is bare too.
                    let slot = form | dimension | amount | (form == names["plain"] && dimension == 0 ? RuleMatcher.bareBit : 0)
                    let accepting = heads.indices.filter { heads[$0].filter & slot != 0 }
                    candidates[slot] = (accepting.filter { !heads[$0].fallback }.map { Int32($0) }, accepting.filter { heads[$0].fallback }.map { Int32($0) })
                }
            }
        }
        self.candidates = candidates
        self.steps = steps
        self.literals = literals
        self.excluded = excluded
    }
}
