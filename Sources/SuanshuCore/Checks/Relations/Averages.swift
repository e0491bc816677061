/// A total over a stretch of days and its daily average (日均): total / days = average.
extension Checker {
    func averages(_ context: Context, _ found: inout CheckList) {}
}
