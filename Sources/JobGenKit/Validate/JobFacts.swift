/// What a job asks, read once from a script for every rule that weighs it against a cluster:
/// its effective options, their shape, the request in words, and whether the cluster can run
/// it (JG701's verdict).
public struct JobFacts: Sendable {
    public let cluster: ClusterResources
    let options: [EffectiveOption]
    let shape: JobShape
    public let request: JobRequest
    /// The refusal sbatch would give; nil when some partition the job may use can run it.
    let fit: ResourceFit?

    /// `nodeLists`: the profile's host lists read once (the validator keeps them per profile).
    public init(_ script: BatchScript, on cluster: ClusterResources, nodeLists: NodeLists = .none) {
        self.cluster = cluster
        options = EffectiveOptions.of(script)
        shape = JobShape(options)
        request = JobRequest(shape: shape, options: options)
        fit = ResourceFit.check(shape, on: cluster, nodeLists: nodeLists)
    }
}
