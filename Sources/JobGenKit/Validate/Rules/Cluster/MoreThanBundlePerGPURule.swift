/// JG706: a GPU job with more cores or memory per GPU than the bundle one GPU comes with.
public struct MoreThanBundlePerGPURule: ClusterRule {
    public let cluster: ClusterResources?
    public init(cluster: ClusterResources?) { self.cluster = cluster }
    public init() { self.init(cluster: nil) }

    public let description = RuleDescription(
        code: "JG706", name: "more-than-bundle-per-gpu", title: "More cores or memory per GPU than its bundle",
        severity: .warning,
        rationale: """
            Each GPU comes with a bundle of cores and memory (Narval: 12 cores and 124.5G per \
            A100). A GPU job is charged for the most bundles its GPUs, its cores or its memory \
            make: more cores or memory per GPU than the bundle are charged as more GPUs. From the \
            profile's `billing.gpuBundle`. (Examples: a Narval-like cluster.)
            """,
        triggering: [
            "#!/bin/bash\n#SBATCH --gpus-per-node=a100:1 ↓--cpus-per-task=24\n./train\n",
            "#!/bin/bash\n#SBATCH --gpus-per-node=a100:1 ↓--mem=250G\n./train\n",
        ],
        nonTriggering: [
            "#!/bin/bash\n#SBATCH --gpus-per-node=a100:1 --cpus-per-task=12 --mem=124G\n./train\n",
            "#!/bin/bash\n#SBATCH --gpus-per-node=a100:2 --cpus-per-task=24\n./train\n",
            "#!/bin/bash\n#SBATCH --ntasks=64\nsrun ./app\n",
        ])

    public var forExamples: any Rule { Self(cluster: ExampleClusters.alliance) }

    public func check(_ script: BatchScript, facts: JobFacts?) -> [Diagnostic] {
        let cluster = facts?.cluster
        guard let facts, let cluster, let bundle = cluster.billing?.gpuBundle else { return [] }
        let request = facts.request
        let gpus = request.gpus.filter { !cluster.isMIG($0.type) }.map(\.count).reduce(0, +)
        guard gpus > 0 else { return [] }
        var found: [Diagnostic] = []
        if request.cpus > bundle.cores * gpus {
            let option = request.cpusPerTask > 1 ? "cpus-per-task" : (request.tasksPerNodeGiven ? "ntasks-per-node" : "ntasks")
            found.append(
                description.diagnostic(
                    in: script, at: script.position(ofOption: option),
                    "\(request.cpus) cores for \(gpus) GPU(s); a GPU's bundle on cluster \(cluster.name) is \(bundle.cores) cores, so the job is charged as \((request.cpus + bundle.cores - 1) / bundle.cores) GPUs",
                    hint: "ask for at most \(bundle.cores) cores per GPU"))
        }
        let memory: (Int, String)? =
            switch request.memory {
            case .perNode(let megabytes): (megabytes * request.nodes, "mem")
            case .perCPU(let megabytes): (megabytes * request.cpus, "mem-per-cpu")
            case .perGPU(let megabytes): (megabytes * gpus, "mem-per-gpu")
            default: nil
            }
        if let (megabytes, option) = memory, megabytes > bundle.memory * gpus {
            found.append(
                description.diagnostic(
                    in: script, at: script.position(ofOption: option),
                    "\(megabytes) MB for \(gpus) GPU(s); a GPU's bundle on cluster \(cluster.name) is \(bundle.memory) MB, so the job is charged as \((megabytes + bundle.memory - 1) / bundle.memory) GPUs",
                    hint: "ask for at most \(bundle.memory) MB per GPU"))
        }
        return found
    }
}
