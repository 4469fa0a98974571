import Foundation
import JobGenKit

/// Cluster profiles named on the command line or in the environment, found where
/// `ProfileLibrary` looks.
enum ClusterFiles {
    static var library: ProfileLibrary { ProfileLibrary(environment: ProcessInfo.processInfo.environment) }

    /// The profile `--cluster` names, else `JOBGEN_CLUSTER`, else `$CC_CLUSTER` when a profile of
    /// that name exists; nil when none is named.
    static func resolve(_ requested: String?) throws(ClusterFileError) -> ClusterResources? {
        try library.selected(requested)
    }
}
