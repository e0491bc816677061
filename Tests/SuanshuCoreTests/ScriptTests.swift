import Foundation
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
        let table = ChineseScriptTable.shared
        let viaTable = text.utf16.map { table.simplified[Int($0)] }
        #expect(viaTable == viaICU)
    }

    /// The tables in Grammars/text/ are what ICU's transliterators give now, character by
    /// character; SUANSHU_RECORD=1 writes them anew.
    @Test func tablesAreICUs() throws {
        let computed = try ChineseScriptTable.computedFromICU().files
        if ProcessInfo.processInfo.environment["SUANSHU_RECORD"] == "1" {
            for (path, text) in computed {
                try text.write(to: packageRoot.appendingPathComponent("Grammars/" + path), atomically: true, encoding: .utf8)
            }
            return
        }
        for (path, text) in computed {
            #expect(GrammarFiles.builtIn[path] == text, "Grammars/\(path) is not what ICU gives: SUANSHU_RECORD=1 swift test --filter ScriptTests")
        }
        // Read back, they are the same tables.
        #expect(ChineseScriptTable.shared.files == computed)
    }

    @Test(arguments: [
        (ChineseScriptTable.pairsFile, "這 这\n這这\n", 2),
        (ChineseScriptTable.pairsFile, "# a comment\n\n這 这 這\n", 3),
        (ChineseScriptTable.simplifiedOnlyFile, "这\n这么\n", 2),
    ])
    func malformedTablesArePlaced(_ file: String, _ text: String, _ line: Int) {
        var files = GrammarFiles.builtIn.files
        files[file] = text
        #expect(throws: GrammarError.self) { try ChineseScriptTable(GrammarFiles(files: files, origin: "test")) }
        do {
            _ = try ChineseScriptTable(GrammarFiles(files: files, origin: "test"))
        } catch {
            #expect(error.file == file && error.line == line)
        }
    }
}
