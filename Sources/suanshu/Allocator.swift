import Glibc

/// glibc raises its threshold for serving a block by mmap each time such a block is freed (up
/// to 32 MB), so that the arrays a large document grows and lets go by the thousand (its
/// quantities, a finder's checks) come from the heap afterwards and leave it full of holes
/// the kernel still counts: a million short lines peaked at 800 MB with it, 690 MB with the
/// threshold held at glibc's starting value of 128 KB (setting it turns the raising off).
/// It is held at 4 MB: a finder's arrays below that come from pages the heap has already
/// touched, not from new ones the kernel zeroes (page faults were 7% of a large document's
/// time), for 10–20 MB more at the peak (20 MB text: 1,971 → 1,924 ms over 10 runs).
///
/// Its top pad is held at 4 MB, not 128 KB: freed memory at the top of a heap is kept up to
/// that much instead of handed back and faulted in again by the next stage (on the 20 MB text
/// 105,000 page faults fell to 84,000 with 32 MB, the process 2,020 → 1,906 ms over 8
/// alternating runs). 32 MB cost 10 MB more at the peak on 1,000,000 short lines (348 against
/// 357–360 MB, three alternating runs, user time 4.7–4.9 s either way) once claims were smaller.
func holdAllocatorThresholds() {
    // <malloc.h> is not in Swift's Glibc module: looked up by name, and skipped by a C
    // library without it.
    typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
    let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
    let mmapThreshold: Int32 = -3, topPad: Int32 = -2  // M_MMAP_THRESHOLD, M_TOP_PAD
    _ = mallopt(mmapThreshold, 4 << 20)
    _ = mallopt(topPad, 4 << 20)
}
