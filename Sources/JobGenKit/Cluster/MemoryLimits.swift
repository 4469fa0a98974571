/// Slurm's memory defaults and limits (DefMemPerCPU, DefMemPerNode, MaxMemPerCPU, MaxMemPerNode),
/// in MB, set cluster-wide in slurm.conf or on one partition; a partition's own replace the
/// cluster's.
public struct MemoryLimits: Codable, Sendable, Equatable {
    /// Memory a job that asks none gets per allocated CPU.
    public var defaultPerCPU: Int?
    /// Memory a job that asks none gets per node.
    public var defaultPerNode: Int?
    /// Above this per CPU, slurmctld gives the job more CPUs per task instead.
    public var maxPerCPU: Int?
    /// Above this per node, slurmctld refuses the job.
    public var maxPerNode: Int?

    public init(defaultPerCPU: Int? = nil, defaultPerNode: Int? = nil, maxPerCPU: Int? = nil, maxPerNode: Int? = nil) {
        self.defaultPerCPU = defaultPerCPU
        self.defaultPerNode = defaultPerNode
        self.maxPerCPU = maxPerCPU
        self.maxPerNode = maxPerNode
    }

    var isEmpty: Bool { self == MemoryLimits() }

    /// The default that applies: these limits' own, else the cluster's (as slurmctld: a
    /// partition that sets either default form replaces both of the cluster's).
    func defaults(over cluster: MemoryLimits?) -> MemoryLimits {
        defaultPerCPU != nil || defaultPerNode != nil ? self : cluster ?? MemoryLimits()
    }

    /// The maximum that applies, by the same rule.
    func maximums(over cluster: MemoryLimits?) -> MemoryLimits {
        maxPerCPU != nil || maxPerNode != nil ? self : cluster ?? MemoryLimits()
    }
}
