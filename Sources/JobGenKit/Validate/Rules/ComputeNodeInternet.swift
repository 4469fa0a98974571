/// The premise of the rules about downloads on compute nodes (JG603, JG604): what the profile
/// says of the compute nodes' internet, or that it is assumed.
enum ComputeNodeInternet {
    /// Whether the rules speak: not where the profile says compute nodes reach the internet.
    static func applies(on cluster: ClusterResources?) -> Bool {
        cluster?.policies?.internetOnComputeNodes != true
    }

    /// "which compute nodes of cluster narval cannot", or the assumption named.
    static func premise(on cluster: ClusterResources?, _ verb: String) -> String {
        if let cluster, cluster.policies?.internetOnComputeNodes == false {
            return "which compute nodes of cluster \(cluster.name) \(verb) (no internet there)"
        }
        return "which compute nodes usually \(verb) (an assumption: name the cluster with --cluster to check it)"
    }
}
