/// JG709: a time limit or node count beyond what the site wants without an allocation.
public struct SiteJobLimitsRule: ClusterRule {
    public let cluster: ClusterResources?
    public init(cluster: ClusterResources?) { self.cluster = cluster }
    public init() { self.init(cluster: nil) }

    public let description = RuleDescription(
        code: "JG709", name: "site-job-limits", title: "Shorter or larger than the site wants",
        severity: .warning,
        rationale: """
            Sites set limits their Slurm may not enforce at submission: the Alliance's clusters \
            want jobs of at least 1 hour (5 minutes for tests), Trillium at least 15 minutes and \
            CPU jobs of at most 10 nodes, GPU jobs of 5, unless an allocation allows more. Many \
            short jobs cost the scheduler more than they compute; a larger job waits, or is \
            refused, without an allocation. From the profile's `policies.minimumTime`, \
            `maxNodesCPUJob` and `maxNodesGPUJob`. (Examples: a Trillium-like cluster.)
            """,
        triggering: [
            "#!/bin/bash\n#SBATCH --nodes=1 --ntasks-per-node=192 ↓--time=00:05:00\nsrun ./app\n",
            "#!/bin/bash\n#SBATCH ↓--nodes=12 --ntasks-per-node=192 --time=1:00:00\nsrun ./app\n",
        ],
        nonTriggering: [
            "#!/bin/bash\n#SBATCH --nodes=10 --ntasks-per-node=192 --time=1:00:00\nsrun ./app\n",
            "#!/bin/bash\n#SBATCH --nodes=4 --gpus-per-node=h100:4 --time=24:00:00\nsrun ./train\n",
        ])

    public var forExamples: any Rule {
        var cluster = ExampleClusters.wholeNodes
        cluster.policies?.minimumTime = 15
        cluster.policies?.maxNodesCPUJob = 10
        cluster.policies?.maxNodesGPUJob = 5
        return Self(cluster: cluster)
    }

    public func check(_ script: BatchScript, facts: JobFacts?) -> [Diagnostic] {
        guard let facts, let policies = facts.cluster.policies else { return [] }
        let (cluster, request) = (facts.cluster, facts.request)
        var found: [Diagnostic] = []
        if let least = policies.minimumTime, let minutes = request.minutes, minutes < least {
            found.append(
                description.diagnostic(
                    in: script, at: script.position(ofOption: "time"),
                    "--time \(SbatchDisplay.minutes(minutes)) is shorter than the \(SbatchDisplay.minutes(least)) cluster \(cluster.name) wants of a job",
                    hint: "run longer jobs (group short tasks into one job), or keep it short only to test"))
        }
        let gpuJob = !request.gpus.isEmpty
        if let most = gpuJob ? policies.maxNodesGPUJob : policies.maxNodesCPUJob, request.nodes > most {
            found.append(
                description.diagnostic(
                    in: script, at: script.position(ofOption: "nodes"),
                    "\(request.nodes) nodes asked; cluster \(cluster.name) lets a \(gpuJob ? "GPU" : "CPU") job have \(most) unless an allocation allows more",
                    hint: "ask for at most \(most) nodes, or check your allocation's limit"))
        }
        return found
    }
}
