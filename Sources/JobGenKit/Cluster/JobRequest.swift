/// What a job asks of a cluster, from its effective options: the facts `ResourceFit` checks
/// (`JobShape`), for reporting and for charges.
public struct JobRequest: Sendable {
    let shape: JobShape
    /// `--exclusive` (any mode): Slurm gives the job whole nodes, whatever it asks.
    public let exclusive: Bool

    public init(_ options: [EffectiveOption]) { self.init(shape: JobShape(options), options: options) }

    init(shape: JobShape, options: [EffectiveOption]) {
        self.shape = shape
        exclusive = options.contains { $0.name == "exclusive" }
    }

    /// How the job asks for memory.
    public enum Memory: Sendable, Equatable {
        /// `--mem` (MB per node).
        case perNode(Int)
        /// `--mem=0`: all of each node's memory.
        case wholeNode
        /// `--mem-per-cpu` (MB).
        case perCPU(Int)
        /// `--mem-per-gpu` (MB).
        case perGPU(Int)
        /// No memory option: the cluster's default.
        case notGiven
    }

    /// Nodes: the lower bound of a range, 1 when not given.
    public var nodes: Int { shape.minimumNodes }
    /// The upper bound of a `--nodes` range (`2-4`); nil for a single number.
    public var maximumNodes: Int? { shape.maximumNodes.flatMap { $0 == shape.minimumNodes ? nil : $0 } }
    /// Whether `--nodes` was given (without it Slurm picks the number from the tasks).
    public var nodesGiven: Bool { shape.nodesGiven }
    /// Tasks in all.
    public var tasks: Int {
        shape.tasks ?? (shape.tasksPerNode.map { $0 * shape.minimumNodes } ?? shape.minimumNodes)
    }
    /// Tasks that must share one node: `--ntasks-per-node`, else the tasks spread over the nodes.
    public var tasksPerNode: Int { shape.tasksOnANode }
    /// Whether `--ntasks-per-node` was given.
    public var tasksPerNodeGiven: Bool { shape.tasksPerNode != nil }
    public var cpusPerTask: Int { shape.cpusPerTask }
    /// CPUs one node must have.
    public var cpusPerNode: Int { shape.cpusPerNode }
    /// CPUs of the whole job.
    public var cpus: Int { shape.cpusInAll }

    public var memory: Memory {
        if let perNode = shape.memoryPerNode { return perNode == 0 ? .wholeNode : .perNode(perNode) }
        if let perCPU = shape.memoryPerCPU { return .perCPU(perCPU) }
        if let perGPU = shape.memoryPerGPU { return .perGPU(perGPU) }
        return .notGiven
    }

    /// Memory one node must have, in MB; nil when not stated (or all of the node).
    public var memoryPerNode: Int? { shape.memoryNeed }

    /// GPUs each node must have, by type (nil type: any).
    public var gpusPerNode: [ClusterResources.GPUs] { shape.gpuNeedsPerNode }

    /// Whether GPUs were asked per node (`--gpus-per-node`, `--gres`) rather than for the job.
    public var gpusGivenPerNode: Bool { !shape.gpusPerNode.isEmpty }

    /// GPUs of the whole job, by type.
    public var gpus: [ClusterResources.GPUs] {
        guard shape.gpusPerNode.isEmpty else {
            return shape.gpusPerNode.map { .init(type: $0.type, count: $0.count * shape.minimumNodes) }
        }
        return shape.gpusInAll.map { [$0] } ?? []
    }

    /// The time limit in minutes: nil when not given, `Int.max` for `UNLIMITED`.
    public var minutes: Int? { shape.minutes }

    /// `--partition`: the partitions the job may run in (empty: the default one).
    public var partitions: [String] { shape.partitions }
}
