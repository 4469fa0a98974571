import Foundation

/// The committed expected outputs under `Tests/JobGenKitTests/Golden/`, and the seed scripts.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Golden")

    static func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    /// The Alliance wiki's seed scripts, under the wiki's file names in `Tests/Fixtures/seed/`
    /// (one copy, shared with the validator tests, the CLI tests and scripts/bench-validate).
    static func seed(_ name: String) throws -> String {
        try String(
            contentsOf: repositoryRoot.appendingPathComponent("Tests/Fixtures/seed/\(name)"), encoding: .utf8)
    }
}
