/// The cluster profiles jobgen carries (`Data/cluster-NAME.yaml`, embedded at build time).
public enum BuiltInClusters {
    /// Their names, sorted.
    public static let names: [String] = EmbeddedData.all.keys.filter { $0.hasPrefix("cluster-") }
        .map { String($0.dropFirst("cluster-".count)) }.sorted()

    /// The built-in profile of this name (any case), if any.
    public static func profile(named name: String) -> ClusterResources? {
        guard let text = text(named: name) else { return nil }
        return try? ClusterResources(yaml: text, file: file(named: name))
    }

    /// The YAML of the built-in profile of this name (any case), comments and all.
    public static func text(named name: String) -> String? {
        EmbeddedData.all["cluster-\(name.lowercased())"]
    }

    /// Where the built-in profile of this name comes from in jobgen's sources.
    public static func file(named name: String) -> String { "Data/cluster-\(name.lowercased()).yaml" }
}
