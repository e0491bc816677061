import Foundation
import Testing

/// Runs the built `suanshu` binary, as a user would.
struct CommandLineTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var binary: URL {
        // Tests run from .build/<config>/suanshuPackageTests.xctest; the tool is beside it.
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return exe.deletingLastPathComponent().appendingPathComponent("suanshu")
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `stdout`: where standard output goes instead of a pipe read here (then "" in the run).
    func run(_ arguments: [String], stdin: Data? = nil, shell: Bool = false, stdout given: FileHandle? = nil) throws -> Run {
        let process = Process()
        process.executableURL = shell ? URL(fileURLWithPath: arguments[0]) : Self.binary
        process.arguments = shell ? Array(arguments.dropFirst()) : arguments
        process.currentDirectoryURL = Self.packageRoot
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = given ?? out
        process.standardError = err
        process.standardInput = input
        try process.run()
        // The child holds its own copy (Foundation closes a pipe's write end itself).
        try given?.close()
        Self.write(stdin ?? Data(), to: input.fileHandleForWriting.fileDescriptor)
        try input.fileHandleForWriting.close()
        let read = Self.readToEnd(given == nil ? [out.fileHandleForReading.fileDescriptor, err.fileHandleForReading.fileDescriptor]
                                               : [err.fileHandleForReading.fileDescriptor])
        let (stdout, stderr) = given == nil ? (read[0], read[1]) : (Data(), read[0])
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Reads pipes to their ends, together (a child filling one while the other is read
    /// would wait for ever), with read(2): Foundation's readDataToEndOfFile traps when a
    /// signal interrupts it, as another test's child ending can.
    static func readToEnd(_ descriptors: [Int32]) -> [Data] {
        var data = [Data](repeating: Data(), count: descriptors.count)
        var open = Set(descriptors.indices)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while !open.isEmpty {
            var polls = open.sorted().map { pollfd(fd: descriptors[$0], events: Int16(POLLIN), revents: 0) }
            guard poll(&polls, nfds_t(polls.count), -1) >= 0 || errno == EINTR else { break }
            for (k, index) in open.sorted().enumerated() where polls[k].revents != 0 {
                let n = read(descriptors[index], &buffer, buffer.count)
                if n > 0 {
                    data[index].append(contentsOf: buffer[0..<n])
                } else if n == 0 || errno != EINTR {
                    open.remove(index)
                }
            }
        }
        return data
    }

    /// Writes all of `data`, going on after a signal interrupts write(2). A child that exits
    /// before reading all its input (a usage error, binary data refused) closes the pipe:
    /// the write then fails with EPIPE, instead of SIGPIPE ending the whole test process.
    static func write(_ data: Data, to descriptor: Int32) {
        signal(SIGPIPE, SIG_IGN)
        let bytes = [UInt8](data)
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return }
            offset += n
        }
    }

    /// Runs the tool (or, with `shell`, the program named first) with no input and its output
    /// in files, and gives its peak memory too: wait4's for this child and what it waited for,
    /// not the maximum over every child the test process has had.
    func measuredRun(_ arguments: [String], shell: Bool = false) throws -> (run: Run, peakKilobytes: Int) {
        let out = try temporaryFile([]), err = try temporaryFile([])
        defer { unlink(out); unlink(err) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_TRUNC, 0)
        posix_spawn_file_actions_addopen(&actions, 2, err, O_WRONLY | O_TRUNC, 0)
        let program = shell ? arguments[0] : Self.binary.path
        let argv = ([program] + (shell ? Array(arguments.dropFirst()) : arguments)).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, environ)
        try #require(spawned == 0, "could not start \(program)")
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let read = { (path: String) in String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data(), as: UTF8.self) }
        return (Run(status: exit, stdout: read(out), stderr: read(err)), usage.ru_maxrss)
    }

    func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("suanshu-\(UUID().uuidString)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The 2 GiB limit holds as the input is read: a file larger than it is refused from its
    /// size before any byte is read, and an endless text on a pipe ends at the limit with its
    /// message, its memory that of the limit (not a multiple of what was sent).
    @Test func inputLimitHoldsAsItIsRead() throws {
        let path = try temporaryFile([])
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(truncate(path, 2_200_000_000) == 0)  // sparse: no disk used
        let file = try run(["check", path])
        #expect(file.status == 2 && file.stderr.contains("over the 2 GiB a single document may hold"), "\(file.stderr)")
        // `yes` sends text for ever; the tool must stop reading at the limit.
        let start = Date()
        let (pipe, peak) = try measuredRun(["/bin/sh", "-c", "yes '出口增长5%，进口增长3%，' | \"$0\" check", Self.binary.path], shell: true)
        #expect(pipe.status == 2 && pipe.stderr.contains("over the 2 GiB a single document may hold"), "\(pipe.stderr)")
        #expect(Date().timeIntervalSince(start) < 120)
        #expect(peak < 3_400_000, "peak RSS: \(peak) KB")
    }

    @Test func binaryFilesAreNotText() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 64)
        for path in [try temporaryFile(png), "/bin/ls"] {
            let result = try run(["tokens", path])
            #expect(result.status == 2)
            #expect(result.stdout.isEmpty)
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1)
            #expect(result.stderr.contains("not text"))
            #expect(result.stderr.contains(path))
        }
        // An endless binary input is refused from its first bytes, not read to the limit.
        for arguments in [["check", "/dev/zero"], ["check", "--stream", "/dev/zero"], ["check", "Fixtures/customs-2025-q1.txt", "/dev/zero"]] {
            let start = Date()
            let result = try run(arguments)
            #expect(result.status == 2 && result.stderr.contains("/dev/zero: not text"), "\(arguments)")
            #expect(Date().timeIntervalSince(start) < 30, "\(arguments) read on")
        }
    }

    /// Inputs the fuzz target once crashed on (Fixtures/fuzz): each is checked whole and as a
    /// stream, and gives its document, never a signal (breakdown-frame-range-crossed.bin: a
    /// figure that ended past the clause before a part sliced a range whose bounds crossed).
    @Test func fuzzFindingsStayFixed() throws {
        let folder = URL(fileURLWithPath: "Fixtures/fuzz")
        let inputs = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".bin") }
        #expect(!inputs.isEmpty)
        for name in inputs {
            let path = folder.appendingPathComponent(name).path
            for arguments in [["check", path], ["check", "--stream", path]] {
                let result = try run(arguments)
                #expect(result.status == 0 || result.status == 1, "\(arguments): \(result.status) \(result.stderr)")
                #expect(result.stdout.contains("\"claims\"") || result.stdout.contains("\"claim\""), "\(arguments)")
            }
        }
    }

    @Test func emptyInputIsAnEmptyDocument() throws {
        for arguments in [["tokens", "--format", "json", try temporaryFile([])], ["tokens", "--format", "json", "-"]] {
            let result = try run(arguments, stdin: Data())
            #expect(result.status == 0)
            let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            #expect((json?["sentences"] as? [Any])?.isEmpty == true)
            #expect((json?["diagnostics"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func unreadablePathNamesThePath() throws {
        let path = "/nonexistent/directory/release.txt"
        let result = try run(["tokens", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains(path))
        #expect(result.stderr.split(separator: "\n").count == 1)
        let directory = try run(["tokens", "/tmp"])
        #expect(directory.status == 2)
        #expect(directory.stderr.contains("/tmp"))
    }

    @Test func usageErrorsExitWithTwo() throws {
        let result = try run(["tokens", "--format", "yaml", "-"])
        #expect(result.status == 2)
        #expect(!result.stderr.isEmpty)
        let twice = try run(["check", "-", "-"], stdin: Data("出口增长5%。".utf8))
        #expect(twice.status == 2)
        #expect(twice.stderr.contains("only once") && twice.stdout.isEmpty)
    }

    @Test func tokensReadStandardInputAsJSON() throws {
        let text = "據海關統計，我國外貿進出口45.47萬億元。"
        let result = try run(["tokens", "--format", "json"], stdin: Data(text.utf8))
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["source"] as? String == "-")
        #expect(json["script"] as? String == "Hant")
        let sentences = try #require(json["sentences"] as? [[String: Any]])
        let tokens = try #require(sentences.first?["tokens"] as? [[String: Any]])
        let number = try #require(tokens.first { $0["text"] as? String == "45.47" })
        #expect(number["category"] as? String == "number")
        let span = try #require(number["span"] as? [String: Int])
        #expect(span["start"] == 13)
        #expect(span["end"] == 18)
    }

    @Test func versionAndHelp() throws {
        let version = try run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("suanshu "))
        #expect(version.stdout.components(separatedBy: "suanshu ").count == 2, "printed once")
        let help = try run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.components(separatedBy: "Examples:").count == 2, "printed once")
        #expect(help.stderr.isEmpty)
        #expect(help.stdout.contains("tokens"))
    }

    /// The README's first command.
    @Test func bundledExampleRuns() throws {
        let report = try run(["check", "--format", "text", "Fixtures/customs-2024-annual-planted.txt"])
        #expect(report.status == 1)
        #expect(report.stdout.hasPrefix("Fixtures/customs-2024-annual-planted.txt: ") && report.stdout.contains("2 inconsistent"))
        #expect(report.stdout.split(separator: "\n").dropFirst().first == "✗ sum  at 1:22")
        let result = try run(["check", "Fixtures/customs-2024-annual.txt"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((json["claims"] as? [Any])?.isEmpty == false)
        #expect((json["checks"] as? [[String: Any]])?.contains { $0["verdict"] as? String == "consistent" } == true)
        let tokens = try run(["tokens", "Fixtures/encodings/release-hant.utf8.txt"])
        #expect(tokens.status == 0)
        #expect(tokens.stdout.contains("number"))
    }

    @Test func extractPrintsTheContract() throws {
        let result = try run(["extract", "Fixtures/customs-2024-annual.txt"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["schema"] as? String == "suanshu/1")
        #expect(json["source"] as? String == "Fixtures/customs-2024-annual.txt")
        let claims = try #require(json["claims"] as? [[String: Any]])
        #expect(claims.count > 20)
        #expect(claims.first?["kind"] as? String == "amount")
    }

    @Test func jsonLinesIsOneLine() throws {
        let result = try run(["extract", "--format", "jsonl", "-"], stdin: Data("出口26.99万亿元，增长6.1%。".utf8))
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        let json = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        #expect((json?["claims"] as? [Any])?.count == 2)
    }

    /// --grammars loads another folder: a broken rule there is reported with its place, and
    /// a word added there changes what is extracted.
    @Test func grammarsFolderIsUsed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("suanshu-grammars-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.packageRoot.appendingPathComponent("Grammars"), to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = Data("进口走低2.1%。".utf8)
        let plain = try run(["extract", "--format", "jsonl", "--grammars", folder.path, "-"], stdin: input)
        #expect(plain.status == 0)
        let down = folder.appendingPathComponent("claims/words/down.lex")
        try (String(contentsOf: down, encoding: .utf8) + "走低\n").write(to: down, atomically: true, encoding: .utf8)
        let changed = try run(["extract", "--format", "jsonl", "--grammars", folder.path, "-"], stdin: input)
        #expect(changed.status == 0)
        #expect(plain.stdout.contains("\"value\":2.1,"))
        #expect(changed.stdout.contains("\"value\":-2.1,"))
        let rules = folder.appendingPathComponent("claims/kinds.rules")
        try (String(contentsOf: rules, encoding: .utf8) + "broken: {nosuch} <percent> -> growth\n").write(to: rules, atomically: true, encoding: .utf8)
        let broken = try run(["extract", "--grammars", folder.path, "-"], stdin: input)
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("claims/kinds.rules:"))
        #expect(broken.stderr.contains("no word class 'nosuch'"))
    }

    /// A grammar folder is read as its author meant it or refused with file:line: links and
    /// FIFOs are refused (a loop of links, a FIFO that never ends), CRLF and a BOM read as
    /// plain lines, invalid UTF-8 and an empty required file are errors.
    @Test(arguments: [
        ("link to itself", "claims/loop", "symbolic link"),
        ("fifo", "claims/pipe", "not a regular file"),
        ("crlf", "", ""),
        ("bom", "", ""),
        ("invalid utf-8", "claims/kinds.rules:3:", "not valid UTF-8"),
        ("empty", "numbers/numerals.lex:1:1", "is empty"),
    ])
    func grammarFoldersAreReadAsMeant(_ change: String, _ place: String, _ message: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("suanshu-grammars-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.packageRoot.appendingPathComponent("Grammars"), to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let rules = folder.appendingPathComponent("claims/kinds.rules")
        let text = try String(contentsOf: rules, encoding: .utf8)
        switch change {
        case "link to itself":
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("claims/loop").path, withDestinationPath: "..")
        case "fifo": #expect(mkfifo(folder.appendingPathComponent("claims/pipe").path, 0o600) == 0)
        case "crlf": try Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8).write(to: rules)
        case "bom": try Data([0xEF, 0xBB, 0xBF] + Array(text.utf8)).write(to: rules)
        case "invalid utf-8":
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            try Data(Array((lines[0..<2].joined(separator: "\n") + "\n").utf8) + [0xFF] + Array(lines[2...].joined(separator: "\n").utf8)).write(to: rules)
        default: try Data().write(to: folder.appendingPathComponent("numbers/numerals.lex"))
        }
        let fixture = "Fixtures/customs-2024-annual-planted.txt"
        let result = try run(["check", "--format", "jsonl", "--grammars", folder.path, fixture])
        if message.isEmpty {
            #expect(result.stdout == (try run(["check", "--format", "jsonl", fixture])).stdout)
            #expect(result.status == 1)
        } else {
            #expect(result.status == 2)
            #expect(result.stderr.contains(place) && result.stderr.contains(message), "\(result.stderr)")
        }
    }

    /// A file whose name is not UTF-8, found in a folder, is read by its bytes and named with
    /// the bad byte escaped.
    @Test func fileNamesThatAreNotUTF8() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("suanshu-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try Data(contentsOf: Self.packageRoot.appendingPathComponent("Fixtures/nbs-gdp-2024.txt"))
        let name = Array(folder.path.utf8) + Array("/bad".utf8) + [0xFF] + Array("name.txt".utf8) + [0]
        let fd = name.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) } }
        #expect(fd >= 0)
        Self.write(text, to: fd)
        close(fd)
        let result = try run(["check", "--format", "jsonl", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["source"] as? String == folder.path + "/bad\\xFFname.txt")
        #expect((json["claims"] as? [Any])?.isEmpty == false)
    }

    /// Encodings the detection used to miss: UTF-32 with its mark, a GB18030 line too short
    /// for ICU's detection; and the warning counts every bad sequence, summed-up ones too.
    @Test func encodingsOfShortAndWideInput() throws {
        let line = "出口1000亿元，其中机电产品600亿元，占出口的60%。\n"
        let little: [UInt8] = [0xFF, 0xFE, 0, 0] + line.unicodeScalars.flatMap { scalar -> [UInt8] in withUnsafeBytes(of: scalar.value.littleEndian) { Array($0) } }
        let big: [UInt8] = [0, 0, 0xFE, 0xFF] + line.unicodeScalars.flatMap { scalar -> [UInt8] in withUnsafeBytes(of: scalar.value.bigEndian) { Array($0) } }
        for (bytes, encoding) in [(little, "UTF-32LE"), (big, "UTF-32BE")] {
            let result = try run(["check", "--format", "jsonl", try temporaryFile(bytes)])
            let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            #expect((json["claims"] as? [Any])?.count == 3, "\(encoding)")
            #expect((json["diagnostics"] as? [Any])?.isEmpty == true, "\(encoding)")
            #expect(json["encoding"] as? String == encoding)
        }
        // The JSON says how the bytes were read.
        for (file, encoding) in [("release-hans.gb18030.txt", "GB18030"), ("release-hant.big5.txt", "Big5"), ("release-hans.utf8.txt", "UTF-8")] {
            #expect(try run(["check", "--format", "jsonl", "Fixtures/encodings/" + file]).stdout.contains("\"encoding\":\"\(encoding)\""), "\(file)")
        }
        // 出口增长5%。 in GB18030.
        let short: [UInt8] = [0xB3, 0xF6, 0xBF, 0xDA, 0xD4, 0xF6, 0xB3, 0xA4, 0x35, 0x25, 0xA1, 0xA3]
        let gb = try run(["check", "--format", "jsonl", try temporaryFile(short)])
        #expect(gb.stdout.contains("\"text\":\"出口\"") && gb.stderr.isEmpty, "\(gb.stdout) \(gb.stderr)")
        #expect(gb.stdout.contains("\"encoding\":\"GB18030\""))
        var noisy: [UInt8] = []
        for i in 0..<100 { noisy += Array("出口增长\(i)%。".utf8) + [0xFF] }
        let counted = try run(["check", try temporaryFile(noisy)])
        #expect(counted.stderr.contains("(and 99 more invalid-utf8)"), "\(counted.stderr)")
    }

    /// A batch writes the format asked for: text reports in order and a summary, one SARIF
    /// log, HTML pages and an index; a format that cannot hold several documents is an error.
    @Test func batchFormats() throws {
        let files = ["Fixtures/nbs-gdp-2024.txt", "Fixtures/customs-2024-annual-planted.txt"]
        let text = try run(["check", "--format", "text"] + files)
        #expect(text.status == 1)
        let first = try #require(text.stdout.range(of: "Fixtures/nbs-gdp-2024.txt: "))
        let second = try #require(text.stdout.range(of: "Fixtures/customs-2024-annual-planted.txt: "))
        #expect(first.lowerBound < second.lowerBound)
        #expect(text.stdout.hasSuffix("2 documents, 104 claims, 2 inconsistent checks, 0 documents not read\n"))
        let sarif = try run(["check", "--format", "sarif"] + files)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1 && (runs[0]["artifacts"] as? [Any])?.count == 2)
        #expect((runs[0]["results"] as? [[String: Any]])?.contains { $0["level"] as? String == "error" } == true)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("suanshu-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let html = try run(["check", "--format", "html", "--output", folder] + files)
        #expect(html.status == 1 && html.stdout.isEmpty)
        let index = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
        for (number, file) in files.enumerated() {
            let page = String(format: "%05d-", number + 1) + file.split(separator: "/").last! + ".html"
            #expect(index.contains("href=\"\(page)\""))
            #expect(FileManager.default.fileExists(atPath: folder + "/" + page))
        }
        for (arguments, message) in [
            (["check", "--format", "json"] + files, "--format jsonl"),
            (["check", "--format", "html"] + files, "--output"),
            (["check", "--stream", "Fixtures"], "is a folder"),
            (["check", "--stream", "--format", "sarif", files[0]], "does not apply"),
            (["check", "--jobs", "-3", files[0]], "at least 1"),
        ] {
            let refused = try run(arguments)
            #expect(refused.status == 2 && refused.stdout.isEmpty, "\(arguments)")
            #expect(refused.stderr.contains(message), "\(arguments): \(refused.stderr)")
        }
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("suanshu-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: empty) }
        #expect(try run(["check", empty]).stderr.contains("warning: no files to check"))
    }

    /// The HTML page lists the diagnostics (bad bytes here), which its text cannot show.
    @Test func htmlShowsDiagnostics() throws {
        let page = try run(["check", "--format", "html", try temporaryFile(Array("出口增长5%。".utf8) + [0xFF] + Array("进口下降2%。".utf8))]).stdout
        #expect(page.contains("<details class=\"diagnostics\" open><summary>1 diagnostics</summary>"))
        #expect(page.contains("<b>invalid-utf8</b>"))
    }

    /// check exits 1 when a check is inconsistent, 0 when none is, 2 for usage or input errors.
    @Test func checkExitStatus() throws {
        let planted = try run(["check", "Fixtures/nea-energy-2024-planted.txt"])
        #expect(planted.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(planted.stdout.utf8)) as? [String: Any])
        let checks = try #require(json["checks"] as? [[String: Any]])
        #expect(checks.contains { $0["verdict"] as? String == "inconsistent" && $0["relation"] as? String == "growth" })
        let clean = try run(["check", "Fixtures/customs-2025-q1.txt"])
        #expect(clean.status == 0)
        #expect(clean.stdout.contains("\"verdict\": \"consistent\""))
        #expect(try run(["check", "/bin/ls"]).status == 2)
        #expect(try run(["check", "--format", "yaml", "Fixtures/customs-2025-q1.txt"]).status == 2)
        #expect(try run(["check", "/nonexistent.txt"]).status == 2)
        // extract never checks, so it never fails on figures.
        #expect(try run(["extract", "Fixtures/nea-energy-2024-planted.txt"]).status == 0)
    }

    /// A folder is read below every level, in path order, with hidden files and folders
    /// left out and symbolic links not followed; each document names its file as the folder
    /// was given (here relative to the working directory).
    @Test func folderWalk() throws {
        let name = "suanshu-walk-\(UUID().uuidString)"
        let folder = Self.packageRoot.appendingPathComponent(".build/\(name)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let release = Self.packageRoot.appendingPathComponent("Fixtures/nbs-gdp-2024.txt")
        for path in ["b.txt", "a/z.txt", "a/.hidden/x.txt", ".hidden.txt", "c/d/e.txt"] {
            let target = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: release, to: target)
        }
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("link.txt"), withDestinationURL: release)
        let result = try run(["check", "--fail-on", "never", ".build/\(name)/"])
        let sources = try result.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])["source"] as? String
        }
        #expect(sources == ["a/z.txt", "b.txt", "c/d/e.txt"].map { ".build/\(name)/\($0)" })
        #expect(result.status == 0)
    }

    /// A batch: one JSON line per document in the order given, the same whatever --jobs; a
    /// file that is not text is reported, skipped as an error document, and makes exit 2.
    @Test func batchOfFilesAndFolders() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("suanshu-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let names = ["customs-2025-q1", "nea-energy-2024-planted", "hk-trade-2024-12"]
        for (k, name) in names.enumerated() {
            try FileManager.default.copyItem(at: Self.packageRoot.appendingPathComponent("Fixtures/\(name).txt"),
                                             to: folder.appendingPathComponent("\(k)-\(name).txt"))
        }
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]).write(to: folder.appendingPathComponent("3-image.txt"))
        let one = try run(["check", "--jobs", "1", folder.path])
        let two = try run(["check", "--jobs", "2", folder.path])
        #expect(one.status == 2)
        #expect(one.stdout == two.stdout)
        let lines = one.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        let sources = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])["source"] as? String }
        #expect(sources.map { $0.map { URL(fileURLWithPath: $0).lastPathComponent } } == ["0-customs-2025-q1.txt", "1-nea-energy-2024-planted.txt", "2-hk-trade-2024-12.txt", "3-image.txt"])
        #expect(one.stderr.contains("3-image.txt: not text"))
        // The unread file's document claims no script: none was read.
        let unread = try #require(try JSONSerialization.jsonObject(with: Data(lines[3].utf8)) as? [String: Any])
        #expect(unread["script"] is NSNull)
        let read = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(read["script"] as? String == "Hans")
        #expect(one.stderr.contains("4 documents"))
        #expect(one.stderr.contains("1 document not read"))
        // Without the bad file: 1 for the planted error, 0 with --fail-on never.
        let good = [0, 1, 2].map { folder.appendingPathComponent("\($0)-\(names[$0]).txt").path }
        #expect(try run(["check"] + good).status == 1)
        #expect(try run(["check", "--fail-on", "never"] + good).status == 0)
    }

    /// Bad input in a document: a warning on standard error, a diagnostic in the output, and
    /// the rest of the document still read (the claim after it is there).
    @Test(arguments: [
        ("invalid UTF-8", Array("出口".utf8) + [0xFF, 0xFE] + Array("。".utf8), "invalid-utf8", "invalid UTF-8"),
        ("NUL bytes", Array("出口".utf8) + [0x00, 0x00] + Array("。".utf8), "control-characters", "NUL"),
        ("10^400", Array(("出口1" + String(repeating: "0", count: 400) + "元。").utf8), "number-too-large", "too large"),
        ("100,000 digits", Array((String(repeating: "7", count: 100_000) + "。").utf8), "number-too-large", "too large"),
    ].map { ($0.0, Bytes($0.1), $0.2, $0.3) } as [(String, Bytes, String, String)])
    func badInputIsReportedAndTheRestRead(_ what: String, _ input: Bytes, _ code: String, _ warning: String) throws {
        let bytes = input.bytes
        let path = try temporaryFile(bytes + Array("\n2025年，我国出口增长6.1%。".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try run(["check", "--format", "jsonl", path])
        #expect(result.status == 0, "\(what)")
        #expect(result.stderr.contains("warning:") && result.stderr.contains(warning), "\(what): \(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let codes = (document["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        #expect(codes.contains(code), "\(what): \(codes)")
        let claims = document["claims"] as? [[String: Any]] ?? []
        #expect(claims.contains { $0["text"] as? String == "6.1%" }, "\(what)")
    }

    /// A file deleted after the batch has started: it is reported and skipped, every other
    /// document is written, in order, and nothing already written is lost.
    @Test func fileDeletedMidBatch() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("suanshu-deleted-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let release = try Data(contentsOf: Self.packageRoot.appendingPathComponent("Fixtures/customs-2024-annual.txt"))
        let count = 120
        let paths = (0..<count).map { folder.appendingPathComponent(String(format: "%03d.txt", $0)).path }
        // The first input is a named pipe: the batch, once started, waits on it until the
        // last file is gone, whatever the speed of either process.
        #expect(mkfifo(paths[0], 0o600) == 0)
        for path in paths.dropFirst() { try release.write(to: URL(fileURLWithPath: path)) }
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["check", "--jobs", "1"] + paths
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Opening the pipe waits for the batch to open it: it is under way.
        let live = open(paths[0], O_WRONLY)
        #expect(live >= 0)
        try FileManager.default.removeItem(atPath: paths[count - 1])
        Self.write(release, to: live)
        close(live)
        let read = Self.readToEnd([output.fileHandleForReading.fileDescriptor, errors.fileHandleForReading.fileDescriptor])
        let received = read[0]
        let stderr = String(decoding: read[1], as: UTF8.self)
        process.waitUntilExit()
        let lines = String(decoding: received, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == count)
        #expect(process.terminationStatus == 2)
        #expect(stderr.contains("\(paths[count - 1])"))
        #expect(stderr.contains("1 document not read"))
        let documents = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(documents.map { $0["source"] as? String } == paths)
        #expect(documents.dropLast().allSatisfy { ($0["claims"] as? [Any])?.count ?? 0 > 10 })
        let last = try #require(documents.last?["diagnostics"] as? [[String: Any]])
        #expect(last.first?["severity"] as? String == "error")
    }

    /// A line longer than the warning's limit (4 MB, 1.33 million characters) with no line
    /// break, then one sentence: a warning on standard error and as a diagnostic with the
    /// line's span, the sentence after it still read, memory in proportion. (The benchmark
    /// times a 100 MB line.)
    @Test func overlongLineWithoutABreak() throws {
        let prose = Array("外贸运行总体平稳，结构持续优化，".utf8)
        var bytes: [UInt8] = []
        let size = 4_000_000
        #expect(size / 3 > 1_000_000)  // Analyzer.longestLine
        bytes.reserveCapacity(size + 100)
        while bytes.count + prose.count <= size { bytes += prose }
        // The line ends a sentence, so its break is one (a break after a comma would join it
        // to the next line, as a break inside a sentence is read).
        bytes += Array("。".utf8)
        let lineLength = bytes.count / 3  // characters: every one is three bytes
        bytes += Array("\n出口增长3.5%。".utf8)
        let path = try temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        bytes = []
        let (result, peak) = try measuredRun(["check", "--format", "jsonl", path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: a line of \(lineLength) characters has no line break"))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
        let long = try #require(diagnostics.first { $0["code"] as? String == "long-line" })
        #expect((long["span"] as? [String: Int]) == ["start": 0, "end": lineLength])
        let claims = try #require(document["claims"] as? [[String: Any]])
        #expect(claims.map { $0["text"] as? String } == ["3.5%"])
        #expect(peak < 600_000, "peak RSS: \(peak) KB")
    }

    /// --stream: events come out while the input is still open — a sentence as soon as it is
    /// complete, a check as soon as a later sentence completes its figures — then a summary.
    @Test func streamEmitsEventsBeforeTheInputEnds() throws {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["check", "--stream", "-"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let reader = output.fileHandleForReading

        func readLine(timeout seconds: Double) -> String? {
            var line = Data()
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                var byte: UInt8 = 0
                var poller = pollfd(fd: reader.fileDescriptor, events: Int16(POLLIN), revents: 0)
                guard poll(&poller, 1, 100) > 0 else { continue }
                let n = read(reader.fileDescriptor, &byte, 1)
                if n < 0 && errno == EINTR { continue }
                guard n == 1 else { return nil }
                if byte == 0x0A { return String(decoding: line, as: UTF8.self) }
                line.append(byte)
            }
            return nil
        }

        Self.write(Data("主持人：请介绍情况。\n发言人：2025年，我国外贸进出口45.47万亿元。".utf8), to: input.fileHandleForWriting.fileDescriptor)
        // (Generous waits: the other tests run beside this one on the same cores, and a line
        // that comes ends the wait at once; the end of the output ends the last one.)
        let first = try #require(readLine(timeout: 60), "no event while the input is open")
        #expect(first.contains("\"event\":\"sentence\""))
        var seen = [first]
        while let line = readLine(timeout: 2) { seen.append(line) }
        #expect(seen.contains { $0.contains("45.47万亿元") })
        #expect(!seen.contains { $0.contains("\"event\":\"check\"") })
        // The parts arrive later: the sum becomes decidable, still before the input ends.
        Self.write(Data("其中，出口26.99万亿元，进口18.48万亿元。\n".utf8), to: input.fileHandleForWriting.fileDescriptor)
        var check: String?
        while check == nil, let line = readLine(timeout: 60) { if line.contains("\"event\":\"check\"") { check = line } }
        let sum = try #require(check, "no check event before the input ended")
        #expect(sum.contains("\"relation\":\"sum\""))
        #expect(sum.contains("\"verdict\":\"consistent\""))
        try input.fileHandleForWriting.close()
        var rest: [String] = []
        while let line = readLine(timeout: 60) { rest.append(line) }
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(rest.last?.contains("\"event\":\"summary\"") == true)
    }

    /// --stream reads as whole mode does: the same decoding (GB18030, binary refused), and the
    /// same checks standing at the end, however the figures fall (a figure said 300 times
    /// with different values is no restatement in either).
    @Test func streamIsWholeMode() throws {
        func standing(_ output: String) -> (claims: Int, checks: Set<String>, inconsistent: Int) {
            var claims = 0
            var checks: [String: String] = [:]
            for line in output.split(separator: "\n") {
                guard let event = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
                switch event["event"] as? String {
                case "sentence": claims += (event["claims"] as? [Any])?.count ?? 0
                case "claim": claims += 1
                case "withdraw": claims -= 1
                case "check": checks[event["id"] as! String] = "\(event["relation"]!) \(event["claims"]!) \(event["verdict"]!)"
                case "retract": checks[event["check"] as! String] = nil
                default: break
                }
            }
            return (claims, Set(checks.values), checks.values.filter { $0.hasSuffix("inconsistent") }.count)
        }
        var lines = ""
        for i in 0..<300 { lines += "出口增长\(i % 100).\(i % 10)%\n" }
        let whole = try run(["check", "--format", "jsonl", "-"], stdin: Data(lines.utf8))
        let stream = try run(["check", "--stream", "-"], stdin: Data(lines.utf8))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(whole.stdout.utf8)) as? [String: Any])
        #expect(stream.status == whole.status)
        #expect(standing(stream.stdout).inconsistent == ((document["checks"] as? [[String: Any]]) ?? []).filter { $0["verdict"] as? String == "inconsistent" }.count)
        let gb = try run(["check", "--stream", "Fixtures/encodings/release-hans.gb18030.txt"])
        let gbWhole = try run(["check", "--format", "jsonl", "Fixtures/encodings/release-hans.gb18030.txt"])
        let gbDocument = try #require(try JSONSerialization.jsonObject(with: Data(gbWhole.stdout.utf8)) as? [String: Any])
        #expect(standing(gb.stdout).claims == (gbDocument["claims"] as? [Any])?.count)
        #expect(standing(gb.stdout).checks.count == (gbDocument["checks"] as? [Any])?.count)
        // For a person watching: a line per claim, per check, and the summary.
        let text = try run(["check", "--stream", "--format", "text", "Fixtures/nea-energy-2024-planted.txt"])
        #expect(text.status == 1)
        #expect(text.stdout.contains("\n✗ ") && text.stdout.contains(" growth inconsistent: ") && text.stdout.contains("  c1 "))
        #expect(text.stdout.hasSuffix("1 inconsistent\n") && !text.stdout.contains("{\""))
        let binary = try run(["check", "--stream", "-"], stdin: try Data(contentsOf: URL(fileURLWithPath: "/bin/ls")))
        #expect(binary.status == 2 && binary.stderr.contains("not text"))
    }

    /// --input jsonl: a document per record, in input order on any number of jobs, an error
    /// document (with its line) for a bad record and the rest read; as a filter, a record's
    /// document comes out before the input ends.
    @Test func recordsInJSONLines() throws {
        var input = ""
        for i in 0..<40 { input += "{\"id\":\"r\(i)\",\"text\":\"2025年，我国出口\(i + 10).5万亿元，增长\(i % 9).1%。\",\"agency\":\"x\"}\n" }
        input += "not json\n{\"id\":7,\"text\":\"出口增长5%。\"}\n{\"id\":\"no text\"}\n"
        for jobs in ["1", "3"] {
            let result = try run(["check", "--input", "jsonl", "--jobs", jobs, "-"], stdin: Data(input.utf8))
            let documents = try result.stdout.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
            #expect(documents.map { $0["source"] as? String } == (0..<40).map { "r\($0)" } + ["standard input:41", "standard input:42", "no text"])
            #expect(documents.prefix(40).allSatisfy { ($0["claims"] as? [Any])?.count == 2 })
            #expect(result.status == 2 && result.stderr.contains("standard input:41: not a JSON object"))
        }
        // A filter: the first record's document while the input is still open, and soon,
        // with more jobs than cores (when the workers held libdispatch's pool, the reader
        // started only as the pool grew, a thread a second: 15 s late with 16 jobs).
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["check", "--input", "jsonl", "--jobs", "16", "-"]
        let (stdin, stdout) = (Pipe(), Pipe())
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = Pipe()
        try process.run()
        Self.write(Data("{\"id\":\"first\",\"text\":\"出口增长5%。\"}\n".utf8), to: stdin.fileHandleForWriting.fileDescriptor)
        var poller = pollfd(fd: stdout.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0)
        #expect(poll(&poller, 1, 5_000) == 1, "no document while the input is open")
        try stdin.fileHandleForWriting.close()
        let rest = Self.readToEnd([stdout.fileHandleForReading.fileDescriptor])[0]
        process.waitUntilExit()
        #expect(String(decoding: rest, as: UTF8.self).contains("\"source\":\"first\""))
    }

    /// The text report puts the inconsistent check first with its sentences, and has no
    /// colour when piped.
    @Test func textReport() throws {
        let result = try run(["check", "--format", "text", "Fixtures/nea-energy-2024-planted.txt"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("1 inconsistent"))
        let lines = result.stdout.split(separator: "\n")
        // Places as line:column (28.1% is on line 15 of the fixture), every verdict listed,
        // and the claims no check reached counted.
        let first = try #require(lines.firstIndex { $0.hasPrefix("✗ growth") })
        #expect(lines[first] == "✗ growth  at 15:116")
        #expect(lines[first + 1].contains("│"))
        #expect(lines.contains("✓ 16 consistent") && lines.contains { $0.hasPrefix("    share at 15:165: ") })
        let alone = try #require(lines.firstIndex(of: "8 of 39 claims are in no check (no relation to another figure was found for them):"))
        // …and listed, a line each with its place, kind and text.
        #expect(lines[(alone + 1)...].prefix(8).allSatisfy { $0.hasPrefix("    ") && $0.contains(":") })
        #expect(result.stdout.contains("off by"))
        // Each check says how its figures were linked.
        #expect(lines[first...].contains { $0.contains("strong link: frame level-against-prior") })
        #expect(!result.stdout.contains("\u{1B}["))
        let sarif = try run(["check", "--format", "sarif", "Fixtures/nea-energy-2024-planted.txt"])
        #expect(sarif.stdout.contains("\"version\": \"2.1.0\""))
        #expect(sarif.stdout.contains("\"strength\": \"strong\""))
    }

    /// `--lang zh` writes the reports in Chinese, in the document's script, with messages made
    /// from the figures; tools' formats keep English and say so.
    @Test(arguments: [
        ("Fixtures/customs-2024-annual-planted.txt", "✗ 合计  位于 1:22", "文中为43.85万亿元；据24.33万亿元、12.99万亿元、5.53万亿元推算应为42.835万亿元–42.865万亿元，相差0.985万亿元"),
        ("Fixtures/hk-trade-2024-12.txt", "✓ 12 一致", "合計 位於 5:61: 文中為4,475億元；據4,129億元、346億元推算應為4474.0億元–4476.0億元"),
    ])
    func reportsInChinese(file: String, heading: String, message: String) throws {
        let text = try run(["check", "--format", "text", "--lang", "zh", file])
        #expect(text.stdout.contains(heading))
        #expect(text.stdout.contains(message))
        #expect(!text.stdout.contains(" consistent") && !text.stdout.contains("claims,"))
        let html = try run(["check", "--format", "html", "--lang", "zh", file])
        #expect(html.stdout.contains(message.split(separator: ": ").last.map(String.init) ?? message))
        let stream = try run(["check", "--stream", "--format", "text", "--lang", "zh", file])
        #expect(stream.stdout.contains(message.split(separator: ": ").last.map(String.init) ?? message))
        let json = try run(["check", "--lang", "zh", file])
        #expect(json.status == 2 && json.stderr.contains("--lang applies to --format text and html"))
    }

    /// The HTML page stands alone (no network), highlights every claim once, marks the
    /// figures of inconsistent checks, and links every check to figures that are there.
    @Test func htmlReportStructure() throws {
        let result = try run(["check", "--format", "html", "Fixtures/nea-energy-2024-planted.txt"])
        #expect(result.status == 1)
        let page = result.stdout
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<small class=\"link strong\">strong link: "))
        #expect(page.components(separatedBy: "<html").count == 2 && page.contains("</html>"))
        #expect(!page.contains("src=\"http") && !page.contains("href=\"http") && !page.contains("<link"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try run(["check", "Fixtures/nea-energy-2024-planted.txt"]).stdout.utf8)) as? [String: Any])
        let claims = try #require(json["claims"] as? [[String: Any]])
        let checks = try #require(json["checks"] as? [[String: Any]])
        // Every claim marked once in the text; the legend's marks name the kinds.
        let legend = try #require(page.range(of: "<p class=\"legend\">"))
        let legendEnd = try #require(page.range(of: "</p>", range: legend.upperBound..<page.endIndex))
        #expect(page[legend.upperBound..<legendEnd.lowerBound].contains("<mark class=\"growth\">growth</mark>"))
        #expect(page[legend.upperBound..<legendEnd.lowerBound].contains("<span class=\"check inconsistent\">"))
        #expect(page.components(separatedBy: "<mark id=").count - 1 == claims.count)
        for claim in claims {
            let id = try #require(claim["id"] as? String)
            #expect(page.components(separatedBy: "<mark id=\"\(id)\"").count == 2, "\(id)")
        }
        for check in checks {
            for id in try #require(check["claims"] as? [String]) { #expect(page.contains("href=\"#\(id)\"")) }
        }
        #expect(page.contains("class=\"check inconsistent\""))
        #expect(page.contains(" bad\""))
        // Without its marks and escapes, the text is the input itself.
        let input = try String(contentsOf: Self.packageRoot.appendingPathComponent("Fixtures/nea-energy-2024-planted.txt"), encoding: .utf8)
        let start = try #require(page.range(of: "<div class=\"text\">"))
        let end = try #require(page.range(of: "</div>\n</main>"))
        var shown = String(page[start.upperBound..<end.lowerBound])
        shown = shown.replacingOccurrences(of: "<mark[^>]*>", with: "", options: .regularExpression).replacingOccurrences(of: "</mark>", with: "")
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            shown = shown.replacingOccurrences(of: entity, with: character)
        }
        #expect(shown == input)
    }

    /// Output that cannot be written is an error, never exit 0: into a full disk, and into a
    /// pipe its reader closed while SIGPIPE is ignored (so write(2) fails with EPIPE).
    @Test(arguments: [
        ["check", "Fixtures/customs-2024-annual.txt"],
        ["check", "--format", "text", "Fixtures/customs-2024-annual.txt"],
        ["check", "--format", "jsonl", "Fixtures"],
        ["check", "--stream", "Fixtures/customs-2024-annual.txt"],
        ["extract", "Fixtures/customs-2024-annual.txt"],
        ["tokens", "Fixtures/customs-2024-annual.txt"],
        ["--help"],
    ])
    func failedWritesEndTheRun(_ arguments: [String]) throws {
        let quoted = ([Self.binary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        // The tool's status is echoed on the shell's standard error.
        let full = try run(["/bin/sh", "-c", "trap '' PIPE; \(quoted) >/dev/full; echo \"status $?\" >&2"], shell: true)
        // Standard output a pipe whose reader is closed before the tool starts: every write
        // fails with EPIPE (SIGPIPE ignored by the shell, and so by the tool it runs).
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        close(ends[0])
        let closed = try run(["/bin/sh", "-c", "trap '' PIPE; \(quoted); echo \"status $?\" >&2"], shell: true,
                             stdout: FileHandle(fileDescriptor: ends[1], closeOnDealloc: true))
        for (result, why) in [(full, "No space left"), (closed, "Broken pipe")] {
            #expect(result.stderr.contains("status 2"), "\(arguments) \(why): \(result.stderr)")
            #expect(result.stderr.contains("suanshu: cannot write to standard output") && result.stderr.contains(why), "\(arguments) \(why): \(result.stderr)")
        }
    }

    /// Escape sequences and bidi overrides in the text and in file names reach the terminal
    /// escaped, in every report meant for people.
    @Test func controlsAreShownEscaped() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("suanshu-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("a\u{1B}[2Jb\u{202E}.txt").path
        try Data("风电\u{1B}[2J\u{1B}[H\u{1B}[8m装机容量5.21亿千瓦，比上年的4.41亿千瓦增长28.1%\u{1B}[0m。\n".utf8).write(to: URL(fileURLWithPath: path))
        for arguments in [["check", "--format", "text", path], ["tokens", "--format", "text", path], ["quantities", "--format", "text", path], ["check", path, "/nonexistent/\u{1B}]0;x\u{07}"]] {
            let result = try run(arguments)
            // JSON (the batch's output) is for programs: only its messages are for people.
            for output in arguments.contains("--format") ? [result.stdout, result.stderr] : [result.stderr] {
                #expect(!output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E || $0.value == 0x07 }, "\(arguments)")
            }
            #expect((result.stdout + result.stderr).contains("\\e["), "\(arguments)")
        }
    }
}

/// Test input bytes, shown in the test log by their count: Swift Testing prints every
/// argument, and 100,000 bytes made a line of 400 KB.
struct Bytes: Sendable, CustomTestStringConvertible {
    let bytes: [UInt8]
    init(_ bytes: [UInt8]) { self.bytes = bytes }
    var testDescription: String { "(\(bytes.count) bytes)" }
}
