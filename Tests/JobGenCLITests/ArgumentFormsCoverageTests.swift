import Foundation
import Testing

/// The argv rewriter (SbatchArgumentForms) knows which long options take no value; one it did not
/// know would swallow the next argument. Every flag ArgumentParser defines for the commands taking
/// the kind commands' flags is checked: after it, `-n0` must still reach --ntasks.
@Suite("sbatch argument forms: every flag of the rewritten commands is known as one")
struct ArgumentFormsCoverageTests {
    static let commandPaths: [[String]] = [
        ["distributed"], ["whole-node"], ["gpu"], ["render", "job.yaml"], ["explain", "distributed"],
        ["explain", "whole-node"], ["explain", "gpu"], ["submit", "distributed"], ["submit", "whole-node"],
        ["submit", "gpu"], ["try", "distributed"], ["try", "whole-node"], ["try", "gpu"],
    ]

    /// The commands that take the typed sbatch options are these and no others (found in the
    /// whole command tree's `--experimental-dump-help`): a new one must be added to the rewriter's
    /// `SbatchArgumentForms.commandPaths`, which this list follows, or `-n4` would not reach it.
    @Test func everyCommandWithSbatchOptionsIsRewritten() throws {
        let dump = try JobGenProcess.run(["--experimental-dump-help"])
        let root = try #require(
            try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        func withAccount(_ command: [String: Any], _ path: [String]) -> [[String]] {
            let arguments = command["arguments"] as? [[String: Any]] ?? []
            let longs = arguments.flatMap {
                ($0["names"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
            }
            let own = longs.contains("account") ? [path] : []
            let subcommands = command["subcommands"] as? [[String: Any]] ?? []
            return own + subcommands.flatMap { withAccount($0, path + [$0["commandName"] as? String ?? "?"]) }
        }
        let found = withAccount(try #require(root["command"] as? [String: Any]), [])
        #expect(Set(found) == Set(Self.commandPaths.map { $0.filter { $0 != "job.yaml" } }))
    }

    /// The long flags (options without a value) of a command, from its `--experimental-dump-help`.
    static func flags(of path: [String]) throws -> [String] {
        let command = path.filter { $0 != "job.yaml" }
        let dump = try JobGenProcess.run(command + ["--experimental-dump-help"])
        #expect(dump.status == 0, "\(dump.stderr)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        let arguments = try #require((json["command"] as? [String: Any])?["arguments"] as? [[String: Any]])
        return arguments.compactMap { argument in
            guard argument["kind"] as? String == "flag",
                let names = argument["names"] as? [[String: Any]],
                let long = names.first(where: { $0["kind"] as? String == "long" })?["name"] as? String,
                !["help", "version", "print-schema"].contains(long)
            else { return nil }
            return "--" + long
        }
    }

    @Test(arguments: commandPaths)
    func noFlagSwallowsTheNextArgument(path: [String]) throws {
        let directory = try JobGenProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "kind: distributed\n".write(
            to: directory.appendingPathComponent("job.yaml"), atomically: true, encoding: .utf8)
        let flags = try Self.flags(of: path)
        #expect(flags.contains("--exclusive"))
        for flag in flags {
            let result = try JobGenProcess.run(path + [flag, "-n0"], in: directory)
            #expect(result.status == 64, "\(path) \(flag): \(result.stderr)")
            #expect(
                result.stderr.hasPrefix("jobgen: error: --ntasks '0'"), "\(path) \(flag): \(result.stderr)")
        }
    }
}
