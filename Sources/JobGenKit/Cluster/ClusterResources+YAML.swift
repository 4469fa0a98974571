import Yams

extension ClusterResources {
    /// A cluster profile read from YAML (what `jobgen cluster import` writes), refused with its
    /// first problem (the one on the earliest line) when `ProfileCheck` finds any.
    public init(yaml text: String, file: String) throws(ClusterFileError) {
        let checked = ProfileCheck.read(yaml: text, file: file)
        guard let profile = checked.profile, checked.problems.isEmpty else {
            throw checked.problems.first ?? ClusterFileError(file: file, reason: "not a profile")
        }
        self = profile
    }

    /// The profile as YAML, keys in a stable order.
    public func yaml() throws -> String {
        let encoder = YAMLEncoder()
        encoder.options.sortKeys = false
        return try encoder.encode(self)
    }
}

/// A cluster profile file that cannot be used, with what is wrong where.
public struct ClusterFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kinds of problem `jobgen cluster check` names, each shown in brackets after its message.
    public enum Problem: String, Sendable {
        case notYAML = "not-yaml"
        case wrongType = "wrong-type"
        case missingKey = "missing-key"
        case unknownKey = "unknown-key"
        case notPositive = "not-positive"
        case negative
        case duplicateNodeType = "duplicate-node-type"
        case duplicatePartition = "duplicate-partition"
        case unknownNodeType = "unknown-node-type"
        case severalDefaults = "several-defaults"
        case badHostList = "bad-host-list"
        case countMismatch = "count-mismatch"
        case badDefault = "bad-default"
        /// A config file's value that is the right type but not one jobgen accepts.
        case badValue = "bad-value"
    }

    public let file: String
    /// The line of the value (1 is the first), where known.
    public let line: Int?
    /// Where the value is in the profile (`partitions[1].nodeTypes[0]`), where one is to blame.
    public let key: ProfileKeyPath?
    public let reason: String
    public let problem: Problem?

    public var description: String {
        let place = file + (line.map { ":\($0)" } ?? "")
        let named = problem.map { " [\($0.rawValue)]" } ?? ""
        return "\(place): \(key.map { "\($0): " } ?? "")\(reason)\(named)"
    }

    public init(
        file: String, line: Int? = nil, key: ProfileKeyPath? = nil, reason: String, problem: Problem? = nil
    ) {
        self.file = file
        self.line = line
        self.key = key
        self.reason = reason
        self.problem = problem
    }
}
