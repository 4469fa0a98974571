/// A rule whose verdict rests on the cluster a job is for (`--cluster`): silent without one,
/// unless it says what it assumes instead. The validator gives each its cluster.
public protocol ClusterRule: Rule {
    var cluster: ClusterResources? { get }
    init(cluster: ClusterResources?)
    /// The findings, given the job's facts on the rule's cluster (nil without one). The validator
    /// reads the facts once for all of these rules.
    func check(_ script: BatchScript, facts: JobFacts?) -> [Diagnostic]
}

extension ClusterRule {
    public var asClusterRule: (any ClusterRule)? { self }

    public func check(_ script: BatchScript) -> [Diagnostic] {
        check(script, facts: cluster.map { JobFacts(script, on: $0) })
    }
}

extension BatchScript {
    /// The first of `names` the script gives (to report a finding at).
    func firstGiven(_ names: [String]) -> String? {
        names.first { name in options.contains { $0.option.name == name } }
    }

    /// Where the option that counts (the last use of `name`) is given; line 1 when it is not.
    func position(ofOption name: String?) -> SourcePosition {
        name.flatMap { name in options.last { $0.option.name == name }?.position }
            ?? SourcePosition(line: 1, column: 1)
    }

}
