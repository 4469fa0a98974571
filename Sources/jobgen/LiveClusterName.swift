import JobGenKit

/// The `ClusterName` of the cluster this machine's `scontrol` talks to.
enum LiveClusterName {
    /// `scontrol show config`'s ClusterName; nil without scontrol, or when it fails or takes more
    /// than two seconds (a controller that does not answer).
    static func ask() -> String? {
        guard let scontrol = SbatchSubmission.executable(named: "scontrol"),
            let config = TimedProcess.output(of: scontrol, ["show", "config"], seconds: 2)
        else { return nil }
        return ScontrolImport.clusterName(config: config)
    }
}
