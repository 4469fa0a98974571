/// Whether a cluster can run a job, and if not, why, in the words sbatch uses when it refuses
/// (slurmctld's error texts, checked against a real cluster's `sbatch --test-only`).
public struct ResourceFit: Sendable, Equatable {
    /// What sbatch prints after "Batch job submission failed:".
    public let refusal: String
    /// What is too much, and the cluster's limit.
    public let reason: String
    /// The option the finding is reported at.
    public let option: String?

    static let partition = "Invalid partition name specified"
    static let nodeName = "Invalid node name specified"
    static let feature = "Invalid feature specification"
    static let array = "Invalid job array specification"
    static let nodeCount = "Node count specification invalid"
    static let time = "Requested time limit is invalid (missing or exceeds some limit)"
    static let processors = "More processors requested than permitted"
    static let configuration = "Requested node configuration is not available"

    /// The first refusal for `options` on `cluster`; nil when some partition it may use fits.
    static func check(_ options: [EffectiveOption], on cluster: ClusterResources) -> ResourceFit? {
        let job = JobShape(options)
        for name in job.partitions where cluster.partition(named: name) == nil {
            let known = cluster.partitions.map(\.name).joined(separator: ", ")
            return ResourceFit(
                refusal: partition,
                reason: "cluster \(cluster.name) has no partition '\(name)' (it has \(known))",
                option: "partition")
        }
        let names = Set(cluster.nodeTypes.flatMap { $0.nodes.map { HostList.names($0) } ?? [] })
        let namesKnown = cluster.nodeTypes.allSatisfy { $0.nodes != nil }
        if namesKnown, let unknown = job.nodeNames.first(where: { !names.contains($0) }) {
            return ResourceFit(
                refusal: nodeName, reason: "cluster \(cluster.name) has no node '\(unknown)'",
                option: "nodelist")
        }
        if let features = job.features,
            let unknown = features.first(where: { !cluster.features.contains($0) })
        {
            let known = cluster.features.sorted().joined(separator: ", ")
            return ResourceFit(
                refusal: feature,
                reason: "no node of cluster \(cluster.name) has the feature '\(unknown)'"
                    + (known.isEmpty ? " (its nodes have none)" : " (features: \(known))"),
                option: "constraint")
        }
        if let highest = job.highestArrayIndex, let size = cluster.maxArraySize, highest >= size {
            return ResourceFit(
                refusal: array,
                reason:
                    "array index \(highest) is above \(size - 1), the highest cluster \(cluster.name)'s MaxArraySize (\(size)) allows",
                option: "array")
        }
        let candidates =
            job.partitions.isEmpty
            ? [cluster.defaultPartition].compactMap { $0 }
            : job.partitions.compactMap(cluster.partition(named:))
        var first: ResourceFit?
        for partition in candidates {
            guard let refusal = check(job, in: partition, of: cluster) else { return nil }
            if first == nil { first = refusal }
        }
        return first
    }

    static func check(
        _ job: JobShape, in partition: ClusterResources.Partition, of cluster: ClusterResources
    )
        -> ResourceFit?
    {
        let types = partition.nodeTypes.compactMap(cluster.nodeType(named:))
        let where_ = "partition \(partition.name) of cluster \(cluster.name)"
        // slurmctld compares the CPUs in all first, then the node count, then one node's needs.
        let cpus = types.map { $0.cpus * $0.count }.reduce(0, +)
        if job.cpusInAll > cpus {
            return ResourceFit(
                refusal: processors, reason: "\(job.cpusInAll) CPUs asked in all; \(where_) has \(cpus)",
                option: job.tasks != nil ? "ntasks" : "ntasks-per-node")
        }
        let nodes = types.map(\.count).reduce(0, +)
        if job.minimumNodes > nodes {
            return ResourceFit(
                refusal: nodeCount, reason: "\(job.minimumNodes) nodes asked; \(where_) has \(nodes)",
                option: "nodes")
        }
        if let limit = partition.maxNodes, job.minimumNodes > limit {
            return ResourceFit(
                refusal: nodeCount,
                reason: "\(job.minimumNodes) nodes asked; \(where_) allows \(limit) per job",
                option: "nodes")
        }
        if let minutes = job.minutes, let limit = partition.maxTime, minutes > limit {
            return ResourceFit(
                refusal: time,
                reason:
                    "\(SbatchDisplay.minutes(minutes)) asked; \(where_) allows \(SbatchDisplay.minutes(limit))",
                option: "time")
        }
        if let all = job.gpusInAll {
            let have = types.map { type in
                type.count
                    * type.gpus.filter { all.type == nil || $0.type == all.type }.map(\.count).reduce(0, +)
            }.reduce(0, +)
            if all.count > have {
                return ResourceFit(
                    refusal: configuration,
                    reason:
                        "\(all.count) \(all.type.map { "\($0) " } ?? "")GPUs asked in all; \(where_) has \(have)",
                    option: "gpus")
            }
        }
        let fitting = types.filter { fits(job, on: $0) }
        let fittingNodes = fitting.map(\.count).reduce(0, +)
        if fitting.isEmpty || fittingNodes < job.minimumNodes {
            return ResourceFit(
                refusal: configuration, reason: shortfall(job, types, where_, fittingNodes: fittingNodes),
                option: culprit(job, types))
        }
        return nil
    }

    static func fits(_ job: JobShape, on type: ClusterResources.NodeType) -> Bool {
        guard type.cpus >= job.cpusPerNode else { return false }
        if let memory = job.memoryNeed, memory > type.memory { return false }
        if let features = job.features, !features.allSatisfy(type.features.contains) { return false }
        return job.gpuNeedsPerNode.allSatisfy { need in
            type.gpus.filter { need.type == nil || $0.type == need.type }.map(\.count).reduce(0, +)
                >= need.count
        }
    }

    /// The largest node's figure against the job's need, for the first need no node meets.
    private static func shortfall(
        _ job: JobShape, _ types: [ClusterResources.NodeType], _ where_: String, fittingNodes: Int
    ) -> String {
        let maxCPUs = types.map(\.cpus).max() ?? 0
        if job.cpusPerNode > maxCPUs {
            return
                "\(job.cpusPerNode) CPUs per node asked (\(job.tasksOnANode) tasks x \(job.cpusPerTask) CPUs); the largest node of \(where_) has \(maxCPUs)"
        }
        let maxMemory = types.map(\.memory).max() ?? 0
        if let memory = job.memoryNeed, memory > maxMemory {
            return "\(memory) MB per node asked; the largest node of \(where_) has \(maxMemory) MB"
        }
        for need in job.gpuNeedsPerNode {
            let most =
                types.map {
                    $0.gpus.filter { need.type == nil || $0.type == need.type }.map(\.count).reduce(0, +)
                }
                .max() ?? 0
            if need.count > most {
                let kinds = Set(types.flatMap { $0.gpus.compactMap(\.type) }).sorted().joined(separator: ", ")
                return most == 0 && need.type != nil
                    ? "no node of \(where_) has \(need.type!) GPUs (GPU types: \(kinds.isEmpty ? "none" : kinds))"
                    : "\(need.count) \(need.type.map { "\($0) " } ?? "")GPUs per node asked; a node of \(where_) has at most \(most)"
            }
        }
        return
            "no node of \(where_) has all it asks at once, or only \(fittingNodes) of the \(job.minimumNodes) nodes asked do"
    }

    private static func culprit(_ job: JobShape, _ types: [ClusterResources.NodeType]) -> String? {
        if job.cpusPerNode > (types.map(\.cpus).max() ?? 0) {
            return job.cpusPerTask > 1 && job.tasksOnANode == 1
                ? "cpus-per-task" : (job.tasksPerNode != nil ? "ntasks-per-node" : "ntasks")
        }
        if let memory = job.memoryNeed, memory > (types.map(\.memory).max() ?? 0) {
            return job.memoryPerNode != nil ? "mem" : job.memoryPerCPU != nil ? "mem-per-cpu" : "mem-per-gpu"
        }
        if !job.gpusPerNode.isEmpty { return job.lines["gpus-per-node"] != nil ? "gpus-per-node" : "gres" }
        return job.gpusInAll != nil ? "gpus" : "nodes"
    }
}
