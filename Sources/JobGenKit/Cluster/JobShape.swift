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
    var partitions: [String] = []
    /// Features every node must have (`a&b`, `a,b`); nil when the expression is more than that.
    var features: [String]? = []
    var nodeNames: [String] = []
    var highestArrayIndex: Int?
    /// Where each option was given, to report at.
    var lines: [String: Int] = [:]

    init(_ options: [EffectiveOption]) {
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
            // sbatch -v prints --mem=0 (all of each node) as `0?`.
            case "mem": memoryPerNode = value == "0?" ? 0 : (try? MemorySize(slurm: value))?.megabytes
            case "mem-per-cpu": memoryPerCPU = (try? MemorySize(slurm: value))?.megabytes
            case "mem-per-gpu": memoryPerGPU = (try? MemorySize(slurm: value))?.megabytes
            case "gpus-per-node": gpusPerNode += Self.gpus(value)
            case "gres":
                gpusPerNode += value.split(separator: ",").compactMap { item in
                    let parts = item.split(separator: ":").map(String.init).filter { $0 != "gres" }
                    guard parts.first == "gpu" else { return nil }
                    let count = parts.count > 1 ? Int(parts.last!) : 1
                    let type = parts.count == 3 || (parts.count == 2 && count == nil) ? parts[1] : nil
                    return ClusterResources.GPUs(type: type, count: count ?? 1)
                }
            case "gpus": gpusInAll = Self.gpus(value).first
            // No limit is more than any partition's MaxTime allows.
            case "time": minutes = value == "UNLIMITED" ? Int.max : (try? WallTime(slurm: value))?.minutes
            case "partition": partitions = value.split(separator: ",").map(String.init)
            case "constraint":
                let plain = value.allSatisfy { $0.isLetter || $0.isNumber || "_-.&,".contains($0) }
                features =
                    plain ? value.split(whereSeparator: { $0 == "&" || $0 == "," }).map(String.init) : nil
            case "nodelist": nodeNames = HostList.names(value)
            case "array": highestArrayIndex = (try? ArraySpec(slurm: value))?.highestIndex
            default: break
            }
        }
    }

    /// `a100:2,v100:1`, `2`.
    static func gpus(_ value: String) -> [ClusterResources.GPUs] {
        value.split(separator: ",").compactMap { item in
            let parts = item.split(separator: ":")
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

    var cpusPerNode: Int { tasksOnANode * cpusPerTask }

    /// CPUs of the whole job.
    var cpusInAll: Int { (tasks ?? (tasksPerNode.map { $0 * minimumNodes } ?? minimumNodes)) * cpusPerTask }

    /// GPUs each node must have.
    var gpuNeedsPerNode: [ClusterResources.GPUs] {
        guard gpusPerNode.isEmpty, let all = gpusInAll else { return gpusPerNode }
        guard nodesGiven else { return [ClusterResources.GPUs(type: all.type, count: 1)] }
        let nodes = maximumNodes ?? minimumNodes
        return [ClusterResources.GPUs(type: all.type, count: (all.count + nodes - 1) / nodes)]
    }

    /// Memory each node must have, in MB; nil for no stated need (or all of the node).
    var memoryNeed: Int? {
        if let memoryPerNode { return memoryPerNode == 0 ? nil : memoryPerNode }
        if let memoryPerCPU { return memoryPerCPU * cpusPerNode }
        if let memoryPerGPU { return memoryPerGPU * gpuNeedsPerNode.map(\.count).reduce(0, +) }
        return nil
    }
}
