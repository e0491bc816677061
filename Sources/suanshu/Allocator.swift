import Glibc

/// glibc raises its threshold for serving a block by mmap each time such a block is freed (up
/// to 32 MB), so that the arrays a large document grows and lets go by the thousand (its
/// quantities, a finder's checks) come from the heap afterwards and leave it full of holes
/// the kernel still counts: a million short lines peaked at 800 MB with it, 690 MB with the
/// threshold held at glibc's starting value (setting it turns the raising off).
func holdAllocatorThresholds() {
    // <malloc.h> is not in Swift's Glibc module: looked up by name, and skipped by a C
    // library without it.
    typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
    let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD
    _ = unsafeBitCast(symbol, to: Mallopt.self)(mmapThreshold, 128 * 1024)
}
