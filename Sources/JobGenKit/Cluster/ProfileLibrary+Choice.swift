extension ProfileLibrary {
    /// The `cluster` a config file names, with where it says so.
    public struct ConfiguredCluster: Sendable, Equatable {
        /// A profile name, or a path (it has a '/') already made absolute.
        public let value: String
        public let file: String
        public let line: Int?

        public init(value: String, file: String, line: Int?) {
            self.value = value
            self.file = file
            self.line = line
        }
    }

    /// What named the profile a job is checked against.
    public enum ChoiceReason: Sendable, Equatable, CustomStringConvertible {
        case flag
        /// A spec file's `cluster:` key.
        case spec
        case jobgenCluster
        case config(file: String)
        case ccCluster
        /// The live cluster's `ClusterName` is the name of a user or site profile.
        case clusterName

        public var description: String {
            switch self {
            case .flag: "--cluster"
            case .spec: "the spec's cluster key"
            case .jobgenCluster: "JOBGEN_CLUSTER"
            case .config(let file): "cluster in \(file)"
            case .ccCluster: "$CC_CLUSTER"
            case .clusterName: "the ClusterName scontrol reports"
            }
        }
    }

    public struct Choice: Sendable, Equatable {
        public let entry: Entry
        public let reason: ChoiceReason
    }

    /// The profile a job is checked against, first of: `requested` (`--cluster`), `spec` (a spec
    /// file's `cluster:`), `JOBGEN_CLUSTER`,
    /// the config file's `cluster`, `$CC_CLUSTER` when a profile of that name exists, and the
    /// user or site profile named as the live cluster's `ClusterName`; nil when none is.
    ///
    /// The first three must find a profile (a named profile is never passed over for another).
    /// `clusterName` asks the cluster and is called only when no earlier one names a profile and
    /// some user or site profile exists, so a machine without profiles never runs scontrol.
    public func choice(
        requested: String?, spec: String? = nil, configured: ConfiguredCluster? = nil,
        clusterName: () -> String? = { nil }
    ) throws(ClusterFileError) -> Choice? {
        if let requested { return Choice(entry: try locate(requested), reason: .flag) }
        if let spec { return Choice(entry: try locate(spec), reason: .spec) }
        if let namedInEnvironment {
            return Choice(entry: try locate(namedInEnvironment), reason: .jobgenCluster)
        }
        if let configured {
            return Choice(entry: try locate(configured), reason: .config(file: configured.file))
        }
        if let alliancesCluster, let entry = find(alliancesCluster) {
            return Choice(entry: entry, reason: .ccCluster)
        }
        guard hasOwnProfiles, let name = clusterName(), let entry = find(name), entry.origin != .builtIn else {
            return nil
        }
        return Choice(entry: entry, reason: .clusterName)
    }

    /// The profile `choice` names, read and checked.
    public func selected(
        _ requested: String?, spec: String? = nil, configured: ConfiguredCluster? = nil,
        clusterName: () -> String? = { nil }
    ) throws(ClusterFileError) -> ClusterResources? {
        guard
            let choice = try choice(
                requested: requested, spec: spec, configured: configured, clusterName: clusterName)
        else { return nil }
        return try load(choice.entry)
    }

    /// A config file's profile: a path is a file, a name a profile (never a file of that name in
    /// the working directory, which would make the config mean different things in each).
    private func locate(_ configured: ConfiguredCluster) throws(ClusterFileError) -> Entry {
        if configured.value.contains("/") {
            if Self.isFile(configured.value) {
                return Entry(name: configured.value, origin: .file, file: configured.value)
            }
        } else if let entry = find(configured.value) {
            return entry
        }
        throw ClusterFileError(
            file: configured.file, line: configured.line, key: ProfileKeyPath([.key("cluster")]),
            reason: "'\(configured.value)': \(notFound)")
    }

    /// Whether the user's directory or a `JOBGEN_CLUSTER_PATH` directory holds a profile.
    var hasOwnProfiles: Bool {
        entries().contains { $0.origin != .builtIn }
    }
}
