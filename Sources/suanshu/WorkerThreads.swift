import Dispatch
import Foundation

/// Long-lived workers that wait on locks (a batch's document takers, the record reader) run
/// on threads of their own. On libdispatch's pool they would hold its threads, one per core,
/// and whatever was queued behind them (the reader, a document's second half) would start
/// only once the pool saw them blocked, a second later: a record piped in was answered after
/// a second, and `--jobs 3` on two cores started two seconds late.
enum WorkerThreads {
    /// Starts `count` threads running `body`; `group` is left as each ends.
    static func start(_ count: Int = 1, group: DispatchGroup, _ body: @escaping @Sendable () -> Void) {
        for _ in 0..<count {
            group.enter()
            Thread {
                body()
                group.leave()
            }.start()
        }
    }
}
