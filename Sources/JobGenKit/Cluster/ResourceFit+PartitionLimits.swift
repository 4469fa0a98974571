/// A partition's own limits, which slurmctld checks before it looks for nodes (its
/// `_part_access_check` and `_valid_pn_min_mem`): CPUs and nodes in all, the node names, the
/// node count range, the time limit and the memory limits.
extension ResourceFit {
    static func limits(
        _ job: JobShape, in partition: ClusterResources.Partition, of cluster: ClusterResources,
        nodeLists: NodeLists = .none
    ) -> ResourceFit? {
        let types = partition.nodeTypes.compactMap { cluster.nodeType(named: $0) }
        var where_: String { place(partition, cluster) }
        let outside =
            !job.nodeNames.isEmpty && types.allSatisfy({ $0.nodes != nil })
            ? job.nodeNames.first { name in !types.contains { nodeLists.contains($0, name) } } : nil
        let notHere = outside.map {
            ResourceFit(refusal: notInPartition, reason: "node \($0) is not in \(where_)", option: "nodelist")
        }
        // Accounts come before --time-min in slurmctld's checks; both hold in a down partition.
        let accounts = accountLimit(job, in: partition, of: cluster)
        if accounts == nil, notHere == nil || partition.state != "DOWN", let least = job.minimumMinutes,
            let limit = job.minutes, least > limit
        {
            return ResourceFit(
                refusal: timeMinimum,
                reason:
                    "--time-min \(SbatchDisplay.minutes(least)) is above --time \(SbatchDisplay.minutes(limit))",
                option: "time-min")
        }
        // A down partition takes jobs to run later without checking them against its limits.
        if partition.state == "DOWN" {
            return notHere ?? accounts ?? memoryLimit(job, in: partition, of: cluster)
        }
        let cpus = types.map { $0.cpus * $0.count }.reduce(0, +)
        let nodes = types.map(\.count).reduce(0, +)
        let cpuOption = job.tasks != nil ? "ntasks" : "ntasks-per-node"
        if job.cpusInAll > cpus {
            return ResourceFit(
                refusal: processors, reason: "\(job.cpusInAll) CPUs asked in all; \(where_) has \(cpus)",
                option: cpuOption)
        }
        if let perNode = partition.maxCPUsPerNode, job.cpusInAll > perNode * nodes {
            return ResourceFit(
                refusal: processors,
                reason:
                    "\(job.cpusInAll) CPUs asked in all; \(where_) lets a job use \(perNode) CPUs on each of its \(nodes) nodes (MaxCPUsPerNode)",
                option: cpuOption)
        }
        if job.minimumNodes > nodes {
            return ResourceFit(
                refusal: nodeCount, reason: "\(job.minimumNodes) nodes asked; \(where_) has \(nodes)",
                option: "nodes")
        }
        if let notHere { return notHere }
        if job.nodesGiven || !job.nodeNames.isEmpty, let limit = partition.minNodes,
            max(job.minimumNodes, job.nodeNames.count) < limit
        {
            return ResourceFit(
                refusal: nodeCount,
                reason:
                    "\(max(job.minimumNodes, job.nodeNames.count)) node(s) asked; \(where_) takes jobs of \(limit) nodes or more (MinNodes)",
                option: "nodes")
        }
        if job.nodesGiven, let limit = partition.maxNodes, let most = job.maximumNodes, most > limit {
            return ResourceFit(
                refusal: nodeCount,
                reason: "\(most) nodes asked; \(where_) allows \(limit) per job (MaxNodes)", option: "nodes")
        }
        if let minutes = job.minutes, let limit = partition.maxTime, minutes > limit {
            return ResourceFit(
                refusal: time,
                reason:
                    "\(SbatchDisplay.minutes(minutes)) asked; \(where_) allows \(SbatchDisplay.minutes(limit))",
                option: "time")
        }
        if let accounts { return accounts }
        if let least = job.minimumMinutes {
            let limit = job.minutes ?? partition.defaultTime ?? partition.maxTime
            if let limit, least > limit {
                return ResourceFit(
                    refusal: timeMinimum,
                    reason:
                        "--time-min \(SbatchDisplay.minutes(least)) is above the job's time limit, \(SbatchDisplay.minutes(limit))"
                        + (job.minutes == nil ? " (\(where_)'s default)" : ""),
                    option: "time-min")
            }
        }
        if job.minutes == nil, partition.defaultTime == 0 {
            return ResourceFit(
                refusal: time, reason: "no --time given, and \(where_) gives jobs a default of 0 minutes",
                option: nil)
        }
        return memoryLimit(job, in: partition, of: cluster)
    }

    /// AllowAccounts and DenyAccounts. Without accounting a job has no known account, so a
    /// partition that allows some takes none; with it, a job that names no account has its
    /// user's default, which the profile does not know.
    private static func accountLimit(
        _ job: JobShape, in partition: ClusterResources.Partition, of cluster: ClusterResources
    ) -> ResourceFit? {
        var where_: String { place(partition, cluster) }
        if let allowed = partition.allowAccounts {
            if cluster.accounting == false {
                return ResourceFit(
                    refusal: account,
                    reason:
                        "\(where_) takes only accounts \(allowed.joined(separator: ",")), and without accounting no job's account is known",
                    option: "partition")
            }
            if let asked = job.account, !allowed.contains(asked) {
                return ResourceFit(
                    refusal: account,
                    reason:
                        "account \(asked) may not use \(where_) (AllowAccounts=\(allowed.joined(separator: ",")))",
                    option: "account")
            }
        }
        if cluster.accounting != false, let denied = partition.denyAccounts, let asked = job.account,
            denied.contains(asked)
        {
            return ResourceFit(
                refusal: account, reason: "account \(asked) may not use \(where_) (DenyAccounts)",
                option: "account")
        }
        return nil
    }

    /// MaxMemPerNode against the memory a job states (per node, or per CPU times its CPUs on a
    /// node). MaxMemPerCPU refuses nothing: slurmctld gives the job more CPUs instead.
    private static func memoryLimit(
        _ job: JobShape, in partition: ClusterResources.Partition, of cluster: ClusterResources
    ) -> ResourceFit? {
        let limits = (partition.memory ?? MemoryLimits()).maximums(over: cluster.memory)
        guard let limit = limits.maxPerNode, limits.maxPerCPU == nil else { return nil }
        var where_: String { place(partition, cluster) }
        let firstNode = cluster.nodeTypes.first { partition.nodeTypes.contains($0.name) }
        let asked: Int
        let option: String
        if let perNode = job.memoryPerNode {
            // --mem=0 is all of a node's memory: slurmctld takes the partition's first node's.
            asked = perNode == 0 ? firstNode?.memory ?? 0 : perNode
            option = "mem"
        } else if let perCPU = job.memoryPerCPU {
            asked = perCPU * (job.exclusive ? firstNode?.cpus ?? 1 : job.cpusPerNodeForMemoryLimit)
            option = "mem-per-cpu"
        } else {
            return nil
        }
        guard asked > limit else { return nil }
        return ResourceFit(
            refusal: taskMemory,
            reason: "\(asked) MB per node asked; \(where_) allows \(limit) MB per node (MaxMemPerNode)",
            option: option)
    }
}

extension JobShape {
    /// CPUs on one node as slurmctld counts them against MaxMemPerNode: tasks per node (or all
    /// tasks spread over the most nodes asked) times CPUs per task, at least `--mincpus`.
    var cpusPerNodeForMemoryLimit: Int {
        var tasksOnANode = tasksPerNode ?? 1
        if let tasks, nodesGiven, let most = maximumNodes, most > 0 {
            tasksOnANode = max(tasksOnANode, (tasks + most - 1) / most)
        }
        return max(tasksOnANode * cpusPerTask, minimumCPUsPerNode ?? 0)
    }

    /// The job as it would run in `partition`: its node count at least the partition's MinNodes
    /// and its memory the partition's (or cluster's) default, where the job asks none. (Above
    /// MaxMemPerCPU slurmctld trades memory per CPU for CPUs per task; the memory per node, which
    /// decides the fit, stays what the job asked, as `sbatch --test-only` shows.)
    func inside(_ partition: ClusterResources.Partition, of cluster: ClusterResources) -> JobShape {
        var job = self
        let parameters = cluster.selectTypeParameters
        job.wholeCores = !(parameters.map { ASCIIText.contains($0, "CR_CPU", atStart: true) } ?? false)
        job.memoryCounts = parameters.map { ASCIIText.contains($0, "MEMORY") } ?? true
        if !nodesGiven, let least = partition.minNodes, least > job.minimumNodes { job.minimumNodes = least }
        if !asksMemory {
            let defaults = (partition.memory ?? MemoryLimits()).defaults(over: cluster.memory)
            job.memoryPerCPU = defaults.defaultPerCPU
            job.memoryPerNode = defaults.defaultPerCPU == nil ? defaults.defaultPerNode : nil
            job.memoryIsDefault = true
        }
        return job
    }
}
