import Foundation
import JobGenKit

/// Cluster profiles named on the command line, in the environment or in the config file, found
/// where `ProfileLibrary` looks.
enum ClusterFiles {
    static var library: ProfileLibrary { ProfileLibrary(environment: ProcessInfo.processInfo.environment) }

    /// The profile `--cluster` names, else `JOBGEN_CLUSTER`, else the config's `cluster`, else
    /// `$CC_CLUSTER` when a profile of that name exists, else the user or site profile named as
    /// the live cluster's ClusterName; nil when none is. A broken config file is refused with
    /// its first problem.
    static func choice(_ requested: String?, spec: String? = nil) throws(ClusterFileError) -> ProfileLibrary.Choice? {
        let config: EffectiveConfig
        do { config = try ConfigFiles.current() } catch {
            throw error.problems.first ?? ClusterFileError(file: "config", reason: "unreadable")
        }
        return try library.choice(
            requested: requested, spec: spec, configured: config.cluster, clusterName: LiveClusterName.ask)
    }

    static func resolve(_ requested: String?) throws(ClusterFileError) -> ClusterResources? {
        guard let choice = try choice(requested) else { return nil }
        return try library.load(choice.entry)
    }
}
