/// `jobgen explain`: what a script asks of a cluster, which of its node types and partitions can
/// run it (or what sbatch would say refusing it), and what it costs at its time limit.
public struct JobExplanation: Sendable {
    /// The script's name, as given.
    public let file: String
    /// The Slurm release the script was read for.
    public let release: SlurmVersion
    public let request: JobRequest
    /// Errors sbatch stops on in the script itself (`jobgen validate` lists them).
    public let scriptErrors: [Diagnostic]
    /// The profile the request is weighed against; nil when none is named.
    public let cluster: ClusterResources?
    /// Each node type of the profile, and what one node of it lacks for one node of the job.
    public let nodeTypes: [NodeTypeVerdict]
    /// The partitions of the profile that can run the job.
    public let partitions: [String]
    /// What sbatch would refuse the job with; nil where it fits or no cluster is named.
    public let refusal: ResourceFit?
    /// Nil when no cluster is named.
    public let charge: ChargeEstimate?

    public struct NodeTypeVerdict: Sendable {
        public let nodeType: ClusterResources.NodeType
        /// Whether one node of this type has all one node of the job needs (`ResourceFit`'s test).
        public let fits: Bool
        /// What it lacks, one phrase each: `64 CPUs, 65 asked per node`.
        public let shortfalls: [String]
    }

    public init(_ script: BatchScript, cluster: ClusterResources?) {
        let options = EffectiveOptions.of(script)
        file = script.name
        release = script.release
        let request = JobRequest(options)
        self.request = request
        scriptErrors = Validator(target: script.release).validate(script).filter { $0.severity == .error }
        self.cluster = cluster
        guard let cluster else {
            (nodeTypes, partitions, refusal, charge) = ([], [], nil, nil)
            return
        }
        // What one node must give is judged with the default partition's memory default.
        let shape = cluster.defaultPartition.map { request.shape.inside($0, of: cluster) } ?? request.shape
        nodeTypes = cluster.nodeTypes.map { type in
            NodeTypeVerdict(
                nodeType: type, fits: ResourceFit.fits(shape, on: type),
                shortfalls: Self.shortfalls(of: type, for: shape))
        }
        refusal = ResourceFit.check(options, on: cluster)
        let candidates =
            shape.partitions.isEmpty
            ? cluster.partitions : shape.partitions.compactMap { cluster.partition(named: $0) }
        // A refusal before any partition is weighed (a feature, node name or array size) leaves none.
        partitions =
            refusal != nil
            ? []
            : candidates.filter {
                $0.takesJobs
                    && ResourceFit.check(request.shape.inside($0, of: cluster), in: $0, of: cluster) == nil
            }.map(\.name)
        charge = .of(request, on: cluster)
    }

    private static func shortfalls(of type: ClusterResources.NodeType, for job: JobShape) -> [String] {
        var lacks: [String] = []
        if type.cpus < job.cpusPerNode {
            lacks.append("\(type.cpus) CPUs, \(job.cpusPerNode) asked per node")
        }
        if let memory = job.memoryNeed, memory > type.memory {
            lacks.append("\(type.memory) MB, \(memory) MB asked per node")
        }
        for feature in job.features ?? [] where !type.features.contains(feature) {
            lacks.append("no feature \(feature)")
        }
        for need in job.gpuNeedsPerNode {
            let have = ResourceFit.gpuCount(type, need.type)
            guard have < need.count else { continue }
            let kind = need.type.map { "\($0) " } ?? ""
            lacks.append(have == 0 ? "no \(kind)GPUs" : "\(have) \(kind)GPUs, \(need.count) asked per node")
        }
        return lacks
    }
}
