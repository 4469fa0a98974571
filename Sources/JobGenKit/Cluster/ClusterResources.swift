/// What a cluster has, as plain data: its node types and partitions, and the limits jobs are
/// checked against. Read from YAML (`ClusterResources(yaml:)`) or from the cluster itself
/// (`ScontrolImport`).
public struct ClusterResources: Codable, Sendable, Equatable {
    public var name: String
    /// Where the facts come from and when they were read.
    public var source: String?
    /// The release of the cluster's Slurm (`22.05.8`).
    public var slurmVersion: String?
    /// Slurm's MaxArraySize: array indexes go up to one less.
    public var maxArraySize: Int?
    /// slurm.conf's memory defaults and limits, for partitions that set none.
    public var memory: MemoryLimits?
    /// slurm.conf's EnforcePartLimits: `ALL` (a job is refused when any partition it names
    /// refuses it), `ANY` (when all do) or `NO` (partition limits only hold it pending); nil is
    /// read as `ALL`.
    public var enforcePartLimits: String?
    /// slurm.conf's SelectTypeParameters (`CR_Core_Memory`): whether CPUs are given a core at a
    /// time and memory is counted; nil is read as `CR_Core_Memory`.
    public var selectTypeParameters: String?
    /// Whether Slurm keeps accounts (AccountingStorageType other than none): without it a job
    /// has no known account, and a partition with AllowAccounts takes no job.
    public var accounting: Bool?
    /// The QoS `sacctmgr show qos` lists, where accounting answered; nil when not known.
    public var qos: [QoS]?
    public var nodeTypes: [NodeType]
    public var partitions: [Partition]
    /// How jobs are charged; nil where not known (then no charge is given).
    public var billing: Billing?
    /// The site's own rules (MIG instances per job, whole nodes only, internet on compute nodes).
    public var policies: ClusterPolicies?
    /// What generated jobs start from on this cluster; nil for the generic defaults.
    public var defaults: ClusterDefaults?

    public init(
        name: String, source: String? = nil, slurmVersion: String? = nil, maxArraySize: Int? = nil,
        memory: MemoryLimits? = nil, enforcePartLimits: String? = nil, selectTypeParameters: String? = nil,
        accounting: Bool? = nil, qos: [QoS]? = nil, nodeTypes: [NodeType], partitions: [Partition], billing: Billing? = nil,
        policies: ClusterPolicies? = nil, defaults: ClusterDefaults? = nil
    ) {
        self.name = name
        self.source = source
        self.slurmVersion = slurmVersion
        self.maxArraySize = maxArraySize
        self.memory = memory
        self.enforcePartLimits = enforcePartLimits
        self.selectTypeParameters = selectTypeParameters
        self.accounting = accounting
        self.qos = qos
        self.nodeTypes = nodeTypes
        self.partitions = partitions
        self.billing = billing
        self.policies = policies
        self.defaults = defaults
    }

    /// Nodes alike in what a job can ask of them.
    public struct NodeType: Codable, Sendable, Equatable {
        public var name: String
        /// The nodes, as a Slurm host list (`n[1-4,7]`); nil where their names are not known
        /// (then node names in requests are not checked).
        public var nodes: String?
        public var count: Int
        /// CPUs a job can have on one node (Slurm's CPUTot / CPUEfctv).
        public var cpus: Int
        public var sockets: Int?
        public var coresPerSocket: Int?
        public var threadsPerCore: Int?
        /// Memory a job can have on one node, in MB (RealMemory less MemSpecLimit).
        public var memory: Int
        public var features: [String]
        public var gpus: [GPUs]
        /// Node-local disk in MB (TmpDisk).
        public var tmpDisk: Int?
        /// MIG instance types the nodes' GPUs can be asked as (`a100_1g.5gb`), where Slurm's
        /// node list is not known.
        public var migTypes: [String]?
        /// Other Slurm names of the nodes' whole GPUs (`h100_80gb` for `h100`).
        public var gpuAliases: [String]?

        public init(
            name: String, nodes: String?, count: Int, cpus: Int, sockets: Int? = nil,
            coresPerSocket: Int? = nil,
            threadsPerCore: Int? = nil, memory: Int, features: [String] = [], gpus: [GPUs] = [],
            tmpDisk: Int? = nil, migTypes: [String]? = nil, gpuAliases: [String]? = nil
        ) {
            self.name = name
            self.nodes = nodes
            self.count = count
            self.cpus = cpus
            self.sockets = sockets
            self.coresPerSocket = coresPerSocket
            self.threadsPerCore = threadsPerCore
            self.memory = memory
            self.features = features
            self.gpus = gpus
            self.tmpDisk = tmpDisk
            self.migTypes = migTypes
            self.gpuAliases = gpuAliases
        }
    }

    /// A QoS and the limits it sets on jobs (MaxWall in minutes; TRES limits as sacctmgr prints
    /// them, `cpu=64,gres/gpu=4`).
    public struct QoS: Codable, Sendable, Equatable {
        public var name: String
        public var maxWall: Int?
        public var maxTRESPerJob: String?
        public var maxTRESPerUser: String?
        public var maxJobsPerUser: Int?
        public var maxSubmitPerUser: Int?

        public init(
            name: String, maxWall: Int? = nil, maxTRESPerJob: String? = nil, maxTRESPerUser: String? = nil,
            maxJobsPerUser: Int? = nil, maxSubmitPerUser: Int? = nil
        ) {
            self.name = name
            self.maxWall = maxWall
            self.maxTRESPerJob = maxTRESPerJob
            self.maxTRESPerUser = maxTRESPerUser
            self.maxJobsPerUser = maxJobsPerUser
            self.maxSubmitPerUser = maxSubmitPerUser
        }
    }

    /// GPUs of one type on a node: `gpu:a100:4` is `{type: a100, count: 4}`.
    public struct GPUs: Codable, Sendable, Equatable {
        public var type: String?
        public var count: Int

        public init(type: String?, count: Int) {
            self.type = type
            self.count = count
        }
    }

    public struct Partition: Codable, Sendable, Equatable {
        public var name: String
        /// The node types whose nodes are in it.
        public var nodeTypes: [String]
        /// Jobs that name no partition go to the default one.
        public var isDefault: Bool
        /// In minutes; nil for no limit.
        public var maxTime: Int?
        public var maxNodes: Int?
        public var minNodes: Int?
        /// Minutes a job that gives no `--time` gets; nil for the partition's MaxTime.
        public var defaultTime: Int?
        public var maxCPUsPerNode: Int?
        /// The partition's own memory defaults and limits (over the cluster's).
        public var memory: MemoryLimits?
        /// `DOWN`, `DRAIN` or `INACTIVE`; nil when `UP`. Drained and inactive partitions take no
        /// jobs; a down one takes them without checking its limits, to run later.
        public var state: String?
        /// AllowAccounts, DenyAccounts and AllowQos; nil for all.
        public var allowAccounts: [String]?
        public var denyAccounts: [String]?
        public var allowQos: [String]?

        public init(
            name: String, nodeTypes: [String], isDefault: Bool = false, maxTime: Int? = nil,
            maxNodes: Int? = nil, minNodes: Int? = nil, defaultTime: Int? = nil,
            maxCPUsPerNode: Int? = nil, memory: MemoryLimits? = nil, state: String? = nil,
            allowAccounts: [String]? = nil, denyAccounts: [String]? = nil, allowQos: [String]? = nil
        ) {
            self.name = name
            self.nodeTypes = nodeTypes
            self.isDefault = isDefault
            self.maxTime = maxTime
            self.maxNodes = maxNodes
            self.minNodes = minNodes
            self.defaultTime = defaultTime
            self.maxCPUsPerNode = maxCPUsPerNode
            self.memory = memory
            self.state = state
            self.allowAccounts = allowAccounts
            self.denyAccounts = denyAccounts
            self.allowQos = allowQos
        }

        enum CodingKeys: String, CodingKey {
            case name, nodeTypes
            case isDefault = "default"
            case maxTime, maxNodes, minNodes, defaultTime, maxCPUsPerNode, memory, state
            case allowAccounts, denyAccounts, allowQos
        }

        /// Whether it takes new jobs (slurmctld's PARTITION_SUBMIT: up or down).
        public var takesJobs: Bool { state != "DRAIN" && state != "INACTIVE" }
    }
}

extension ClusterResources {
    public func nodeType(named name: String) -> NodeType? { nodeTypes.first { $0.name == name } }

    public func partition(named name: String) -> Partition? { partitions.first { $0.name == name } }

    /// The partition a job that names none goes to.
    public var defaultPartition: Partition? { partitions.first(where: \.isDefault) ?? partitions.first }

    /// Every node feature of the cluster.
    public var features: Set<String> { Set(nodeTypes.flatMap(\.features)) }
}
