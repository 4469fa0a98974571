import ArgumentParser
import Foundation
import JobGenKit

/// `jobgen cluster schema`: the profiles' JSON Schema; docs/cluster-profile.schema.json is this
/// output (a test keeps it current).
struct ClusterSchema: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of cluster profiles (docs/cluster-profile.schema.json).",
        discussion: """
            Point your editor's YAML language server at it to complete and check profiles as you edit them.

            Example:
              jobgen cluster schema > cluster-profile.schema.json
            """)

    func run() {
        FileHandle.standardOutput.write(Data(ClusterProfileSchema.json().utf8))
    }
}
