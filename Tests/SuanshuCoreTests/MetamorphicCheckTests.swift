import Foundation
import Testing
@testable import SuanshuCore

/// Moves the stated figure of every consistent check in the fixtures one step of its last
/// digit beyond what its rounding allows: a check over a strong link must turn
/// `inconsistent`, one over a weak link `unverifiable`. A check that holds whatever its
/// figures say would pass the golden files and fail here.
struct MetamorphicCheckTests {
    struct Moved: Sendable {
        var check: Check
        var text: String
    }

    /// The document with `check`'s stated figure (written in ASCII digits) moved just past its
    /// expected interval; nil when the figure is not written so or the interval is open on both sides.
    static func moved(_ check: Check, in document: AnalyzedDocument, original: String, margin: Double, relativeMargin: Double = 0) -> String? {
        guard let id = check.statedClaim, let claim = document.claims.first(where: { $0.id == id }),
              claim.qualifier == .exact, let expected = check.expected else { return nil }
        let numberRange = document.text.originalUTF16Range(claim.quantity.numberRange)
        let utf16 = Array(original.utf16)
        let written = String(decoding: utf16[numberRange], as: UTF16.self)
        guard !written.isEmpty, written.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }),
              let shown = Double(written.replacingOccurrences(of: ",", with: "")), shown != 0 else { return nil }
        let decimals = written.split(separator: ".").dropFirst().first?.count ?? 0
        let step = pow(10, -Double(decimals))
        // Value units per shown unit (亿 of 3736.4亿美元); the sign of a decline is the claim's.
        let sign: Double = claim.value.doubleValue < 0 ? -1 : 1
        let scale = claim.value.doubleValue / (sign * shown)
        // The expected interval in shown units, of the magnitude as written.
        var bounds = [expected.low?.doubleValue, expected.high?.doubleValue].map { $0.map { sign * $0 / scale } }
        if sign < 0 { bounds.reverse() }
        // Past a tolerance of a fraction of the moved figure m itself, its rounding included:
        // m − step/2 − high > r·m.
        if relativeMargin > 0 {
            bounds = [bounds[0].map { ($0 - step) / (1 + relativeMargin) }, bounds[1].map { ($0 + step) / (1 - relativeMargin) }]
        }
        let k: Double
        if let high = bounds[1] {
            k = ((high + margin) / step + 0.5).rounded(.down) + 1
        } else if let low = bounds[0] {
            k = ((low - margin) / step - 0.5).rounded(.up) - 1
            guard k > 0 else { return nil }
        } else {
            return nil
        }
        let replacement = String(format: "%.\(decimals)f", k * step)
        return String(decoding: utf16[..<numberRange.lowerBound], as: UTF16.self) + replacement
            + String(decoding: utf16[numberRange.upperBound...], as: UTF16.self)
    }

    @Test(arguments: Group.of(FixtureTests.names, parts: 8))
    func movedFigureBreaksItsCheck(_ group: Group<String>) throws {
        for name in group.elements { try movedFigureBreaksItsCheck(name) }
    }

    func movedFigureBreaksItsCheck(_ name: String) throws {
        let original = String(decoding: try fixtureBytes("\(name).txt"), as: UTF8.self)
        // An analyzer of its own: the fixtures' shared one would keep the cases (an analysis
        // per check each) on one thread, and every other test that reads it waiting.
        let analyzer = try Analyzer()
        let document = try analyzer.analyze(source: name, bytes: Array(original.utf8))
        var tried = 0
        for check in document.checks where check.verdict == .consistent && check.relation != "order" {
            // A growth rate within a point of its levels is what a revised prior-year figure
            // gives: moved past that margin too.
            let margin = check.relation == "growth" ? Checker.revisionTolerance : 0
            // Loose wording (近六成, 约4.7万亿) a tenth off its exact figure is worth a note, not
            // an alarm: moved past that too.
            let loose = check.relation == "bound" && check.claims.contains { id in
                document.claims.first { $0.id == id }.map { [.nearly, .about].contains($0.qualifier) } ?? false
            }
            guard let text = Self.moved(check, in: document, original: original, margin: margin, relativeMargin: loose ? 0.1 : 0) else { continue }
            tried += 1
            let after = try analyzer.analyze(source: name, bytes: Array(text.utf8))
            let want: Check.Verdict = check.link.strength == .strong ? .inconsistent : .unverifiable
            let again = after.checks.first { $0.relation == check.relation && $0.claims == check.claims }
            // Two figures a tenth apart are taken for two figures, not one restated (4% moved
            // past its rounding is 6%).
            // (So are a weak bound's: 一成 said of a week, 8.6% of the month, moved to 16.7%.)
            if again == nil, check.relation == "restatement" || check.relation == "bound" && check.link.strength == .weak,
               let stated = check.stated?.doubleValue,
               let moved = after.claims.first(where: { $0.id == check.statedClaim })?.value.doubleValue,
               abs(moved - stated) > 0.1 * max(abs(moved), abs(stated)) { continue }
            // Figures said of no subject known, or of two metrics the lexicons tell apart, are
            // one figure only when written the same.
            if again == nil, check.relation == "restatement" {
                let metrics = check.claims.map { id in document.claims.first { $0.id == id }?.subject?.metric }
                if document.claims.first(where: { $0.id == check.statedClaim })?.subject?.metric == nil
                    || metrics.count == 2 && metrics[0] != nil && metrics[1] != nil && metrics[0] != metrics[1] { continue }
            }
            // A weak link names no subject: the figure moved, its summary may be paired with
            // another figure of the body, one it agrees with or one it is in doubt with (a weak
            // link is never inconsistent): a check of the relation holding one of the claims.
            if again == nil, want == .unverifiable,
               after.checks.contains(where: { $0.relation == check.relation && !Set($0.claims).isDisjoint(with: check.claims) && $0.link.strength == .weak }) { continue }
            // A summary's figure said twice in the body: the copy moved, the summary pairs with
            // the other, which still bears it out (and is never called wrong while one does).
            if again == nil, let moved = check.statedClaim, let value = check.stated,
               after.checks.contains(where: { other in
                   other.relation == check.relation && other.verdict == .consistent
                       && Set(check.claims).subtracting([moved]).isSubset(of: other.claims)
                       && other.claims.contains { id in id != moved && !check.claims.contains(id) && after.claims.first { $0.id == id }?.value == value }
               }) { continue }
            #expect(again?.verdict == want, "\(name): \(check.relation) \(check.claims): \(check.message) → \(again?.message ?? "no check")")
        }
        #expect(tried > 0 || document.checks.allSatisfy { $0.verdict != .consistent || $0.relation == "order" }, "\(name)")
    }
}
