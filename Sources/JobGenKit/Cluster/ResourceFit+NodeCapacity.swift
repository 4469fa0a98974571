/// What one node of a type can give a job: whether it has what each node must have (features,
/// sockets, cores, threads, disk, GPUs, memory), and how many of its tasks and GPUs it holds.
extension ResourceFit {
    /// Whether one node of `type` has what each node of the job must have, and room for one
    /// node's share of its tasks.
    static func fits(_ job: JobShape, on type: ClusterResources.NodeType, cpuLimit: Int? = nil) -> Bool {
        guard hasWhatEachNodeNeeds(job, type, cpuLimit: cpuLimit) else { return false }
        if job.overcommit, job.tasksPerNode == nil { return true }
        return tasks(job, on: type, cpuLimit: cpuLimit) >= (job.tasksPerNode ?? 1)
    }

    /// How many of the job's tasks one node of `type` holds: its CPUs (at most `cpuLimit`), its
    /// memory and its GPUs over what one task needs.
    static func tasks(_ job: JobShape, on type: ClusterResources.NodeType, cpuLimit: Int?) -> Int {
        let perTask = max(job.cpusPerTask, 1)
        let threads = job.wholeCores ? max(type.threadsPerCore ?? 1, 1) : 1
        let cpus = usableCPUs(type, cpuLimit)
        // CPUs a node gives k tasks (whole cores; a core per CPU asked with one thread used;
        // --ntasks-per-core tasks to a core), and the CPUs their memory is counted for (with
        // one thread used, only those asked; as `sbatch --test-only` shows).
        func given(_ k: Int) -> (cpus: Int, counted: Int) {
            if job.oneThreadPerCore { return (k * perTask * threads, k * perTask) }
            if let perCore = job.tasksPerCore, perCore > 0, threads > 1 {
                let cpus = ((k + perCore - 1) / perCore) * ((perTask + threads - 1) / threads) * threads
                return (cpus, cpus)
            }
            let cpus = (k * perTask + threads - 1) / threads * threads
            return (cpus, cpus)
        }
        var tasks = cpus / perTask
        while tasks > 0, given(tasks).cpus > cpus { tasks -= 1 }
        if let perCPU = job.memoryPerCPU, perCPU > 0, job.memoryCounts {
            while tasks > 0, given(tasks).counted * perCPU > type.memory { tasks -= 1 }
        }
        if let perTask = job.gpusPerTask, perTask.count > 0 {
            tasks = min(tasks, gpuCount(type, perTask.type) / perTask.count)
        }
        if let perSocket = job.tasksPerSocket, let sockets = type.sockets {
            tasks = min(tasks, perSocket * sockets)
        }
        return tasks
    }

    /// How many of the job's `--gpus` one node of `type` holds, with the memory and CPUs each
    /// GPU brings along (`--mem-per-gpu`, `--cpus-per-gpu`).
    static func gpus(_ job: JobShape, of kind: String?, on type: ClusterResources.NodeType, cpuLimit: Int?) -> Int {
        var count = gpuCount(type, kind)
        if let perGPU = job.memoryPerGPU, perGPU > 0 { count = min(count, type.memory / perGPU) }
        if let perGPU = job.cpusPerGPU, perGPU > 0 {
            count = min(count, usableCPUs(type, cpuLimit) / perGPU)
            if let perCPU = job.memoryPerCPU, perCPU > 0 { count = min(count, type.memory / (perCPU * perGPU)) }
        }
        return count
    }

    private static func hasWhatEachNodeNeeds(_ job: JobShape, _ type: ClusterResources.NodeType, cpuLimit: Int?)
        -> Bool
    {
        let cpus = usableCPUs(type, cpuLimit)
        guard cpus >= max(job.leastCPUsOnANode, job.cpusPerTask) else { return false }
        if let features = job.features, !features.allSatisfy(type.features.contains) { return false }
        if let anyOf = job.anyOfFeatures, !anyOf.contains(where: type.features.contains) { return false }
        if let sockets = job.socketsPerNode, sockets > type.sockets ?? type.cpus { return false }
        if let cores = job.coresPerSocket, cores > type.coresPerSocket ?? 1 { return false }
        if let threads = job.threadsPerCore, threads > type.threadsPerCore ?? 1 { return false }
        // A socket takes --ntasks-per-socket tasks only if it has a core for each (threads aside).
        if let perSocket = job.tasksPerSocket, perSocket > type.coresPerSocket ?? 1 {
            return false
        }
        if let disk = job.tmpPerNode, let has = type.tmpDisk, disk > has { return false }
        let needs = job.gpuNeedsPerNode
        guard needs.allSatisfy({ gpuCount(type, $0.type) >= $0.count }) else { return false }
        let gpusOnANode = job.gpusPerNode.isEmpty && job.gpusInAll != nil && job.gpusPerTask == nil
            && job.gpusPerSocket == nil ? 1 : needs.map(\.count).reduce(0, +)
        if let perGPU = job.memoryPerGPU, perGPU * gpusOnANode > type.memory { return false }
        if let perGPU = job.cpusPerGPU, perGPU * gpusOnANode > cpus { return false }
        if let perNode = job.memoryPerNode, perNode > type.memory { return false }
        if let perCPU = job.memoryPerCPU, job.memoryCounts, job.leastCPUsOnANode > 0 {
            let threads = job.wholeCores ? max(type.threadsPerCore ?? 1, 1) : 1
            let least = (job.leastCPUsOnANode + threads - 1) / threads * threads
            if least * perCPU > type.memory { return false }
        }
        // --exclusive gets every CPU of the node, and their memory.
        if job.exclusive, let perCPU = job.memoryPerCPU, perCPU * type.cpus > type.memory { return false }
        return true
    }

    private static func usableCPUs(_ type: ClusterResources.NodeType, _ limit: Int?) -> Int {
        min(type.cpus, limit ?? .max)
    }

    static func gpuCount(_ type: ClusterResources.NodeType, _ kind: String?) -> Int {
        let whole = type.gpus.map(\.count).reduce(0, +)
        if let kind, type.gpuAliases?.contains(kind) == true { return whole }
        // Up to 7 MIG instances per GPU; how many a site has configured is not in the profile.
        if let kind, type.migTypes?.contains(kind) == true { return whole * 7 }
        return type.gpus.filter { kind == nil || $0.type == kind }.map(\.count).reduce(0, +)
    }
}
