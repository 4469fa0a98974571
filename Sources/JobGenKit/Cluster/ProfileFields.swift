/// One key of a cluster profile: what its value is, whether it must be there, and what it means.
public struct ProfileField: Sendable {
    public enum Value: Sendable {
        case text
        /// A whole number no smaller than `minimum`.
        case integer(minimum: Int)
        case boolean
        /// A list of text values.
        case texts
        /// A list of mappings, each with these keys.
        case objects(of: String, [ProfileField])
        /// One mapping with these keys.
        case object(of: String, [ProfileField])
        /// A number, fractions allowed, no smaller than `minimum`.
        case number(minimum: Double)
    }

    public let key: String
    public let value: Value
    public let isRequired: Bool
    public let about: String

    static func required(_ key: String, _ value: Value, _ about: String) -> ProfileField {
        ProfileField(key: key, value: value, isRequired: true, about: about)
    }

    static func optional(_ key: String, _ value: Value, _ about: String) -> ProfileField {
        ProfileField(key: key, value: value, isRequired: false, about: about)
    }
}

/// The keys of a cluster profile, the one description of the format that the JSON Schema
/// (`docs/cluster-profile.schema.json`) and `jobgen cluster check` are made from. A key coded by
/// `ClusterResources` (or one of its parts) gets an entry here; a test fails until it has one.
public enum ProfileFields {
    public static let profile: [ProfileField] = [
        .required("name", .text, "The cluster's name (Slurm's ClusterName)"),
        .optional("source", .text, "Where the facts come from and when they were read"),
        .optional("slurmVersion", .text, "The release of the cluster's Slurm, such as 22.05.8"),
        .optional(
            "maxArraySize", .integer(minimum: 1), "Slurm's MaxArraySize: array indexes go up to one less"),
        .optional(
            "memory", .object(of: "memory limits", memoryLimits),
            "slurm.conf's memory defaults and limits, for partitions that set none"),
        .optional(
            "enforcePartLimits", .text,
            "slurm.conf's EnforcePartLimits: ALL (any partition named that refuses a job refuses it; the reading when absent), ANY or NO"),
        .optional(
            "accounting", .boolean,
            "Whether Slurm keeps accounts (AccountingStorageType not none); without, AllowAccounts partitions take no job"),
        .optional(
            "selectTypeParameters", .text,
            "slurm.conf's SelectTypeParameters, such as CR_Core_Memory (the reading when absent): CPUs a core at a time, memory counted"),
        .optional("qos", .objects(of: "QoS", qos), "The QoS sacctmgr lists, where accounting answered"),
        .required(
            "nodeTypes", .objects(of: "node type", nodeType), "Nodes alike in what a job can ask of them"),
        .required("partitions", .objects(of: "partition", partition), "The cluster's partitions"),
        .optional("billing", .object(of: "billing", billing), "How jobs are charged to an allocation"),
        .optional(
            "policies", .object(of: "policies", policies),
            "The site's own rules beyond Slurm's limits (its submit plugin, its documentation)"),
        .optional(
            "defaults", .object(of: "job defaults", defaults),
            "What jobs generated for this cluster start from, per kind, where it differs from the generic defaults; flags and spec values override them"
        ),
    ]

    public static let policies: [ProfileField] = [
        .optional("migInstancesPerJob", .integer(minimum: 1), "The most MIG instances one job may have"),
        .optional("wholeNodesOnly", .boolean, "CPU jobs get whole nodes whatever they ask"),
        .optional("memoryIgnored", .boolean, "--mem and its kin are ignored: a job gets all of each node's memory"),
        .optional(
            "gpusInMultiplesOf", .integer(minimum: 2), "GPUs a job may have in all: exactly 1, or a multiple of this"),
        .optional(
            "internetOnComputeNodes", .boolean,
            "Whether compute nodes reach the internet (pip and virtualenv downloads); absent: not known"),
        .optional("nodeLocalTmpdir", .boolean, "Whether $SLURM_TMPDIR is on each node's own disk; absent: not known"),
        .optional("minimumTime", .integer(minimum: 1), "The shortest time limit the site wants, in minutes"),
        .optional("maxNodesCPUJob", .integer(minimum: 1), "The most nodes a CPU job may have by default"),
        .optional("maxNodesGPUJob", .integer(minimum: 1), "The most nodes a GPU job may have by default"),
        .optional(
            "tryPartition", .text,
            "The partition jobgen try asks for its short test allocations, in place of the script's (one of the profile's partitions)"),
        .optional("tryQos", .text, "The QoS jobgen try asks for its test allocations, in place of the script's"),
    ]

    public static let defaults: [ProfileField] = [
        .optional(
            "distributed", .object(of: "distributed defaults", distributedDefaults),
            "Defaults of jobgen distributed"),
        .optional(
            "wholeNode", .object(of: "whole-node defaults", wholeNodeDefaults),
            "Defaults of jobgen whole-node"),
        .optional("gpu", .object(of: "gpu defaults", gpuDefaults), "Defaults of jobgen gpu"),
    ]

    static let modules = ProfileField.optional(
        "modules", .texts, "The modules the job loads, in order, such as StdEnv/2023 gcc openmpi")

    static let askMemory = ProfileField.optional(
        "askMemory", .boolean, "false where the site ignores memory options (Trillium): the job asks none")

    public static let distributedDefaults: [ProfileField] = [
        .optional("ntasks", .integer(minimum: 1), "Tasks of the job (--ntasks)"), askMemory, modules,
    ]

    public static let wholeNodeDefaults: [ProfileField] = [
        .optional(
            "ntasksPerNode", .integer(minimum: 1),
            "Tasks per node (--ntasks-per-node): one per core of the cluster's CPU node"),
        askMemory, modules,
    ]

    public static let gpuDefaults: [ProfileField] = [
        .optional(
            "gpuType", .text, "The GPU type as Slurm names it (a100): the job asks --gpus-per-node=TYPE:1"),
        .optional(
            "coresPerGPU", .integer(minimum: 1),
            "Cores that come with one GPU (the bundle), split between the job's tasks with --cpus-per-task"),
        .optional("memoryPerGPU", .integer(minimum: 1), "MB of memory per GPU (--mem-per-gpu), the bundle's"),
        modules,
    ]

    public static let memoryLimits: [ProfileField] = [
        .optional("defaultPerCPU", .integer(minimum: 1), "MB per allocated CPU for a job that asks none (DefMemPerCPU)"),
        .optional("defaultPerNode", .integer(minimum: 1), "MB per node for a job that asks none (DefMemPerNode)"),
        .optional("maxPerCPU", .integer(minimum: 1), "MaxMemPerCPU in MB: above it Slurm gives more CPUs per task"),
        .optional("maxPerNode", .integer(minimum: 1), "MaxMemPerNode in MB: above it Slurm refuses the job"),
    ]

    public static let billing: [ProfileField] = [
        .required(
            "memoryPerCoreEquivalent", .integer(minimum: 1),
            "MB of memory charged as one core (4096 on the Alliance: a core-equivalent is 1 core and 4G)"),
        .required(
            "gpuTypes", .objects(of: "GPU value", gpuValue),
            "What one GPU, or MIG instance, of each Slurm GPU type is worth in RGU"),
        .optional(
            "gpuBundle", .object(of: "GPU bundle", gpuBundle),
            "The cores and memory that come with one whole GPU; none for a cluster without GPUs"),
    ]

    public static let gpuValue: [ProfileField] = [
        .required("type", .text, "The GPU type as Slurm names it (a100, a100_1g.5gb)"),
        .required("rgu", .number(minimum: 0), "Reference GPU units one GPU of this type is worth"),
    ]

    public static let gpuBundle: [ProfileField] = [
        .required("gpuType", .text, "The GPU type of the bundle"),
        .required("cores", .integer(minimum: 1), "Cores that come with one GPU"),
        .required("memory", .integer(minimum: 1), "MB of memory that come with one GPU"),
    ]

    public static let qos: [ProfileField] = [
        .required("name", .text, "The QoS's name, as --qos gives it"),
        .optional("maxWall", .integer(minimum: 0), "MaxWall in minutes"),
        .optional("maxTRESPerJob", .text, "MaxTRES, as sacctmgr prints it (cpu=64,gres/gpu=4)"),
        .optional("maxTRESPerUser", .text, "MaxTRESPU"),
        .optional("maxJobsPerUser", .integer(minimum: 0), "MaxJobsPU"),
        .optional("maxSubmitPerUser", .integer(minimum: 0), "MaxSubmitPU"),
    ]

    public static let nodeType: [ProfileField] = [
        .required("name", .text, "The node type's name, which partitions refer to"),
        .optional(
            "nodes", .text,
            "The nodes, as a Slurm host list such as n[001-004,007]; without it node names in requests are not checked"
        ),
        .required("count", .integer(minimum: 1), "How many nodes of this type there are"),
        .required(
            "cpus", .integer(minimum: 1), "CPUs a job can have on one node (Slurm's CPUTot or CPUEfctv)"),
        .optional("sockets", .integer(minimum: 1), "Sockets per node"),
        .optional("coresPerSocket", .integer(minimum: 1), "Cores per socket"),
        .optional("threadsPerCore", .integer(minimum: 1), "Hardware threads per core"),
        .required(
            "memory", .integer(minimum: 1),
            "Memory a job can have on one node, in MB (RealMemory less MemSpecLimit)"),
        .required("features", .texts, "The nodes' features, for --constraint"),
        .required("gpus", .objects(of: "GPU kind", gpus), "The GPUs on each node, one entry per GPU type"),
        .optional("tmpDisk", .integer(minimum: 0), "Node-local disk in MB (Slurm's TmpDisk)"),
        .optional("migTypes", .texts, "MIG instance types (Slurm names) the nodes' GPUs can be asked as"),
        .optional("gpuAliases", .texts, "Other Slurm names of the nodes' whole GPUs"),
    ]

    public static let gpus: [ProfileField] = [
        .optional("type", .text, "The GPU type, as in gpu:a100:4; none for untyped GPUs"),
        .required("count", .integer(minimum: 1), "GPUs of this type on each node"),
    ]

    public static let partition: [ProfileField] = [
        .required("name", .text, "The partition's name, as --partition gives it"),
        .required("nodeTypes", .texts, "The node types whose nodes are in it (names from nodeTypes)"),
        .required(
            "default", .boolean, "Whether jobs that name no partition go to it (at most one partition)"),
        .optional("maxTime", .integer(minimum: 0), "The walltime limit in minutes; none for no limit"),
        .optional("maxNodes", .integer(minimum: 1), "The most nodes a job may have"),
        .optional("minNodes", .integer(minimum: 1), "The fewest nodes a job may have"),
        .optional("defaultTime", .integer(minimum: 0), "Minutes a job that gives no --time gets (DefaultTime)"),
        .optional("maxCPUsPerNode", .integer(minimum: 1), "The most CPUs of one node a job may use (MaxCPUsPerNode)"),
        .optional(
            "memory", .object(of: "memory limits", memoryLimits),
            "The partition's own memory defaults and limits, over the cluster's"),
        .optional("state", .text, "DOWN, DRAIN or INACTIVE; none when UP"),
        .optional("allowAccounts", .texts, "The accounts whose jobs it takes (AllowAccounts); none for all"),
        .optional("denyAccounts", .texts, "The accounts whose jobs it refuses (DenyAccounts)"),
        .optional("allowQos", .texts, "The QoS its jobs may have (AllowQos); none for all"),
    ]
}
