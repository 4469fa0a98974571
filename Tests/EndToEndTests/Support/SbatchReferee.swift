import Foundation
import JobGenKit

/// The local cluster's real `sbatch --test-only`, the referee of the differential tests: it asks
/// the controller about a script without running anything.
enum SbatchReferee {
    /// What sbatch made of a script.
    enum Verdict: Equatable {
        case accepted
        /// sbatch (or the controller) found the request invalid.
        case invalid(String)
        /// A resource or policy refusal of this cluster ("Requested node configuration is not
        /// available"): the request is well formed, so it is out of scope.
        case refused(String)
    }

    /// Controller answers that judge the cluster, not the request's grammar (compared
    /// ignoring case).
    static let resourceRefusals = [
        "requested node configuration is not available", "more processors requested than permitted",
        "invalid feature specification", "requested reservation is invalid", "invalid license specification",
        "invalid account", "invalid qos", "invalid partition", "memory required by task is not available",
        "requested time limit is invalid", "node count specification invalid",
    ]

    /// Whether sbatch's answer is one of `resourceRefusals`.
    static func isResourceRefusal(_ said: String) -> Bool {
        let lowered = said.lowercased()
        return resourceRefusals.contains { lowered.contains($0) }
    }

    /// The Slurm release of the local cluster's sbatch (`sbatch --version`).
    static func release() throws -> SlurmVersion {
        let version = try Command.run(
            "sbatch", ["--version"], input: "", environment: LocalCluster.environment, timeout: .seconds(30))
        let text = version.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let release = SlurmVersion(text) else { throw RefereeError(said: text) }
        return release
    }

    struct RefereeError: Error, CustomStringConvertible {
        let said: String
        var description: String { "sbatch --version printed '\(said)', not a Slurm release" }
    }

    /// `sbatch --test-only` on `script`, as the command's raw result.
    static func testOnly(_ script: String) throws -> CommandResult {
        try Command.run(
            "sbatch", ["--test-only"], input: script, environment: LocalCluster.environment,
            timeout: .seconds(60))
    }

    /// `sbatch --test-only` on `script`, classified.
    static func verdict(of script: String) throws -> Verdict {
        let result = try testOnly(script)
        if result.status == 0 { return .accepted }
        let said = (result.stderr + result.stdout).trimmingCharacters(in: .whitespacesAndNewlines)
        return isResourceRefusal(said) ? .refused(said) : .invalid(said)
    }
}
