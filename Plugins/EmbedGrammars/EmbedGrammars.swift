import Foundation
import PackagePlugin

/// Embeds the package's Grammars/ folder into the target as Swift source, so the built
/// binary carries the rules and lexicons it was built with and runs without the tree.
@main
struct EmbedGrammars: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let grammars = context.package.directoryURL.appending(path: "Grammars")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedGrammars.swift")
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: grammars, includingPropertiesForKeys: nil) {
            for case let url as URL in walker where !url.hasDirectoryPath {
                inputs.append(url)
            }
        }
        return [
            .buildCommand(
                displayName: "Embedding Grammars/ (\(inputs.count) files)",
                executable: try context.tool(named: "embed-grammars").url,
                arguments: [grammars.path, output.path],
                inputFiles: inputs.sorted { $0.path < $1.path },
                outputFiles: [output]
            )
        ]
    }
}
