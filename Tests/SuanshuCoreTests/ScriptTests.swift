import Testing
@testable import SuanshuCore

struct ScriptTests {
    @Test(arguments: [
        ("海关总署发布数据，2025年我国货物贸易进出口增长3.8%。", Script.simplified),
        ("海關總署發布數據，2025年我國貨物貿易進出口增長3.8%。", Script.traditional),
        // 于 in an otherwise Traditional text (as copied from mainland sites) stays Hant.
        ("海關總署發布數據，有利于兩國，我國貨物貿易進出口增長3.8%。", Script.traditional),
        ("海关总署发布数据。海關總署發布數據。", Script.mixed),
        ("GDP 3.8%", Script.simplified),
    ])
    func detectsScript(_ text: String, _ expected: Script) throws {
        #expect(try segment(text).text.script == expected)
    }

    /// The character table gives what ICU's own transliterator gives on whole texts.
    @Test(arguments: ["encodings/release-hant.utf8.txt", "encodings/release-hans.utf8.txt"])
    func tableAgreesWithICUTransliterator(_ name: String) throws {
        let text = String(decoding: try fixtureBytes(name), as: UTF8.self)
        let viaICU = try Transliterator("Traditional-Simplified").transliterate(Array(text.utf16))
        let table = try ChineseScriptTable.shared()
        let viaTable = text.utf16.map { table.simplified[Int($0)] }
        #expect(viaTable == viaICU)
    }
}
