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
    static let notInPartition = "Requested nodes not in this partition"
    static let unavailable = "Required partition not available (inactive or drain)"
    static let taskMemory = "Memory required by task is not available"
    static let account = "Invalid account or account/partition combination specified"
    static let timeMinimum = "Invalid time-min specification (exceeds job's time or other limits)"

    /// The first refusal for `options` on `cluster`; nil when some partition it may use fits.
    /// The checks run in slurmctld's order: the partitions named, the nodes, features and array
    /// asked, each partition's limits, the memory limits, and last whether nodes can hold it.
    static func check(_ options: [EffectiveOption], on cluster: ClusterResources) -> ResourceFit? {
        check(JobShape(options), on: cluster)
    }

    /// The first refusal for a job already read into its shape.
    static func check(_ job: JobShape, on cluster: ClusterResources, nodeLists: NodeLists = .none)
        -> ResourceFit?
    {
        for name in job.partitions where cluster.partition(named: name) == nil {
            let known = cluster.partitions.map(\.name).joined(separator: ", ")
            return ResourceFit(
                refusal: partition,
                reason: "cluster \(cluster.name) has no partition '\(name)' (it has \(known))",
                option: "partition")
        }
        let named =
            job.partitions.isEmpty
            ? [cluster.defaultPartition].compactMap { $0 }
            : job.partitions.compactMap { cluster.partition(named: $0) }
        if let known = cluster.qos, cluster.accounting != false, let asked = job.qos,
            !known.contains(where: { $0.name == asked })
        {
            return ResourceFit(
                refusal: "Invalid qos specification",
                reason:
                    "cluster \(cluster.name) has no QoS '\(asked)' (it has \(known.map(\.name).joined(separator: ", ")))",
                option: "qos")
        }
        if let refusal = requestedNames(job, on: cluster, nodeLists: nodeLists) { return refusal }
        let candidates = named.filter(\.takesJobs)
        if candidates.isEmpty, let closed = named.first {
            return ResourceFit(
                refusal: unavailable,
                reason:
                    "partition \(closed.name) of cluster \(cluster.name) is \(closed.state ?? "closed") and takes no jobs",
                option: job.partitions.isEmpty ? nil : "partition")
        }
        let enforce = cluster.enforcePartLimits ?? "ALL"
        if enforce != "NO" {
            let refusals = candidates.map { limits(job, in: $0, of: cluster, nodeLists: nodeLists) }
            // ALL: any partition's refusal stands; ANY: only when every partition refuses.
            let anyAccepts = refusals.contains { $0 == nil }
            if let refusal = enforce == "ANY"
                ? (anyAccepts ? nil : refusals.last!) : refusals.compactMap({ $0 }).first
            {
                return refusal
            }
        }
        if let refusal = unknownFeature(job, on: cluster) { return refusal }
        var first: ResourceFit?
        for partition in candidates {
            guard
                let refusal = check(
                    job.inside(partition, of: cluster), in: partition, of: cluster, nodeLists: nodeLists)
            else { return nil }
            if first == nil { first = refusal }
        }
        return first
    }

    static let gres = "Invalid generic resource (gres) specification"

    /// "partition P of cluster C", for a refusal's reason: worked out only when there is one
    /// (most jobs fit, and the checks run per script and partition).
    static func place(_ partition: ClusterResources.Partition, _ cluster: ClusterResources) -> String {
        "partition \(partition.name) of cluster \(cluster.name)"
    }

    /// Node names and array indexes the cluster does not have.
    private static func requestedNames(_ job: JobShape, on cluster: ClusterResources, nodeLists: NodeLists)
        -> ResourceFit?
    {
        // sbatch itself refuses a node list longer than the most nodes asked.
        if job.nodesGiven, let most = job.maximumNodes, job.nodeNames.count > most {
            return ResourceFit(
                refusal: "invalid number of nodes (-N \(job.nodeNames.count)-\(most))",
                reason: "--nodelist names \(job.nodeNames.count) nodes and --nodes allows at most \(most)",
                option: "nodes")
        }
        // A cluster has thousands of nodes: its host lists are searched, not expanded (and only
        // for a job that names nodes).
        let namesKnown =
            (!job.nodeNames.isEmpty || !job.excluded.isEmpty)
            && cluster.nodeTypes.allSatisfy { $0.nodes != nil }
        func known(_ name: String) -> Bool {
            cluster.nodeTypes.contains { nodeLists.contains($0, name) }
        }
        if namesKnown, let unknown = job.nodeNames.first(where: { !known($0) }) {
            return ResourceFit(
                refusal: nodeName, reason: "cluster \(cluster.name) has no node '\(unknown)'",
                option: "nodelist")
        }
        if namesKnown, let unknown = job.excluded.first(where: { !known($0) }) {
            return ResourceFit(
                refusal: nodeName, reason: "cluster \(cluster.name) has no node '\(unknown)' to exclude",
                option: "exclude")
        }
        if let highest = job.highestArrayIndex, let size = cluster.maxArraySize, highest >= size {
            return ResourceFit(
                refusal: array,
                reason:
                    "array index \(highest) is above \(size - 1), the highest cluster \(cluster.name)'s MaxArraySize (\(size)) allows",
                option: "array")
        }
        return nil
    }

    /// A feature no node of the cluster has (slurmctld looks at features after partitions).
    private static func unknownFeature(_ job: JobShape, on cluster: ClusterResources) -> ResourceFit? {
        guard !job.featureNames.isEmpty else { return nil }
        let features = cluster.features
        if let unknown = job.featureNames.first(where: { !features.contains($0) }) {
            let known = features.sorted().joined(separator: ", ")
            return ResourceFit(
                refusal: feature,
                reason: "no node of cluster \(cluster.name) has the feature '\(unknown)'"
                    + (known.isEmpty ? " (its nodes have none)" : " (features: \(known))"),
                option: "constraint")
        }
        return nil
    }

    /// Whether a node set of `partition` can hold the job (`job` already shaped by the
    /// partition's defaults and memory limits).
    static func check(
        _ job: JobShape, in partition: ClusterResources.Partition, of cluster: ClusterResources,
        nodeLists: NodeLists = .none
    )
        -> ResourceFit?
    {
        let types = partition.nodeTypes.compactMap { cluster.nodeType(named: $0) }
        var where_: String { place(partition, cluster) }
        let nodes = types.map(\.count).reduce(0, +)
        if job.minimumNodes > nodes {
            return ResourceFit(
                refusal: configuration, reason: "\(job.minimumNodes) nodes asked; \(where_) has \(nodes)",
                option: "nodes")
        }
        if let all = job.gpusInAll {
            let have = types.map { type in
                type.count * gpuCount(type, all.type)
            }.reduce(0, +)
            if all.count > have {
                return ResourceFit(
                    refusal: configuration,
                    reason:
                        "\(all.count) \(all.type.map { "\($0) " } ?? "")GPUs asked in all; \(where_) has \(have)",
                    option: "gpus")
            }
        }
        if let all = job.gpusInAll, all.count < job.minimumNodes {
            return ResourceFit(
                refusal: gres,
                reason:
                    "--gpus=\(all.count) is fewer GPUs than the job's \(job.minimumNodes) nodes (each node needs one)",
                option: "gpus")
        }
        let cpuLimit = partition.maxCPUsPerNode
        let excluded = Set(job.excluded)
        // A node list with no more nodes asked is the job's nodes: each must hold its share.
        let listed = Set(job.nodeNames)
        let onlyListed =
            !listed.isEmpty && types.allSatisfy { $0.nodes != nil }
            && (!job.nodesGiven || (job.maximumNodes ?? 0) <= listed.count)
        // Each fitting node type by its place in `types` (copying a type copies its lists), with
        // the nodes of it the job may have.
        let fitting = types.indices.compactMap { index -> (Int, Int)? in
            let type = types[index]
            func named(_ names: Set<String>) -> Int {
                guard !names.isEmpty, type.nodes != nil else { return 0 }
                return names.reduce(0) { $0 + (nodeLists.contains(type, $1) ? 1 : 0) }
            }
            let count = onlyListed ? named(listed) : type.count - named(excluded)
            return count > 0 && fits(job, on: type, cpuLimit: cpuLimit) ? (index, count) : nil
        }
        let fittingNodes = fitting.map(\.1).reduce(0, +)
        if fitting.isEmpty || fittingNodes < (onlyListed ? listed.count : job.minimumNodes) {
            return ResourceFit(
                refusal: configuration,
                reason: shortfall(job, types, where_, fittingNodes: fittingNodes, cpuLimit: cpuLimit),
                option: culprit(job, types, cpuLimit: cpuLimit))
        }
        // Tasks and GPUs pack onto as few nodes as hold them, up to the most the job may have.
        let most =
            onlyListed
            ? listed.count
            : max(
                job.nodesGiven ? (job.maximumNodes ?? job.minimumNodes) : (partition.maxNodes ?? nodes),
                job.minimumNodes)
        // The `most` roomiest nodes, a node type at a time (types have many alike nodes).
        func room(_ capacity: (ClusterResources.NodeType) -> Int) -> (nodes: Int, holds: Int) {
            var (nodes, holds) = (0, 0)
            for (each, count) in fitting.map({ (capacity(types[$0.0]), $0.1) }).sorted(by: { $0.0 > $1.0 }) {
                let taken = min(count, most - nodes)
                guard taken > 0 else { break }
                (nodes, holds) = (nodes + taken, holds + taken * each)
            }
            return (nodes, holds)
        }
        if job.tasksPerNode == nil, !job.overcommit {
            let wanted = job.taskCount ?? job.minimumNodes
            let (used, holds) = room { tasks(job, on: $0, cpuLimit: cpuLimit) }
            if holds < wanted {
                return ResourceFit(
                    refusal: configuration,
                    reason:
                        "\(wanted) tasks of \(job.cpusPerTask) CPU(s) asked; \(used) node(s) of \(where_) hold \(holds) of them"
                        + (job.memoryPerCPU.map { " with \($0) MB per CPU" } ?? ""),
                    option: job.tasks != nil ? "ntasks" : "cpus-per-task")
            }
        }
        if let all = job.gpusInAll, job.gpusPerNode.isEmpty {
            let (used, holds) = room { gpus(job, of: all.type, on: $0, cpuLimit: cpuLimit) }
            if holds < all.count {
                return ResourceFit(
                    refusal: configuration,
                    reason:
                        "\(all.count) \(all.type.map { "\($0) " } ?? "")GPUs asked in all; \(used) node(s) of \(where_) hold \(holds) of them"
                        + (job.memoryPerGPU.map { " with \($0) MB per GPU" } ?? "")
                        + (job.cpusPerGPU.map { " and \($0) CPUs per GPU" } ?? ""),
                    option: "gpus")
            }
        }
        return nil
    }

    /// The largest node's figure against the job's need, for the first need no node meets.
    private static func shortfall(
        _ job: JobShape, _ types: [ClusterResources.NodeType], _ where_: String, fittingNodes: Int,
        cpuLimit: Int?
    ) -> String {
        let maxCPUs = min(types.map(\.cpus).max() ?? 0, cpuLimit ?? .max)
        if job.cpusPerNode > maxCPUs {
            let limit =
                maxCPUs == cpuLimit
                ? "\(where_) lets a job use \(maxCPUs) CPUs of a node (MaxCPUsPerNode)"
                : "the largest node of \(where_) has \(maxCPUs)"
            return
                "\(job.cpusPerNode) CPUs per node asked (\(job.tasksOnANode) tasks x \(job.cpusPerTask) CPUs); \(limit)"
        }
        let maxMemory = types.map(\.memory).max() ?? 0
        if let memory = job.memoryNeed, memory > maxMemory {
            let asked = job.asksMemory ? "asked" : "by the default memory per CPU"
            return "\(memory) MB per node \(asked); the largest node of \(where_) has \(maxMemory) MB"
        }
        for need in job.gpuNeedsPerNode {
            let most =
                types.map {
                    gpuCount($0, need.type)
                }
                .max() ?? 0
            if need.count > most {
                let kinds = Set(
                    types.flatMap { $0.gpus.compactMap(\.type) + ($0.migTypes ?? []) + ($0.gpuAliases ?? []) }
                ).sorted().joined(separator: ", ")
                return most == 0 && need.type != nil
                    ? "no node of \(where_) has \(need.type!) GPUs (GPU types: \(kinds.isEmpty ? "none" : kinds))"
                    : "\(need.count) \(need.type.map { "\($0) " } ?? "")GPUs per node asked; a node of \(where_) has at most \(most)"
            }
        }
        return
            "no node of \(where_) has all it asks at once, or only \(fittingNodes) of the \(job.minimumNodes) nodes asked do"
    }

    private static func culprit(_ job: JobShape, _ types: [ClusterResources.NodeType], cpuLimit: Int?)
        -> String?
    {
        if job.cpusPerNode > min(types.map(\.cpus).max() ?? 0, cpuLimit ?? .max) {
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
