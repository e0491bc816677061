import ArgumentParser
import SuanshuCore

@main
struct Suanshu: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "suanshu",
        abstract: "Checks whether the figures in a Chinese press release add up.",
        discussion: """
        Reads official press releases and briefing transcripts (Simplified or Traditional \
        Chinese, UTF-8, GB18030, Big5 or UTF-16) from a file or standard input.

        Examples:
          suanshu check Fixtures/customs-2024-annual-planted.txt
          suanshu check --format text release.txt
          tail -f briefing.txt | suanshu check --stream
          suanshu check --jobs 4 releases/ > checks.jsonl
          suanshu tokens Fixtures/encodings/release-hant.utf8.txt

        Exit status: 0 success; 1 an inconsistent check; 2 usage or input error.
        """,
        version: "suanshu \(version)",
        subcommands: [CheckCommand.self, Extract.self, Quantities.self, Tokens.self]
    )

    /// Runs the command line; usage errors exit with status 2, as the output contract says.
    static func main() {
        holdAllocatorThresholds()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                // --help and --version: their text once, on standard output, checked like
                // every other write.
                let text = fullMessage(for: error)
                StandardOutput.write(text.hasSuffix("\n") ? text : text + "\n")
                terminate(0)
            }
            let message = fullMessage(for: error)
            if !message.isEmpty { StandardError.write(message) }
            terminate(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
