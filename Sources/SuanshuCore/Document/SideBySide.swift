import Dispatch
import Synchronization

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
    public static func run<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
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

    /// Lets go of `value` on one of the pool's threads. The last reference to what a large
    /// document's stage leaves behind (its quantities, the checker's indices: arrays by the
    /// hundred thousand) takes tens of milliseconds to free, and the next stage need not wait.
    /// (Only the last reference frees; the caller keeps none.)
    public static func letGo<T>(_ value: consuming T) {
        let parcel = Parcel(value)
        DispatchQueue.global().async { parcel.value = nil }
    }

    private final class Parcel<T>: @unchecked Sendable {
        var value: T?
        init(_ value: consuming T) { self.value = value }
    }

    /// Pieces a stage of a large document is cut into: their costs differ (one stretch of a
    /// text has many more figures than another), so two threads each take the next piece not
    /// yet begun rather than one half each, and neither waits long for the other at the end.
    static let pieceCount = 16

    /// `body` over the ranges `cuts` makes of `0..<count` (each cut a piece's start after
    /// the first; cuts not after the one before are skipped), on two threads taking the next
    /// piece; the results in the pieces' order.
    static func pieces<T>(_ count: Int, cuts: [Int], _ body: (Range<Int>) -> T) -> [T] {
        var bounds = [0]
        for cut in cuts where cut > bounds[bounds.count - 1] && cut < count { bounds.append(cut) }
        bounds.append(count)
        let ranges = (0..<bounds.count - 1).map { bounds[$0]..<bounds[$0 + 1] }
        // One slot per piece, each written by the thread that took the piece alone (through
        // the pointer: two threads writing one array's elements would both access the array).
        let slots = UnsafeMutablePointer<T?>.allocate(capacity: ranges.count)
        slots.initialize(repeating: nil, count: ranges.count)
        let shared = PieceSlots(slots)
        let next = Mutex(0)
        func work() {
            while true {
                let k = next.withLock { n in defer { n += 1 }; return n }
                guard k < ranges.count else { return }
                (shared.pointer + k).pointee = body(ranges[k])
            }
        }
        _ = run(work, work)
        // Moved out, each slot once: nothing is left to deinitialize.
        let results = (0..<ranges.count).map { (slots + $0).move()! }
        slots.deallocate()
        return results
    }

    /// Cuts of `0..<count` into `pieceCount` pieces of about the same number of items.
    static func evenCuts(_ count: Int) -> [Int] {
        (1..<pieceCount).map { count * $0 / pieceCount }
    }

    private struct PieceSlots<T>: @unchecked Sendable {
        let pointer: UnsafeMutablePointer<T?>
        init(_ pointer: UnsafeMutablePointer<T?>) { self.pointer = pointer }
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
