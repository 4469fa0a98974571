/// Small clusters the cluster rules' examples are checked on (`forExamples`).
enum ExampleClusters {
    /// Like Narval: 64-core nodes, a few large-memory ones, 4 x A100 GPU nodes that also offer
    /// MIG instances, Alliance billing, one MIG instance per job, no internet on compute nodes.
    static let alliance = ClusterResources(
        name: "example", memory: MemoryLimits(defaultPerCPU: 256),
        nodeTypes: [
            .init(name: "cpu", nodes: nil, count: 100, cpus: 64, memory: 256000),
            .init(name: "largemem", nodes: nil, count: 2, cpus: 64, memory: 2_000_000),
            .init(
                name: "gpu", nodes: nil, count: 10, cpus: 48, memory: 510000,
                gpus: [.init(type: "a100", count: 4)], migTypes: ["a100_1g.5gb", "a100_3g.20gb"]),
        ],
        partitions: [.init(name: "default", nodeTypes: ["cpu", "largemem", "gpu"], isDefault: true, maxTime: 10080)],
        billing: Billing(
            memoryPerCoreEquivalent: 4096,
            gpuTypes: [.init(type: "a100", rgu: 4.0), .init(type: "a100_1g.5gb", rgu: 0.6)],
            gpuBundle: .init(gpuType: "a100", cores: 12, memory: 127488)),
        policies: ClusterPolicies(migInstancesPerJob: 1, internetOnComputeNodes: false))

    /// Like Trillium: whole nodes only for CPU jobs, memory options ignored, GPUs 1 or a
    /// multiple of 4.
    static let wholeNodes = ClusterResources(
        name: "example-whole",
        nodeTypes: [
            .init(name: "cpu", nodes: nil, count: 100, cpus: 192, memory: 767000),
            .init(name: "gpu", nodes: nil, count: 10, cpus: 96, memory: 767000, gpus: [.init(type: "h100", count: 4)]),
        ],
        partitions: [.init(name: "default", nodeTypes: ["cpu", "gpu"], isDefault: true, maxTime: 1440)],
        policies: ClusterPolicies(
            wholeNodesOnly: true, memoryIgnored: true, gpusInMultiplesOf: 4, internetOnComputeNodes: false))
}

extension ClusterResources {
    /// Whether `type` names MIG instances: a type the profile lists as one, or Slurm's naming of
    /// them (`a100_1g.5gb`, `nvidia_h100_80gb_hbm3_3g.40gb`).
    func isMIG(_ type: String?) -> Bool {
        guard let type else { return false }
        if nodeTypes.contains(where: { $0.migTypes?.contains(type) == true }) { return true }
        return type.range(of: #"[0-9]+g\.[0-9]+gb$"#, options: .regularExpression) != nil
    }

    /// The nodes jobs without GPUs run on: the node types without GPUs.
    var cpuNodeTypes: [NodeType] { nodeTypes.filter { $0.gpus.isEmpty } }
}
