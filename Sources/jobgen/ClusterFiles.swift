import Foundation
import JobGenKit

/// Cluster profiles named on the command line.
enum ClusterFiles {
    /// The profile in the YAML file at `path`.
    static func load(_ path: String) throws(ClusterFileError) -> ClusterResources {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ClusterFileError(
                file: path, reason: "no such file, or not readable (a profile from 'jobgen cluster import')")
        }
        return try ClusterResources(yaml: String(decoding: data, as: UTF8.self), file: path)
    }
}
