import Testing
@testable import SuanshuCore

/// Names as dictionary keys by their bytes: equal text is one key, however it was made.
struct ByteKeyTests {
    static let pairs: [(String, String, Bool)] = [
        ("进出口", String(decoding: Array("进出口".utf8), as: UTF8.self), true),
        ("进出口", "出口", false),
        ("社会消费品零售总额", "社会消费品零售总" + "额", true),
        ("", "", true),
        ("第一产业", "第二产业", false),
        ("a", "b", false),
    ]

    @Test(arguments: pairs)
    func equalTextIsOneKey(pair: (String, String, Bool)) {
        let (a, b) = (ByteKey(pair.0), ByteKey(pair.1))
        #expect((a == b) == pair.2)
        if pair.2 { #expect(a.hashValue == b.hashValue) }
        var names: [ByteKey: Int] = [a: 1]
        names[b, default: 0] += 10
        #expect(names.count == (pair.2 ? 1 : 2))
    }

    /// Byte searches in names agree with String's own character searches on the working
    /// text's names: (whole, part, contains, starts with, ends with).
    static let searches: [(String, String, Bool, Bool, Bool)] = [
        ("城镇居民人均可支配收入", "人均可支配收入", true, false, true),
        ("城镇居民人均可支配收入", "城镇居民", true, true, false),
        ("规模以上工业增加值", "工业", true, false, false),
        ("出口", "进出口", false, false, false),
        ("进出口", "", true, true, true),
        ("", "出口", false, false, false),
        ("GDP增速", "GDP", true, true, false),
        ("海洋生产总值", "海洋生产总值", true, true, true),
        ("出口企业整体", "企业整", true, false, false),
    ]

    @Test func byteSearchesAgreeWithStrings() {
        for c in Self.searches {
            let (whole, part) = (c.0, c.1)
            let name = "\(whole.debugDescription) and \(part.debugDescription)"
            #expect(whole.bytesContain(part) == c.2, "\(name)")
            #expect(whole.bytesStart(with: part) == c.3, "\(name)")
            #expect(whole.bytesEnd(with: part) == c.4, "\(name)")
            #expect(whole.bytesContain(part) == (part.isEmpty || whole.contains(part)), "\(name)")
            #expect(whole.bytesStart(with: part) == whole.hasPrefix(part), "\(name)")
            #expect(whole.bytesEnd(with: part) == whole.hasSuffix(part), "\(name)")
            // The same search in UTF-16 units.
            let units = Array(whole.utf16), word = Array(part.utf16)
            #expect((units.range(of: word) != nil) == (c.2 && !part.isEmpty), "\(name)")
            if let r = units.range(of: word) { #expect(Array(units[r]) == word, "\(name)") }
        }
    }
}
