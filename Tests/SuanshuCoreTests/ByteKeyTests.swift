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
}
