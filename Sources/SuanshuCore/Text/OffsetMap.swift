/// Where each unit of the working copy came from in the original, kept as runs: in a run,
/// unit k comes from original unit `start + k` alone, except the run's last unit, whose
/// origin may end anywhere (NFKC's ㎡ → m2, a surrogate pair, a character composed from two).
/// Most text maps one to one for thousands of units, so a document holds a few runs where an
/// array per unit held 8 bytes for each (a fifth of a large document's memory).
struct OffsetMap: Sendable {
    /// The working index of each run's first unit, ascending; the first is 0.
    private var firsts: [Int32] = []
    /// The original index of each run's first unit.
    private var starts: [Int32] = []
    /// Where the origin of each run's last unit ends.
    private var lastEnds: [Int32] = []
    /// How many working units the map covers.
    private(set) var count = 0
    /// For each block of 2^`blockShift` working units, the run holding its first unit: a
    /// lookup searches the few runs of one block, not all of them (a large document has
    /// runs by the hundred thousand, and its claims and sentences are looked up by the
    /// million). Made by `trim`, when the map is complete; read only while `count` is still
    /// `indexedCount` (appending leaves it, so that the append of each unit stays small).
    private var blockRuns: [Int32] = []
    private var indexedCount = -1
    private static let blockShift = 8

    init() {}

    /// Adds `length` working units after those already mapped: unit k from original unit
    /// `start + k`, the last ending at `lastEnd`. Joins the run before when it goes on there.
    mutating func append(start: Int, length: Int, lastEnd: Int) {
        guard length > 0 else { return }
        if let last = starts.last {
            let runLength = count - Int(firsts[firsts.count - 1])
            // The run before ends one to one where this begins: one run.
            if Int(lastEnds[lastEnds.count - 1]) == Int(last) + runLength, start == Int(last) + runLength {
                lastEnds[lastEnds.count - 1] = Int32(lastEnd)
                count += length
                return
            }
        }
        firsts.append(Int32(count))
        starts.append(Int32(start))
        lastEnds.append(Int32(lastEnd))
        count += length
    }

    /// Adds one working unit from original `start..<end`.
    @inline(__always)
    mutating func append(start: Int, end: Int) {
        append(start: start, length: 1, lastEnd: end)
    }

    /// Adds another map's units after these.
    mutating func append(_ other: OffsetMap) {
        for r in other.firsts.indices {
            append(start: Int(other.starts[r]), length: other.runLength(r), lastEnd: Int(other.lastEnds[r]))
        }
    }

    private func runLength(_ r: Int) -> Int {
        (r + 1 < firsts.count ? Int(firsts[r + 1]) : count) - Int(firsts[r])
    }

    /// The run holding working unit `i` (which must be below `count`).
    private func run(of i: Int) -> Int {
        var low = 0
        var high = firsts.count
        // Within the runs of `i`'s block: from the run holding its first unit to the one
        // holding the next block's.
        let block = i >> Self.blockShift
        if indexedCount == count, block < blockRuns.count {
            low = Int(blockRuns[block])
            if block + 1 < blockRuns.count { high = Int(blockRuns[block + 1]) + 1 }
        }
        // The last run whose first unit is at or before `i`.
        return firsts.withUnsafeBufferPointer { firsts in
            while high - low > 1 {
                let mid = (low + high) / 2
                if Int(firsts[mid]) <= i { low = mid } else { high = mid }
            }
            return low
        }
    }

    /// Where the origin of working unit `i` starts.
    func start(_ i: Int) -> Int {
        let r = run(of: i)
        return Int(starts[r]) + i - Int(firsts[r])
    }

    /// Where the origin of working unit `i` ends.
    func end(_ i: Int) -> Int {
        let r = run(of: i)
        let k = i - Int(firsts[r])
        return k == runLength(r) - 1 ? Int(lastEnds[r]) : Int(starts[r]) + k + 1
    }

    /// The map of the units of `kept` (sorted working ranges that do not overlap), in order.
    func keeping(_ kept: [Range<Int>]) -> OffsetMap {
        var out = OffsetMap()
        var r = 0
        for range in kept where !range.isEmpty {
            var i = range.lowerBound
            while i < range.upperBound {
                while r + 1 < firsts.count, Int(firsts[r + 1]) <= i { r += 1 }
                let first = Int(firsts[r])
                let runEnd = first + runLength(r)
                let upper = min(range.upperBound, runEnd)
                let start = Int(starts[r]) + i - first
                let lastEnd = upper == runEnd ? Int(lastEnds[r]) : Int(starts[r]) + upper - first
                out.append(start: start, length: upper - i, lastEnd: lastEnd)
                i = upper
            }
        }
        return out
    }

    /// Gives back room the arrays grew into and never used, and indexes the runs by block:
    /// the map is complete.
    mutating func trim() {
        func exact(_ array: [Int32]) -> [Int32] { array.withUnsafeBufferPointer { Array($0) } }
        firsts = exact(firsts)
        starts = exact(starts)
        lastEnds = exact(lastEnds)
        var index: [Int32] = []
        index.reserveCapacity((count >> Self.blockShift) + 1)
        var r = 0
        for block in 0..<((count + (1 << Self.blockShift) - 1) >> Self.blockShift) {
            let first = block << Self.blockShift
            while r + 1 < firsts.count, Int(firsts[r + 1]) <= first { r += 1 }
            index.append(Int32(r))
        }
        blockRuns = index
        indexedCount = count
    }
}
