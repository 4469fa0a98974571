/// JG701: a request that no node set of the cluster's partition can satisfy.
public struct ResourceFitRule: ClusterRule {
    /// The cluster the job is for; without one the rule is silent.
    public let cluster: ClusterResources?

    public init(cluster: ClusterResources?) { self.cluster = cluster }
    public init() { self.init(cluster: nil) }

    public let description = RuleDescription(
        code: "JG701", name: "request-does-not-fit", title: "The cluster cannot run this request",
        severity: .error,
        rationale: """
            With `--cluster NAME|FILE`, jobgen checks what the job asks (nodes, tasks x CPUs per \
            node, memory per node or per CPU, GPUs by type, time, partition, features, node names, \
            array size) against the cluster's node types and partitions and their limits \
            (MaxTime, MinNodes, MaxNodes, MaxCPUsPerNode, DefMemPerCPU, MaxMemPerNode, state), as \
            slurmctld does when it refuses a job: "Requested node configuration is not available" \
            when no node set holds it, "More processors requested than permitted", "Node count \
            specification invalid", "Requested time limit is invalid (missing or exceeds some \
            limit)", "Memory required by task is not available", "Required partition not \
            available (inactive or drain)", "Requested nodes not in this partition", "Invalid \
            partition name specified", "Invalid feature specification", "Invalid node name \
            specified", "Invalid job array specification". The finding quotes sbatch's reason and \
            names the limit. A profile comes from `jobgen cluster import`. (The \
            examples are checked on a cluster of 2 nodes with 4 CPUs, 8000 MB and 2 a100 GPUs.)
            """,
        triggering: [
            "#!/bin/bash\n#SBATCH --nodes=1 ↓--ntasks-per-node=64\nsrun ./app\n",
            "#!/bin/bash\n#SBATCH ↓--gpus-per-node=h100:1\nsrun ./train\n",
        ],
        nonTriggering: [
            "#!/bin/bash\n#SBATCH --nodes=2 --ntasks-per-node=4 --gpus-per-node=a100:2\nsrun ./app\n"
        ])

    /// The examples' cluster: 2 nodes of 4 CPUs, 8000 MB and 2 a100 GPUs, one partition.
    public var forExamples: any Rule { ResourceFitRule(cluster: Self.exampleCluster) }

    static let exampleCluster = ClusterResources(
        name: "example", maxArraySize: 1001,
        nodeTypes: [
            .init(
                name: "gpu-a100", nodes: "n[1-2]", count: 2, cpus: 4, memory: 8000,
                gpus: [.init(type: "a100", count: 2)])
        ],
        partitions: [.init(name: "debug", nodeTypes: ["gpu-a100"], isDefault: true)])

    public func check(_ script: BatchScript, facts: JobFacts?) -> [Diagnostic] {
        guard let fit = facts?.fit else { return [] }
        let use = fit.option.flatMap { name in script.options.last { $0.option.name == name } }
        return [
            description.diagnostic(
                in: script, at: use?.position ?? SourcePosition(line: 1, column: 1),
                "\(fit.reason); sbatch refuses the job: \"\(fit.refusal)\"",
                hint:
                    "ask for what a node type of the profile offers, or name a partition that has such nodes")
        ]
    }
}
