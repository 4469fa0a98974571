/// JG704: a CPU job asking part of a node on a cluster that gives CPU jobs whole nodes.
public struct PartialNodeOnWholeNodeClusterRule: ClusterRule {
    public let cluster: ClusterResources?
    public init(cluster: ClusterResources?) { self.cluster = cluster }
    public init() { self.init(cluster: nil) }

    public let description = RuleDescription(
        code: "JG704", name: "partial-node-on-whole-node-cluster",
        title: "Part of a node asked where CPU jobs get whole nodes", severity: .warning,
        rationale: """
            On a cluster that gives CPU jobs whole nodes (Trillium: 192 cores each), a job \
            asking fewer cores per node still gets, and is charged for, every core of its nodes: \
            the rest sit idle. Ask for the whole node (`--ntasks-per-node` times \
            `--cpus-per-task` equal to its cores) and use it. Memory options are ignored there \
            too: a job gets all of each node's memory. The rule is the profile's \
            `policies.wholeNodesOnly` and `memoryIgnored`. (Examples: a Trillium-like cluster.)
            """,
        triggering: [
            "#!/bin/bash\n#SBATCH --nodes=1 ↓--ntasks-per-node=40\nsrun ./app\n",
            "#!/bin/bash\n#SBATCH ↓--ntasks=4\nsrun ./app\n",
            "#!/bin/bash\n#SBATCH --nodes=1 --ntasks-per-node=192 ↓--mem=100G\nsrun ./app\n",
        ],
        nonTriggering: [
            "#!/bin/bash\n#SBATCH --nodes=2 --ntasks-per-node=192\nsrun ./app\n",
            "#!/bin/bash\n#SBATCH --nodes=1 --ntasks-per-node=48 --cpus-per-task=4\nsrun ./app\n",
            "#!/bin/bash\n#SBATCH --gpus-per-node=h100:1\nsrun ./train\n",
            "#!/bin/bash\n#SBATCH --ntasks=384\nsrun ./app\n",
        ])

    public var forExamples: any Rule { Self(cluster: ExampleClusters.wholeNodes) }

    public func check(_ script: BatchScript, facts: JobFacts?) -> [Diagnostic] {
        guard let facts, let policies = facts.cluster.policies, facts.request.gpus.isEmpty,
            let cores = facts.cluster.cpuNodeTypes.map(\.cpus).max()
        else { return [] }
        let (cluster, request) = (facts.cluster, facts.request)
        var found: [Diagnostic] = []
        // Per node where the tasks are spread over given nodes; in all where Slurm packs them.
        let partial =
            request.tasksPerNodeGiven || request.nodesGiven
            ? request.cpus / max(request.nodes, 1) < cores : request.cpus % cores != 0
        if policies.wholeNodesOnly == true, partial {
            let option = request.tasksPerNodeGiven ? "ntasks-per-node" : (request.cpusPerTask > 1 ? "cpus-per-task" : "ntasks")
            let asked =
                request.tasksPerNodeGiven || request.nodesGiven
                ? "\(request.cpus / max(request.nodes, 1)) of a node's \(cores) cores asked"
                : "\(request.cpus) CPUs asked, not whole nodes of \(cores)"
            found.append(
                description.diagnostic(
                    in: script, at: script.position(ofOption: option),
                    "\(asked); cluster \(cluster.name) gives CPU jobs whole nodes, so the job gets and is charged all \(cores) cores of each",
                    hint: "ask for whole nodes: --ntasks-per-node x --cpus-per-task = \(cores)"))
        }
        if policies.memoryIgnored == true,
            let memory = script.firstGiven(["mem", "mem-per-cpu", "mem-per-gpu"])
        {
            found.append(
                description.diagnostic(
                    in: script, at: script.position(ofOption: memory),
                    "--\(memory) is ignored on cluster \(cluster.name): a job gets all of each node's memory",
                    hint: "leave the memory option out"))
        }
        return found
    }
}
