/// JG708: an `--exclusive` job that leaves cores of its nodes idle.
public struct ExclusiveIdleCoresRule: ClusterRule {
    public let cluster: ClusterResources?
    public init(cluster: ClusterResources?) { self.cluster = cluster }
    public init() { self.init(cluster: nil) }

    public let description = RuleDescription(
        code: "JG708", name: "exclusive-idle-cores", title: "A whole-node job leaves cores idle",
        severity: .warning,
        rationale: """
            `--exclusive` gives the job every core of its nodes, and charges them, but its tasks \
            use only `--ntasks-per-node` x `--cpus-per-task` of them: a job written for 40-core \
            nodes runs on 64-core ones with 24 idle per node. CPU jobs of several tasks per node \
            only (GPU jobs and threaded tasks use their nodes their own way). Ask for the node's cores (the \
            profile's node types), or drop `--exclusive`. (Examples: a Narval-like cluster, 64 \
            cores per node.)
            """,
        triggering: ["#!/bin/bash\n#SBATCH --exclusive --nodes=2 ↓--ntasks-per-node=40\nsrun ./app\n"],
        nonTriggering: [
            "#!/bin/bash\n#SBATCH --exclusive --nodes=2 --ntasks-per-node=64\nsrun ./app\n",
            "#!/bin/bash\n#SBATCH --nodes=2 --ntasks-per-node=40\nsrun ./app\n",
            "#!/bin/bash\n#SBATCH --exclusive --nodes=1\n./threaded-app\n",
            "#!/bin/bash\n#SBATCH --exclusive --nodes=2 --ntasks-per-node=4 --gpus-per-node=a100:4\nsrun ./train\n",
        ])

    public var forExamples: any Rule { Self(cluster: ExampleClusters.alliance) }

    public func check(_ script: BatchScript, facts: JobFacts?) -> [Diagnostic] {
        guard let facts else { return [] }
        let (cluster, shape) = (facts.cluster, facts.shape)
        // GPU jobs (a task per GPU) and one task per node (threads) use their cores their own way.
        guard shape.exclusive, shape.gpuNeedsPerNode.isEmpty, (shape.tasksPerNode ?? shape.tasks ?? 1) > 1,
            let partition = shape.partitions.first.flatMap({ cluster.partition(named: $0) })
                ?? cluster.defaultPartition
        else { return [] }
        let job = shape.inside(partition, of: cluster)
        let fitting = partition.nodeTypes.compactMap { cluster.nodeType(named: $0) }.filter {
            $0.gpus.isEmpty && ResourceFit.fits(job, on: $0, cpuLimit: partition.maxCPUsPerNode)
        }
        guard let fewest = fitting.map(\.cpus).min(), shape.cpusPerNode < fewest else { return [] }
        let option = shape.tasksPerNode != nil ? "ntasks-per-node" : "ntasks"
        return [
            description.diagnostic(
                in: script, at: script.position(ofOption: option),
                "--exclusive gives the job whole nodes of \(fewest) or more cores on cluster \(cluster.name), and its tasks use \(shape.cpusPerNode) per node: \(fewest - shape.cpusPerNode) or more idle unless its tasks start threads",
                hint: "--ntasks-per-node x --cpus-per-task = \(fewest), or drop --exclusive")
        ]
    }
}
