import Foundation
import JobGenKit

/// Cluster profiles named on the command line or in the environment.
enum ClusterFiles {
    /// The profile `--cluster` names, else `JOBGEN_CLUSTER`, else `$CC_CLUSTER` (set on the
    /// Alliance's clusters) when jobgen has a profile of that name; nil when none is named.
    static func resolve(_ requested: String?) throws(ClusterFileError) -> ClusterResources? {
        let environment = ProcessInfo.processInfo.environment
        if let named = requested ?? environment["JOBGEN_CLUSTER"].flatMap({ $0.isEmpty ? nil : $0 }) {
            return try load(named)
        }
        return environment["CC_CLUSTER"].flatMap(BuiltInClusters.profile(named:))
    }

    /// A profile file (YAML, from `jobgen cluster import`) or a built-in profile's name.
    static func load(_ nameOrPath: String) throws(ClusterFileError) -> ClusterResources {
        if let data = FileManager.default.contents(atPath: nameOrPath) {
            return try ClusterResources(yaml: String(decoding: data, as: UTF8.self), file: nameOrPath)
        }
        if let builtIn = BuiltInClusters.profile(named: nameOrPath) { return builtIn }
        throw ClusterFileError(
            file: nameOrPath,
            reason:
                "no such file, and no built-in profile of that name (built-in: \(BuiltInClusters.names.joined(separator: ", "))); a file comes from 'jobgen cluster import'"
        )
    }
}
