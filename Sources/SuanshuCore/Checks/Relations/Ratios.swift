/// One figure as a multiple of another (是…的2.3倍, 城乡收入比): a / b = r.
extension Checker {
    func ratios(_ context: Context, _ found: inout CheckList) {}
}
