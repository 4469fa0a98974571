/// JG705: a CPU job whose memory, not its cores, sets what it is charged.
public struct MemoryRaisesChargeRule: ClusterRule {
    public let cluster: ClusterResources?
    public init(cluster: ClusterResources?) { self.cluster = cluster }
    public init() { self.init(cluster: nil) }

    public let description = RuleDescription(
        code: "JG705", name: "memory-raises-charge", title: "Memory raises the job's charge above its cores",
        severity: .warning,
        rationale: """
            Where a core-equivalent is a core and some memory (the Alliance: 1 core and 4G), a \
            CPU job is charged max(cores, memory / 4G) per hour: memory beyond 4G per core costs \
            as much as idle cores, and slows the job's start. Ask what the job uses (`sacct -j \
            ID -o MaxRSS` of an earlier run). From the profile's `billing`. (Examples: a \
            Narval-like cluster.)
            """,
        triggering: [
            "#!/bin/bash\n#SBATCH --ntasks=4 ↓--mem-per-cpu=16G\nsrun ./app\n",
            "#!/bin/bash\n#SBATCH --ntasks=1 ↓--mem=64G\n./app\n",
        ],
        nonTriggering: [
            "#!/bin/bash\n#SBATCH --ntasks=4 --mem-per-cpu=4G\nsrun ./app\n",
            "#!/bin/bash\n#SBATCH --ntasks=16 --mem=64G\nsrun ./app\n",
            "#!/bin/bash\n#SBATCH --gpus-per-node=a100:1 --mem=64G\n./train\n",
        ])

    public var forExamples: any Rule { Self(cluster: ExampleClusters.alliance) }

    public func check(_ script: BatchScript, facts: JobFacts?) -> [Diagnostic] {
        let cluster = facts?.cluster
        guard let facts, let cluster, let billing = cluster.billing, cluster.policies?.memoryIgnored != true else { return [] }
        let request = facts.request
        guard request.gpus.isEmpty else { return [] }
        let memory: Int
        let option: String
        switch request.memory {
        case .perNode(let megabytes): (memory, option) = (megabytes * request.nodes, "mem")
        case .perCPU(let megabytes): (memory, option) = (megabytes * request.cpus, "mem-per-cpu")
        default: return []
        }
        let equivalents = Double(memory) / Double(billing.memoryPerCoreEquivalent)
        guard equivalents > Double(request.cpus) else { return [] }
        let perCore = billing.memoryPerCoreEquivalent / 1024
        return [
            description.diagnostic(
                in: script, at: script.position(ofOption: option),
                "\(memory) MB for \(request.cpus) core(s) is charged as \(Self.shown(equivalents)) core-equivalents (\(perCore)G each on cluster \(cluster.name)), not \(request.cpus)",
                hint: "ask for the memory the job uses; at most \(perCore)G per core costs nothing extra")
        ]
    }

    static func shown(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String((value * 10).rounded() / 10)
    }
}
