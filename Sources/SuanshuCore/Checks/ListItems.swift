/// The items of a list of figures (分别为2747.7万辆和2756.3万辆; 按年分别增加35%及12.8%): the
/// extractor gives the later items the first's rule and context, and numbers them from 0.
/// 分别 pairs the k-th figure with the k-th name or figure before it.
extension Checker.Context {
    /// The claims of the list `c` is an item of, in order (just `c` when it stands alone).
    func listItems(of c: Claim) -> ArraySlice<Claim> {
        var low = c.number - c.listIndex
        // Items are consecutive claims of one sentence, numbered from 0.
        guard low >= 0, claims[low].listIndex == 0, claims[low].sentence == c.sentence,
              claims[low].sameRule(as: c), claims[low].contextStart == c.contextStart else { return claims[c.number...c.number] }
        var high = c.number + 1
        while high < claims.count, claims[high].sentence == c.sentence, claims[high].listIndex == claims[high - 1].listIndex + 1,
              claims[high].sameRule(as: c), claims[high].contextStart == c.contextStart { high += 1 }
        if low > c.number { low = c.number }
        return claims[low..<high]
    }

    /// The growth rate 分别 pairs with `level`: its place in a list of n levels, in the first
    /// list of n rates after it in its sentence (乘用车产销量分别为2747.7万辆和2756.3万辆，同比分别增长
    /// 5.2%和5.8%); or, a level standing alone followed by a list of n rates, its place among
    /// the n levels of the unit before that list (不过夜旅客18,884,882人次、留宿旅客16,403,768人次，按年
    /// 分别增加35%及12.8%). `.none` when the level is in no such frame; `.some(nil)` when it is in
    /// a list whose rates are not paired so (no other rate may be taken for it then).
    func listedRate(of level: Claim) -> Claim?? {
        let own = listItems(of: level)
        let sentence = claims(inSentence: level.sentence)
        guard let last = own.last, let next = sentence[(last.number + 1)...].first(where: { $0.kind == .growth && !$0.isPrior })
        else { return own.count > 1 ? .some(nil) : .none }
        let rates = listItems(of: next)
        if own.count > 1 {
            // The first list of as many rates after the list of levels.
            guard rates.count == own.count, next.listIndex == 0 else { return .some(nil) }
            return .some(rates[rates.startIndex + level.listIndex])
        }
        guard rates.count > 1, next.listIndex == 0 else { return .none }
        // The levels of the unit before the rates, back to the sentence's start.
        let levels = sentence[..<next.number].filter { isLevel($0) && $0.unit == level.unit }
        guard levels.count >= rates.count, let k = levels.suffix(rates.count).firstIndex(where: { $0.number == level.number }) else { return .some(nil) }
        return .some(rates[rates.startIndex + (k - levels.suffix(rates.count).startIndex)])
    }
}
