/// JG703: a GPU count the site refuses (Trillium: exactly 1, or a multiple of 4).
public struct GPUCountPolicyRule: ClusterRule {
    public let cluster: ClusterResources?
    public init(cluster: ClusterResources?) { self.cluster = cluster }
    public init() { self.init(cluster: nil) }

    public let description = RuleDescription(
        code: "JG703", name: "gpu-count-policy", title: "A GPU count the cluster refuses",
        severity: .error,
        rationale: """
            Some clusters give GPUs only as one GPU or as whole nodes: Trillium takes a job with \
            exactly 1 GPU or a multiple of 4 (a whole node of 4), and refuses 2 or 3. The rule is \
            the profile's `policies.gpusInMultiplesOf`. (Examples: a Trillium-like cluster.)
            """,
        triggering: [
            "#!/bin/bash\n#SBATCH ↓--gpus-per-node=h100:2\nsrun ./train\n",
            "#!/bin/bash\n#SBATCH ↓--gpus=6\nsrun ./train\n",
        ],
        nonTriggering: [
            "#!/bin/bash\n#SBATCH --gpus-per-node=h100:1\nsrun ./train\n",
            "#!/bin/bash\n#SBATCH --nodes=2 --gpus-per-node=h100:4\nsrun ./train\n",
            "#!/bin/bash\n#SBATCH --gpus=8\nsrun ./train\n",
        ])

    public var forExamples: any Rule { Self(cluster: ExampleClusters.wholeNodes) }

    public func check(_ script: BatchScript, facts: JobFacts?) -> [Diagnostic] {
        let cluster = facts?.cluster
        guard let facts, let cluster, let multiple = cluster.policies?.gpusInMultiplesOf, multiple > 1 else { return [] }
        let request = facts.request
        let count = request.gpus.map(\.count).reduce(0, +)
        let perNode = request.gpusGivenPerNode ? request.gpusPerNode.map(\.count).reduce(0, +) : nil
        let allowed = count == 1 || (count % multiple == 0 && (perNode.map { $0 % multiple == 0 } ?? true))
        guard count > 0, !allowed else { return [] }
        let option = script.firstGiven(["gpus-per-node", "gres", "gpus"])
        let asked = perNode.map { "\($0) per node, \(count) in all" } ?? "\(count)"
        return [
            description.diagnostic(
                in: script, at: script.position(ofOption: option),
                "\(asked) GPUs asked; cluster \(cluster.name) takes jobs of exactly 1 GPU or whole nodes of \(multiple)",
                hint: "ask for 1 GPU, or for --gpus-per-node=\(multiple) on as many nodes as needed")
        ]
    }
}
