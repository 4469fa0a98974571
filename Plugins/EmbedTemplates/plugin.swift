import Foundation
import PackagePlugin

/// Embeds the package's `Templates/*.mustache` and `Data/*.tsv` into the target as generated Swift
/// source, so a built binary needs no template or data files beside it.
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        [
            try embed("Templates", suffixes: [".mustache"], as: "EmbeddedTemplates", context: context),
            try embed("Data", suffixes: [".tsv", ".yaml"], as: "EmbeddedData", context: context),
        ]
    }

    /// One build command writing `enumName.swift` from the package folder's files ending in one
    /// of `suffixes`.
    private func embed(_ folder: String, suffixes: [String], as enumName: String, context: PluginContext)
        throws
        -> Command
    {
        let directory = context.package.directoryURL.appending(path: folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { name in suffixes.contains { name.hasSuffix($0) } }
            .sorted()
        let inputs = names.map { directory.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "\(enumName).swift")
        return .buildCommand(
            displayName: "Embedding \(inputs.count) \(folder) files into \(context.package.displayName)",
            executable: try context.tool(named: "embed-templates").url,
            arguments: [output.path, enumName, folder] + inputs.map(\.path),
            inputFiles: inputs,
            outputFiles: [output]
        )
    }
}
