import Foundation
import JobGenKit

/// jobgen's config files, read once per run.
enum ConfigFiles {
    static var locations: ConfigLocations { ConfigLocations(environment: ProcessInfo.processInfo.environment) }

    static let loaded: Result<EffectiveConfig, ConfigProblems> = EffectiveConfig.load(locations)

    /// The layered settings, or every problem of the config files.
    static func current() throws(ConfigProblems) -> EffectiveConfig { try loaded.get() }
}
