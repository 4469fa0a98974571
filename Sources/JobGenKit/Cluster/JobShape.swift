/// What a job asks of the cluster, from its effective options: nodes, tasks, CPUs, memory, GPUs,
/// time, partition, features, node names and array size.
struct JobShape {
    var minimumNodes = 1
    var maximumNodes: Int?
    var nodesGiven = false
    var tasks: Int?
    var tasksPerNode: Int?
    var cpusPerTask = 1
    /// MB per node; 0 asks for all of each node's memory.
    var memoryPerNode: Int?
    var memoryPerCPU: Int?
    var memoryPerGPU: Int?
    /// GPUs every node must have, by type (nil: any type).
    var gpusPerNode: [ClusterResources.GPUs] = []
    /// `--gpus`: GPUs for the whole job.
    var gpusInAll: ClusterResources.GPUs?
    /// Minutes (`Int.max` for no limit); nil when not given.
    var minutes: Int?
    /// `--time-min`, minutes.
    var minimumMinutes: Int?
    var partitions: [String] = []
    /// Features every node must have (`a&b`, `a,b`); nil when the expression is more than that.
    var features: [String]? = []
    /// Features of which each node must have one (`a|b`, `[a|b]`).
    var anyOfFeatures: [String]?
    /// Every feature name the constraint names, whatever its operators.
    var featureNames: [String] = []
    var nodeNames: [String] = []
    var highestArrayIndex: Int?
    /// `--exclusive`: whole nodes.
    var exclusive = false
    /// `--mincpus`, or what a partition's MaxMemPerCPU makes of a per-node memory request.
    var minimumCPUsPerNode: Int?
    /// Whether the memory figures are a partition's or cluster's default, not the job's own.
    var memoryIsDefault = false
    /// What each node's sockets, cores and threads must be at least (`--sockets-per-node`,
    /// `--cores-per-socket`, `--threads-per-core`, `-B S:C:T`).
    var socketsPerNode: Int?
    var coresPerSocket: Int?
    var threadsPerCore: Int?
    /// `-B S:C[:T]` also asks for S x C x T CPUs on each node.
    var extraNodeInfoCPUs: Int?
    var tasksPerSocket: Int?
    /// `--tmp`: node-local disk per node, MB.
    var tmpPerNode: Int?
    var gpusPerTask: ClusterResources.GPUs?
    var gpusPerSocket: ClusterResources.GPUs?
    var cpusPerGPU: Int?
    var tasksPerGPU: Int?
    /// `--overcommit`: tasks share CPUs, one CPU per node (times CPUs per task) is enough.
    var overcommit = false
    var account: String?
    var qos: String?
    /// `--exclude`: nodes the job must not have.
    var excluded: [String] = []
    /// One thread of each core per CPU asked (`--hint=nomultithread`, `--threads-per-core=1`).
    var oneThreadPerCore = false
    var tasksPerCore: Int?
    /// How the cluster allocates (set by `inside(_:of:)`): whole cores (CR_Core*, so a node
    /// with threads gives a job its CPUs a core at a time) and memory as a consumable.
    var wholeCores = true
    var memoryCounts = true
    /// Where each option was given, to report at.
    var lines: [String: Int] = [:]

    init(_ options: [EffectiveOption]) {
        defer {
            // --ntasks-per-gpu with GPUs per node fixes the tasks of each node.
            if tasksPerNode == nil, let perGPU = tasksPerGPU, !gpusPerNode.isEmpty {
                tasksPerNode = perGPU * gpusPerNode.map(\.count).reduce(0, +)
            }
        }
        lines.reserveCapacity(options.count)
        for option in options {
            if case .script(let line) = option.source { lines[option.name] = line }
            let value = option.value
            switch option.name {
            case "nodes":
                if let nodes = try? NodeCount(slurm: value) {
                    (minimumNodes, maximumNodes, nodesGiven) = (
                        nodes.minimum, nodes.maximum ?? nodes.minimum, true
                    )
                }
            case "ntasks": tasks = Int(value)
            case "ntasks-per-node": tasksPerNode = Int(value)
            case "cpus-per-task": cpusPerTask = Int(value) ?? 1
            case "mem": memoryPerNode = Self.megabytes(value)
            case "mem-per-cpu": memoryPerCPU = Self.megabytes(value)
            case "mem-per-gpu": memoryPerGPU = Self.megabytes(value)
            case "gpus-per-node": gpusPerNode += Self.gpus(value).filter { $0.count > 0 }
            case "gres":
                gpusPerNode += value.split(ascii: ",").compactMap { item in
                    let parts = item.split(ascii: ":").map(String.init).filter { $0 != "gres" }
                    guard parts.first == "gpu" else { return nil }
                    let count = parts.count > 1 ? Int(parts.last!) : 1
                    let type = parts.count == 3 || (parts.count == 2 && count == nil) ? parts[1] : nil
                    return ClusterResources.GPUs(type: type, count: count ?? 1)
                }
            case "gpus": gpusInAll = Self.gpus(value).first.flatMap { $0.count > 0 ? $0 : nil }
            // No limit is more than any partition's MaxTime allows.
            case "time": minutes = value == "UNLIMITED" ? Int.max : (try? WallTime(slurm: value))?.minutes
            case "account": account = value
            case "qos": qos = value
            case "time-min": minimumMinutes = (try? WallTime(slurm: value))?.minutes
            case "partition": partitions = value.split(ascii: ",").map(String.init)
            case "constraint":
                let plain = value.allSatisfy { $0.isLetter || $0.isNumber || "_-.&,".contains($0) }
                features =
                    plain ? value.split(whereSeparator: { $0 == "&" || $0 == "," }).map(String.init) : nil
                // (`[a|b]`, all nodes alike, is decided when the job is scheduled, not before.)
                if value.contains("|"),
                    value.allSatisfy({ $0.isLetter || $0.isNumber || "_-.|".contains($0) })
                {
                    anyOfFeatures = value.split(ascii: "|").map(String.init)
                }
                // Every name in the expression must be a feature of some node (`[a|b]*2&c`).
                featureNames = value.split(whereSeparator: { "&|,[]()".contains($0) }).map {
                    String($0.split(ascii: "*").first ?? $0)
                }.filter { !$0.isEmpty }
            case "nodelist": nodeNames = HostList.names(value)
            case "array": highestArrayIndex = (try? ArraySpec(slurm: value))?.highestIndex
            case "exclusive": exclusive = value == "exclusive"  // not =user, =mcs or =topo
            case "mincpus": minimumCPUsPerNode = Int(value)
            case "sockets-per-node": socketsPerNode = Int(value)
            case "cores-per-socket": coresPerSocket = Int(value)
            case "threads-per-core":
                threadsPerCore = Int(value)
                if threadsPerCore == 1 { oneThreadPerCore = true }
            case "hint": if value == "nomultithread" { oneThreadPerCore = true }
            case "ntasks-per-core": tasksPerCore = Int(value)
            case "extra-node-info":
                let parts = value.split(ascii: ":", omittingEmptySubsequences: false).map { Int($0) }
                socketsPerNode = socketsPerNode ?? parts.first ?? nil
                coresPerSocket = coresPerSocket ?? (parts.count > 1 ? parts[1] : nil)
                threadsPerCore = threadsPerCore ?? (parts.count > 2 ? parts[2] : nil)
                if parts.count > 1, let sockets = parts[0], let cores = parts[1] {
                    extraNodeInfoCPUs = sockets * cores * ((parts.count > 2 ? parts[2] : nil) ?? 1)
                }
            case "ntasks-per-socket": tasksPerSocket = Int(value)
            case "tmp": tmpPerNode = Self.megabytes(value)
            case "gpus-per-task": gpusPerTask = Self.gpus(value).first
            case "gpus-per-socket": gpusPerSocket = Self.gpus(value).first
            case "cpus-per-gpu": cpusPerGPU = Int(value)
            case "ntasks-per-gpu": tasksPerGPU = Int(value)
            case "overcommit": overcommit = true
            case "exclude": excluded = HostList.names(value)
            default: break
            }
        }
    }

    /// sbatch's print of a memory size (`16G`; `0?` for 0, its mbytes_to_str quirk) in MB.
    static func megabytes(_ value: String) -> Int? {
        (try? MemorySize(slurm: value == "0?" ? "0" : value))?.megabytes
    }

    /// `a100:2,v100:1`, `2`.
    static func gpus(_ value: String) -> [ClusterResources.GPUs] {
        value.split(ascii: ",").compactMap { item in
            let parts = item.split(ascii: ":")
            guard let count = parts.last.flatMap({ Int($0) }) else {
                return parts.count == 1 ? ClusterResources.GPUs(type: String(parts[0]), count: 1) : nil
            }
            return ClusterResources.GPUs(type: parts.count == 2 ? String(parts[0]) : nil, count: count)
        }
    }

    /// Tasks that must share one node.
    var tasksOnANode: Int {
        if let tasksPerNode { return tasksPerNode }
        if let tasks, nodesGiven {
            return (tasks + (maximumNodes ?? minimumNodes) - 1) / (maximumNodes ?? minimumNodes)
        }
        return 1
    }

    var cpusPerNode: Int {
        max(overcommit && tasksPerNode == nil ? cpusPerTask : tasksOnANode * cpusPerTask, leastCPUsOnANode)
    }

    /// CPUs every node must give the job, whatever its tasks: `--mincpus`, `-B S:C:T`.
    var leastCPUsOnANode: Int { max(minimumCPUsPerNode ?? 0, extraNodeInfoCPUs ?? 0) }

    /// Tasks of the job: `--ntasks`, else `--ntasks-per-gpu` times the GPUs, else nil.
    var taskCount: Int? {
        tasks ?? tasksPerGPU.flatMap { perGPU in gpusInAll.map { perGPU * $0.count } }
    }

    /// Whether the job states its memory (else a partition's or the cluster's default applies).
    var asksMemory: Bool {
        !memoryIsDefault && (memoryPerNode != nil || memoryPerCPU != nil || memoryPerGPU != nil)
    }

    /// CPUs of the whole job.
    var cpusInAll: Int {
        let tasks =
            overcommit
            ? minimumNodes : (taskCount ?? (tasksPerNode.map { $0 * minimumNodes } ?? minimumNodes))
        return max(tasks * cpusPerTask, minimumNodes * (extraNodeInfoCPUs ?? 0))
    }

    /// GPUs each node must have.
    var gpuNeedsPerNode: [ClusterResources.GPUs] {
        var needs = gpusPerNode
        if needs.isEmpty, let perSocket = gpusPerSocket {
            needs = [
                ClusterResources.GPUs(type: perSocket.type, count: perSocket.count * (socketsPerNode ?? 1))
            ]
        }
        if needs.isEmpty, let perTask = gpusPerTask {
            needs = [ClusterResources.GPUs(type: perTask.type, count: perTask.count * (tasksPerNode ?? 1))]
        }
        if needs.isEmpty, let all = gpusInAll {
            needs = [ClusterResources.GPUs(type: all.type, count: 1)]
        }
        return needs
    }

    /// Memory each node must have, in MB; nil for no stated need (or all of the node).
    var memoryNeed: Int? {
        if let memoryPerNode { return memoryPerNode == 0 ? nil : memoryPerNode }
        if let memoryPerCPU { return memoryPerCPU * cpusPerNode }
        if let memoryPerGPU { return memoryPerGPU * gpuNeedsPerNode.map(\.count).reduce(0, +) }
        return nil
    }
}
