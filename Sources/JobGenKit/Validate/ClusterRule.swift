/// A rule whose verdict rests on the cluster a job is for (`--cluster`): silent without one,
/// unless it says what it assumes instead. The validator gives each its cluster.
public protocol ClusterRule: Rule {
    var cluster: ClusterResources? { get }
    init(cluster: ClusterResources?)
}

extension BatchScript {
    /// Where the option that counts (the last use of `name`) is given; line 1 when it is not.
    func position(ofOption name: String?) -> SourcePosition {
        name.flatMap { name in options.last { $0.option.name == name }?.position }
            ?? SourcePosition(line: 1, column: 1)
    }

    /// The job's request as its effective options make it.
    var request: JobRequest { JobRequest(EffectiveOptions.of(self)) }
}
