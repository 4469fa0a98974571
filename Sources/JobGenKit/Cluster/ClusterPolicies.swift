/// A site's rules beyond Slurm's limits, which its job-submit plugin or documentation sets: what
/// jobs it refuses or reshapes, and what its compute nodes can reach.
public struct ClusterPolicies: Codable, Sendable, Equatable {
    /// The most MIG instances one job may have (the Alliance: 1; more is refused at submission).
    public var migInstancesPerJob: Int?
    /// CPU jobs get whole nodes, whatever they ask (Trillium).
    public var wholeNodesOnly: Bool?
    /// `--mem` and its kin are ignored: a job gets all of each node's memory (Trillium).
    public var memoryIgnored: Bool?
    /// GPUs a job may have in all: exactly 1, or a multiple of this (Trillium: 4, whole nodes).
    public var gpusInMultiplesOf: Int?
    /// Whether compute nodes reach the internet (pip and virtualenv downloads); nil: not known.
    public var internetOnComputeNodes: Bool?
    /// Whether `$SLURM_TMPDIR` is a directory on each node's own disk (the Alliance's); nil: not
    /// known.
    public var nodeLocalTmpdir: Bool?
    /// The shortest time limit the site wants, in minutes (shorter jobs are refused or
    /// discouraged).
    public var minimumTime: Int?
    /// The most nodes a CPU or a GPU job may have without an allocation that allows more.
    public var maxNodesCPUJob: Int?
    public var maxNodesGPUJob: Int?
    /// The partition and QoS `jobgen try` asks for its short test allocations (a site's debug or
    /// interactive partition), in place of the script's.
    public var tryPartition: String?
    public var tryQos: String?

    public init(
        migInstancesPerJob: Int? = nil, wholeNodesOnly: Bool? = nil, memoryIgnored: Bool? = nil,
        gpusInMultiplesOf: Int? = nil, internetOnComputeNodes: Bool? = nil, nodeLocalTmpdir: Bool? = nil,
        minimumTime: Int? = nil, maxNodesCPUJob: Int? = nil, maxNodesGPUJob: Int? = nil,
        tryPartition: String? = nil, tryQos: String? = nil
    ) {
        self.migInstancesPerJob = migInstancesPerJob
        self.wholeNodesOnly = wholeNodesOnly
        self.memoryIgnored = memoryIgnored
        self.gpusInMultiplesOf = gpusInMultiplesOf
        self.internetOnComputeNodes = internetOnComputeNodes
        self.nodeLocalTmpdir = nodeLocalTmpdir
        self.minimumTime = minimumTime
        self.maxNodesCPUJob = maxNodesCPUJob
        self.maxNodesGPUJob = maxNodesGPUJob
        self.tryPartition = tryPartition
        self.tryQos = tryQos
    }
}
