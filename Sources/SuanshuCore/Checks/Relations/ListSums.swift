/// Parts listed after a whole in a breakdown frame (分…看, 按…分, 其中…、…) add up to it.
extension Checker {
    func listSums(_ context: Context, _ found: inout CheckList) {}
}
