import Foundation

/// Where cluster profiles are found by name, first match first: the user's directory
/// (`$XDG_CONFIG_HOME/jobgen/clusters`, default `~/.config/jobgen/clusters`), then each
/// directory of `JOBGEN_CLUSTER_PATH` (colon-separated, as PATH), then the built-ins. A profile
/// named NAME is the file NAME.yaml there.
public struct ProfileLibrary: Sendable {
    public enum Origin: Sendable, Equatable {
        case userDirectory
        case searchPath
        case builtIn
        /// A file named by its path.
        case file
    }

    /// One profile the library holds, not yet read.
    public struct Entry: Sendable, Equatable {
        public let name: String
        public let origin: Origin
        /// The profile's file; for a built-in, where it is in jobgen's sources.
        public let file: String

        /// Where the profile comes from, as `jobgen cluster list` says it.
        public var place: String {
            switch origin {
            case .builtIn: "built-in"
            case .userDirectory, .searchPath, .file: file
            }
        }
    }

    public let userDirectory: String
    public let searchPath: [String]
    /// `JOBGEN_CLUSTER` and `CC_CLUSTER`, read by `choice(requested:configured:clusterName:)`.
    let namedInEnvironment: String?
    let alliancesCluster: String?

    public init(environment: [String: String]) {
        userDirectory = "\(ConfigLocations(environment: environment).userDirectory)/clusters"
        var searchPath: [String] = []
        for directory in (environment["JOBGEN_CLUSTER_PATH"] ?? "").split(ascii: ":").map(String.init)
        where directory != userDirectory && !searchPath.contains(directory) {
            searchPath.append(directory)
        }
        self.searchPath = searchPath
        namedInEnvironment = environment["JOBGEN_CLUSTER"].flatMap { $0.isEmpty ? nil : $0 }
        alliancesCluster = environment["CC_CLUSTER"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The directories searched, in order.
    public var directories: [(path: String, origin: Origin)] {
        [(userDirectory, .userDirectory)] + searchPath.map { ($0, .searchPath) }
    }

    /// Whether `name` can name a profile: letters, digits, '.', '_' and '-', not starting with '.'.
    public static func isProfileName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".")
            && name.unicodeScalars.allSatisfy {
                $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0))
            }
    }

    public static let profileNameAccepted =
        "letters, digits, '.', '_' and '-', not starting with '.' (such as lab or my-cluster)"

    /// Every profile, in search order; a later one of a name found earlier is shadowed.
    public func entries() -> [Entry] {
        var found: [Entry] = []
        for (directory, origin) in directories {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            for file in names.sorted() where file.hasSuffix(".yaml") {
                let name = String(file.dropLast(".yaml".count))
                let path = "\(directory)/\(file)"
                if Self.isProfileName(name), Self.isFile(path) {
                    found.append(Entry(name: name, origin: origin, file: path))
                }
            }
        }
        return found
            + BuiltInClusters.names.map {
                Entry(name: $0, origin: .builtIn, file: BuiltInClusters.file(named: $0))
            }
    }

    /// The profile a name finds: the first in search order.
    public func find(_ name: String) -> Entry? {
        guard Self.isProfileName(name) else { return nil }
        for (directory, origin) in directories where Self.isFile("\(directory)/\(name).yaml") {
            return Entry(name: name, origin: origin, file: "\(directory)/\(name).yaml")
        }
        guard BuiltInClusters.text(named: name) != nil else { return nil }
        return Entry(name: name.lowercased(), origin: .builtIn, file: BuiltInClusters.file(named: name))
    }

    /// The profile found first under this entry's name when it is not this entry.
    public func shadowing(_ entry: Entry) -> Entry? {
        guard let first = find(entry.name), first != entry else { return nil }
        return first
    }

    /// The profile `nameOrFile` stands for: an existing file, else a profile name.
    public func locate(_ nameOrFile: String) throws(ClusterFileError) -> Entry {
        if Self.isFile(nameOrFile) {
            return Entry(name: nameOrFile, origin: .file, file: nameOrFile)
        }
        if let entry = find(nameOrFile) { return entry }
        throw ClusterFileError(file: nameOrFile, reason: notFound)
    }

    /// Why a name finds no profile, and where it was looked for.
    var notFound: String {
        let places = directories.map {
            $0.origin == .searchPath ? "\($0.path) (JOBGEN_CLUSTER_PATH)" : $0.path
        }
        return
            "no such file, and no profile of that name in \(places.joined(separator: ", ")) or the built-ins (\(BuiltInClusters.names.joined(separator: ", "))); 'jobgen cluster list' shows the profiles, and 'jobgen cluster import --write' makes one"
    }

    /// The profile's YAML as written.
    public func text(of entry: Entry) throws(ClusterFileError) -> String {
        if entry.origin == .builtIn, let text = BuiltInClusters.text(named: entry.name) { return text }
        guard let data = FileManager.default.contents(atPath: entry.file) else {
            throw ClusterFileError(file: entry.file, reason: "cannot be read")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The profile, read and checked.
    public func load(_ entry: Entry) throws(ClusterFileError) -> ClusterResources {
        try ClusterResources(yaml: text(of: entry), file: entry.file)
    }

    /// Who names the profile a job is made for and checked against, in the order they are asked.
    public enum Naming: Sendable, Equatable {
        /// `--cluster`.
        case flag
        /// A spec file's `cluster:` key.
        case spec
        /// `JOBGEN_CLUSTER`.
        case environment
        /// `$CC_CLUSTER`, set on the Alliance's clusters: used only when a profile of its name exists.
        case alliance

        /// How an error message names where the profile's name came from.
        public var source: String {
            switch self {
            case .flag: "--cluster"
            case .spec: "the spec's cluster key"
            case .environment: "JOBGEN_CLUSTER"
            case .alliance: "CC_CLUSTER"
            }
        }
    }

    /// The name (or file) of the profile to use and who named it: `requested` (`--cluster`),
    /// else `spec` (a spec file's `cluster:`), else `JOBGEN_CLUSTER`, else `$CC_CLUSTER`; nil
    /// when none names one. (For messages about a name; `choice` makes the choice.)
    public func naming(_ requested: String?, spec: String? = nil) -> (name: String, by: Naming)? {
        if let requested { return (requested, .flag) }
        if let spec { return (spec, .spec) }
        if let namedInEnvironment { return (namedInEnvironment, .environment) }
        return alliancesCluster.map { ($0, .alliance) }
    }

    static func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            && !isDirectory.boolValue
    }
}
