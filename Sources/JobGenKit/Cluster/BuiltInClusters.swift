/// The cluster profiles jobgen carries (`Data/cluster-NAME.yaml`, embedded at build time).
public enum BuiltInClusters {
    /// Their names, sorted.
    public static let names: [String] = EmbeddedData.all.keys.filter { $0.hasPrefix("cluster-") }
        .map { String($0.dropFirst("cluster-".count)) }.sorted()

    /// The built-in profile of this name (any case), if any.
    public static func profile(named name: String) -> ClusterResources? {
        guard let text = EmbeddedData.all["cluster-\(name.lowercased())"] else { return nil }
        return try? ClusterResources(yaml: text, file: "Data/cluster-\(name.lowercased()).yaml")
    }
}
