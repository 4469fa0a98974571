import Foundation

/// The built `jobgen` and `jobgen-mpi` executables, run as a user would.
enum JobGenBinary {
    /// Where SwiftPM put the executables: `JOBGEN_BIN_DIR` (set by `scripts/test` from
    /// `swift build --show-bin-path`), else `<repo>/.build/debug`.
    static let directory: URL = {
        if let dir = ProcessInfo.processInfo.environment["JOBGEN_BIN_DIR"], !dir.isEmpty {
            return URL(fileURLWithPath: dir)
        }
        return LocalCluster.repositoryRoot.appendingPathComponent(".build/debug")
    }()

    static var jobgen: String { directory.appendingPathComponent("jobgen").path }
    static var jobgenMPI: String { directory.appendingPathComponent("jobgen-mpi").path }

    /// Runs `jobgen <kind> <flags>` and returns the script it printed; throws with jobgen's
    /// stderr when it refuses.
    static func render(_ kind: String, _ flags: [String]) throws -> String {
        let result = try Command.run(jobgen, [kind] + flags, timeout: .seconds(30))
        guard result.status == 0, !result.stdout.isEmpty else {
            throw CommandError(description: "jobgen did not render a script:\n\(result.report)")
        }
        return result.stdout
    }
}
