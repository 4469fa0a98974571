import Foundation

/// Where jobgen's own files are: the user's directory (`$XDG_CONFIG_HOME/jobgen`, default
/// `~/.config/jobgen`) and the two config files.
public struct ConfigLocations: Sendable, Equatable {
    public let home: String
    /// `$XDG_CONFIG_HOME/jobgen`: config.yaml and clusters/.
    public let userDirectory: String
    public var userFile: String { "\(userDirectory)/config.yaml" }
    /// `JOBGEN_CONFIG`, else `/etc/jobgen/config.yaml`.
    public let siteFile: String
    /// Whether `JOBGEN_CONFIG` names the site file, which then must exist.
    public let siteFileIsNamed: Bool

    public static let defaultSiteFile = "/etc/jobgen/config.yaml"

    public init(environment: [String: String]) {
        home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        // The XDG spec ignores a relative XDG_CONFIG_HOME.
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "\(home)/.config"
        userDirectory = "\(config)/jobgen"
        let named = environment["JOBGEN_CONFIG"].flatMap { $0.isEmpty ? nil : $0 }
        siteFile = named ?? Self.defaultSiteFile
        siteFileIsNamed = named != nil
    }
}
