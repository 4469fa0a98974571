/// JG707: a job only a small share of the cluster's nodes can run (expect a longer wait).
public struct FitsFewNodesRule: ClusterRule {
    public let cluster: ClusterResources?
    public init(cluster: ClusterResources?) { self.cluster = cluster }
    public init() { self.init(cluster: nil) }

    public let description = RuleDescription(
        code: "JG707", name: "fits-few-nodes", title: "Only a few nodes can run this job", severity: .info,
        rationale: """
            A job that needs more of one node than most nodes have (memory above the common \
            nodes', say) can run only on the few that do, such as the large-memory nodes: sbatch \
            takes it, and it waits for one of them. That is fine when the job needs it; when it \
            does not, asking a little less lets every node run it. Reported when the nodes that \
            can run the job are at most 5% of its partition's (of its GPU nodes, for a GPU job; of \
            the others, for a CPU job). (Examples: a Narval-like cluster.)
            """,
        triggering: ["#!/bin/bash\n#SBATCH --ntasks=1 ↓--mem=500G\n./assemble\n"],
        nonTriggering: [
            "#!/bin/bash\n#SBATCH --ntasks=1 --mem=200G\n./assemble\n",
            "#!/bin/bash\n#SBATCH --ntasks=1 --mem=5000G\n./assemble\n",
        ])

    public var forExamples: any Rule { Self(cluster: ExampleClusters.alliance) }

    public func check(_ script: BatchScript, facts: JobFacts?) -> [Diagnostic] {
        guard let facts, facts.fit == nil else { return [] }
        let (cluster, shape) = (facts.cluster, facts.shape)
        let partitions =
            shape.partitions.isEmpty
            ? [cluster.defaultPartition].compactMap { $0 }
            : shape.partitions.compactMap { cluster.partition(named: $0) }
        var fewest: (fitting: Int, all: Int, types: [String], partition: String)?
        for partition in partitions where partition.takesJobs {
            // A GPU job is weighed among the GPU nodes, a CPU job among the others.
            let types = partition.nodeTypes.compactMap { cluster.nodeType(named: $0) }.filter {
                $0.gpus.isEmpty == shape.gpuNeedsPerNode.isEmpty
            }
            let job = shape.inside(partition, of: cluster)
            let fitting = types.filter { ResourceFit.fits(job, on: $0, cpuLimit: partition.maxCPUsPerNode) }
            let all = types.map(\.count).reduce(0, +)
            let count = fitting.map(\.count).reduce(0, +)
            // Any partition where many nodes can run it: no wait to warn of.
            guard all > 0, count * 20 <= all else { return [] }
            if fewest == nil { fewest = (count, all, fitting.map(\.name), partition.name) }
        }
        guard let fewest else { return [] }
        let option = script.firstGiven([
            "mem", "mem-per-cpu", "mem-per-gpu", "ntasks-per-node", "cpus-per-task", "gpus-per-node",
        ])
        return [
            description.diagnostic(
                in: script, at: script.position(ofOption: option),
                "only \(fewest.fitting) of the \(fewest.all) nodes of partition \(fewest.partition) of cluster \(cluster.name) can run this job (node type \(fewest.types.joined(separator: ", "))): expect a longer wait",
                hint: "if the job does not need it, ask for what the common nodes have")
        ]
    }
}
