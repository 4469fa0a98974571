import Foundation

/// JG702: more MIG instances than the site lets one job have.
public struct MIGInstancesPerJobRule: ClusterRule {
    public let cluster: ClusterResources?
    public init(cluster: ClusterResources?) { self.cluster = cluster }
    public init() { self.init(cluster: nil) }

    public let description = RuleDescription(
        code: "JG702", name: "mig-instances-per-job", title: "More MIG instances than one job may have",
        severity: .error,
        rationale: """
            A MIG instance is a slice of a GPU (`a100_1g.5gb`). Sites that offer them limit how \
            many one job may have (the Alliance: one; a request for more is refused at \
            submission): a job that needs more GPU than one slice asks for a whole GPU. The limit \
            is the profile's `policies.migInstancesPerJob`. (Examples: a Narval-like cluster, one \
            instance per job.)
            """,
        triggering: [
            "#!/bin/bash\n#SBATCH ↓--gpus-per-node=a100_1g.5gb:2\nsrun ./app\n",
            "#!/bin/bash\n#SBATCH --nodes=2 ↓--gres=gpu:a100_3g.20gb:1\nsrun ./app\n",
        ],
        nonTriggering: [
            "#!/bin/bash\n#SBATCH --gpus-per-node=a100_1g.5gb:1\nsrun ./app\n",
            "#!/bin/bash\n#SBATCH --gpus-per-node=a100:2\nsrun ./app\n",
        ])

    public var forExamples: any Rule { Self(cluster: ExampleClusters.alliance) }

    public func check(_ script: BatchScript, facts: JobFacts?) -> [Diagnostic] {
        let cluster = facts?.cluster
        guard let facts, let cluster, let limit = cluster.policies?.migInstancesPerJob else { return [] }
        let request = facts.request
        let instances = request.gpus.filter { cluster.isMIG($0.type) }
        let count = instances.map(\.count).reduce(0, +)
        guard count > limit, let type = instances.first?.type else { return [] }
        let option = script.firstGiven(["gpus-per-node", "gres", "gpus", "gpus-per-task", "gpus-per-socket"])
        return [
            description.diagnostic(
                in: script, at: script.position(ofOption: option),
                "\(count) MIG instances (\(type)) asked in all; cluster \(cluster.name) lets a job have \(limit)",
                hint: "ask for one instance, or for whole GPUs (the GPU type without the slice suffix)")
        ]
    }
}
