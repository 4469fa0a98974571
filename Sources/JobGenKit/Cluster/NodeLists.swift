/// The host lists of a profile's node types, each read once: the resource fit asks of every
/// node a script names (`--nodelist`, `--exclude`) whether a type holds it, for each partition.
/// The validator keeps one per profile; `none` reads a list afresh for each question.
public struct NodeLists: Sendable {
    private let lookups: [String: HostList.Lookup]

    public init(_ cluster: ClusterResources) {
        var lookups: [String: HostList.Lookup] = [:]
        for type in cluster.nodeTypes where lookups[type.name] == nil {
            if let nodes = type.nodes { lookups[type.name] = HostList.Lookup(nodes) }
        }
        self.lookups = lookups
    }

    private init() { lookups = [:] }

    public static let none = NodeLists()

    /// Whether node `name` is in the list of `type` (false for a type that lists no nodes).
    func contains(_ type: ClusterResources.NodeType, _ name: String) -> Bool {
        guard let nodes = type.nodes else { return false }
        // A type changed since (or a second type of the same name) is read afresh.
        if let lookup = lookups[type.name], lookup.list == nodes { return lookup.contains(name) }
        return HostList.contains(nodes, name)
    }
}
