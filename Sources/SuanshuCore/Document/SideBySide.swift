import Dispatch

/// Two pieces of work on two threads, for the stages of one large document that split
/// cleanly (sentences read apart, relations that share no name). Each result lands in its
/// own slot; the caller gets both when both are done.
public enum SideBySide {
    /// Below this many items (sentences, claims) a document is done on one thread: small
    /// documents gain nothing, and a batch keeps every core busy with documents of its own.
    public static let threshold = 5_000

    static func run<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
        let slots = Slots<A, B>()
        withoutActuallyEscaping(first) { first in
            withoutActuallyEscaping(second) { second in
                nonisolated(unsafe) let work = (first, second)
                DispatchQueue.concurrentPerform(iterations: 2) { k in
                    if k == 0 { slots.a = work.0() } else { slots.b = work.1() }
                }
            }
        }
        return (slots.a!, slots.b!)
    }

    /// Each slot is written by one thread only, and read after both have finished.
    private final class Slots<A, B>: @unchecked Sendable {
        var a: A?
        var b: B?
    }
}
