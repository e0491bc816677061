import Testing
@testable import SuanshuCore

/// The compact forms a large document is held in give back exactly what was put in: a
/// figure of any width, the origins of the working copy after any removal.
struct CompactStorageTests {
    static let wide = ExactDecimal(Int128(123_456_789_012_345_678) * 1_000_003, exponent: -4)  // 24 digits

    static let figures: [(ExactDecimal, Interval)] = [
        (ExactDecimal(61, exponent: -1), Interval(ExactDecimal(605, exponent: -2), ExactDecimal(615, exponent: -2))),
        (.zero, .point(.zero)),
        (ExactDecimal(-35, exponent: -1), Interval(nil, ExactDecimal(-3))),
        (ExactDecimal(45, exponent: 12), Interval(ExactDecimal(45, exponent: 12), nil)),
        (ExactDecimal(1), Interval(nil, nil)),
        (wide, Interval(wide - ExactDecimal(1), wide + ExactDecimal(1))),
        (ExactDecimal(7), Interval(ExactDecimal(6), wide)),
        (wide, .point(ExactDecimal(2))),
        (ExactDecimal(1, exponent: 40_000), .point(ExactDecimal(1, exponent: -40_000))),
    ]

    @Test func packedFigureGivesBackWhatWasPut() {
        for (k, (value, interval)) in Self.figures.enumerated() {
            var figure = PackedFigure(value: value, interval: interval)
            #expect(figure.value == value, "figure \(k)")
            #expect(figure.interval == interval, "figure \(k)")
            // Rewritten with every other figure's parts: packed and wide in turn.
            for (other, (otherValue, otherInterval)) in Self.figures.enumerated() {
                figure.value = otherValue
                #expect(figure.value == otherValue, "figure \(k), value of \(other)")
                #expect(figure.interval == interval, "figure \(k), value of \(other)")
                figure.interval = otherInterval
                #expect(figure.interval == otherInterval, "figure \(k), parts of \(other)")
                #expect(figure.value == otherValue, "figure \(k), parts of \(other)")
                figure.value = value
                figure.interval = interval
                #expect(figure == PackedFigure(value: value, interval: interval), "figure \(k), back from \(other)")
            }
        }
    }

    /// Origins unit by unit (runs of one to one, expansions, pairs, gaps), then removals:
    /// the runs answer as the arrays would.
    @Test(arguments: Group.of(Array(1...20 as ClosedRange<UInt64>), parts: 2))
    func offsetMapAnswersAsArraysWould(_ group: Group<UInt64>) {
        for seed in group.elements { offsetMapAnswersAsArraysWould(seed) }
    }

    func offsetMapAnswersAsArraysWould(_ seed: UInt64) {
        var generator = ColloquialPropertyTests.Seeded(state: seed)
        var starts: [Int] = []
        var ends: [Int] = []
        var original = 0
        while starts.count < 300 {
            switch Int.random(in: 0..<6, using: &generator) {
            case 0:  // ㎡ → m2: two units from one
                starts += [original, original]
                ends += [original + 1, original + 1]
                original += 1
            case 1:  // a surrogate pair kept: each half points at the whole pair
                starts += [original, original]
                ends += [original + 2, original + 2]
                original += 2
            case 2:  // two original units composed into one
                starts.append(original)
                ends.append(original + 2)
                original += 2
            case 3:  // original text left out of the working copy
                original += Int.random(in: 1...3, using: &generator)
            default:
                for _ in 0..<Int.random(in: 1...20, using: &generator) {
                    starts.append(original)
                    ends.append(original + 1)
                    original += 1
                }
            }
        }
        var map = OffsetMap()
        for i in starts.indices { map.append(start: starts[i], end: ends[i]) }
        #expect(map.count == starts.count, "seed \(seed)")
        for i in starts.indices {
            #expect(map.start(i) == starts[i] && map.end(i) == ends[i], "seed \(seed), unit \(i)")
        }
        // Removals: sorted ranges that do not overlap.
        var kept: [Range<Int>] = []
        var at = 0
        while at < starts.count {
            let length = Int.random(in: 0...30, using: &generator)
            kept.append(at..<min(at + length, starts.count))
            at += length + Int.random(in: 1...10, using: &generator)
        }
        let keptUnits = kept.flatMap { Array($0) }
        let after = map.keeping(kept)
        #expect(after.count == keptUnits.count, "seed \(seed)")
        for (i, unit) in keptUnits.enumerated() {
            #expect(after.start(i) == starts[unit] && after.end(i) == ends[unit], "seed \(seed), kept unit \(i) (was \(unit))")
        }
    }
}
