import Dispatch

/// Two pieces of work on two threads, for the stages of one large document that split
/// cleanly (sentences read apart, relations that share no name). Each result lands in its
/// own slot; the caller gets both when both are done.
public enum SideBySide {
    /// Below this many items (sentences, claims) a document is done on one thread: small
    /// documents gain nothing, and a batch keeps every core busy with documents of its own.
    public static let threshold = 5_000

    /// `first` on the calling thread, `second` on one of the pool's: work that itself runs
    /// two pieces side by side (the checker's two groups, inside `first`) keeps both, where
    /// `concurrentPerform` inside `concurrentPerform` would run them one after the other.
    static func run<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
        let slots = Slots<A, B>()
        let done = DispatchSemaphore(value: 0)
        withoutActuallyEscaping(second) { second in
            // The pool's block holds `second` only through `work`, which lets it go before
            // signalling: nothing holds it once this call returns.
            let work = Work { slots.b = second() }
            DispatchQueue.global().async {
                work.body?()
                work.body = nil
                done.signal()
            }
            slots.a = first()
            done.wait()
        }
        return (slots.a!, slots.b!)
    }

    private final class Work: @unchecked Sendable {
        var body: (() -> Void)?
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    /// Each slot is written by one thread only, and read after both have finished.
    private final class Slots<A, B>: @unchecked Sendable {
        var a: A?
        var b: B?
    }
}
