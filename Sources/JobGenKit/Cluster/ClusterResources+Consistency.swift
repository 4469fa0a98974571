extension ClusterResources {
    /// What a profile says that cannot all be true (names it uses that it never defines, names
    /// defined twice, two default partitions, a node list that cannot be read or that disagrees
    /// with its count, a default jobgen cannot write), each with where it is; those the YAML's shape rules out are `ProfileShape`'s.
    public func inconsistencies() -> [(
        key: ProfileKeyPath, reason: String, problem: ClusterFileError.Problem
    )] {
        var found: [(key: ProfileKeyPath, reason: String, problem: ClusterFileError.Problem)] = []
        let types = ProfileKeyPath([.key("nodeTypes")])
        for (index, type) in nodeTypes.enumerated() {
            if let first = nodeTypes.firstIndex(where: { $0.name == type.name }), first < index {
                found.append(
                    (
                        types.appending(index).appending("name"),
                        "node type '\(type.name)' is already defined at nodeTypes[\(first)]; names are unique",
                        .duplicateNodeType
                    ))
            }
            guard let nodes = type.nodes else { continue }
            let key = types.appending(index).appending("nodes")
            if let problem = HostList.problem(in: nodes) {
                found.append(
                    (
                        key, "'\(nodes)' is not a Slurm host list: \(problem); example: n[001-004,007],gpu1",
                        .badHostList
                    ))
                continue
            }
            let named = HostList.count(nodes)
            if named != type.count {
                found.append(
                    (
                        key, "'\(nodes)' names \(named) nodes but count is \(type.count); make them agree",
                        .countMismatch
                    ))
            }
        }
        var known: [String] = []
        for type in nodeTypes where !known.contains(type.name) { known.append(type.name) }
        let parts = ProfileKeyPath([.key("partitions")])
        var firstDefault: Partition?
        for (index, partition) in partitions.enumerated() {
            if let first = partitions.firstIndex(where: { $0.name == partition.name }), first < index {
                found.append(
                    (
                        parts.appending(index).appending("name"),
                        "partition '\(partition.name)' is already defined at partitions[\(first)]; names are unique",
                        .duplicatePartition
                    ))
            }
            for (position, name) in partition.nodeTypes.enumerated() where !known.contains(name) {
                found.append(
                    (
                        parts.appending(index).appending("nodeTypes").appending(position),
                        "unknown node type '\(name)'; the profile's node types are \(known.isEmpty ? "none" : known.joined(separator: ", "))",
                        .unknownNodeType
                    ))
            }
            guard partition.isDefault else { continue }
            if let firstDefault {
                found.append(
                    (
                        parts.appending(index).appending("default"),
                        "partition '\(partition.name)' is a second default partition after '\(firstDefault.name)'; at most one has default: true",
                        .severalDefaults
                    ))
            } else {
                firstDefault = partition
            }
        }
        if let name = policies?.tryPartition, !partitions.contains(where: { $0.name == name }) {
            found.append(
                (
                    ProfileKeyPath([.key("policies"), .key("tryPartition")]),
                    "unknown partition '\(name)'; the profile's partitions are \(partitions.map(\.name).joined(separator: ", "))",
                    .badValue
                ))
        }
        // Each kind's defaults are built as a job would use them, so what passes here renders.
        for kind in JobKind.allCases where defaults != nil {
            do { _ = try ClusterProfile.defaults(of: kind, overlaidBy: defaults) } catch {
                found.append((error.key, error.problem, .badDefault))
            }
        }
        return found
    }
}
