/// Builds `ClusterResources` from what `scontrol show node -o`, `scontrol show partition -o` and
/// `scontrol show config` print. Fields differ between Slurm releases; what is missing is left
/// out and said in `skipped`.
public struct ScontrolImport: Sendable {
    public let resources: ClusterResources
    /// What could not be read, one line each, for standard error.
    public let skipped: [String]

    public init(
        nodes: String, partitions: String, config: String, qos: String? = nil, name: String? = nil,
        readOn date: String? = nil
    ) {
        var skipped: [String] = []
        let qosList = qos.flatMap { QoSImport.qos($0, skipped: &skipped) }
        let configuration = Self.configuration(config)
        var groups: [(type: ClusterResources.NodeType, names: [String])] = []
        var groupOfKey: [NodeGroupKey: Int] = [:]
        for (number, line) in ScontrolRecord.lines(of: nodes, mentioning: "NodeName") {
            let record = ScontrolRecord(line: line)
            // CPUEfctv (23.02 and newer) already leaves out the cores kept for the system
            // (CoreSpecCount); before it, CPUTot counts them, so they are taken off here.
            let reserved = (record.int("CoreSpecCount") ?? 0) * (record.int("ThreadsPerCore") ?? 1)
            guard let node = record["NodeName"],
                let cpus = record.int("CPUEfctv") ?? record.int("CPUTot").map({ $0 - reserved }),
                let memory = record.int("RealMemory")
            else {
                skipped.append("node line \(number + 1): no NodeName, CPUTot or RealMemory; skipped")
                continue
            }
            let usable = memory - (record.int("MemSpecLimit") ?? 0)
            let features = (record["AvailableFeatures"] ?? record["Features"] ?? "").split(ascii: ",")
                .map(String.init)
            let gpus = Self.gpus(record["Gres"] ?? "")
            let parts = Set((record["Partitions"] ?? "").split(ascii: ",").map(String.init))
            let type = ClusterResources.NodeType(
                name: "", nodes: node, count: 1, cpus: cpus, sockets: record.int("Sockets"),
                coresPerSocket: record.int("CoresPerSocket"), threadsPerCore: record.int("ThreadsPerCore"),
                memory: usable, features: features.sorted(), gpus: gpus, tmpDisk: record.int("TmpDisk"))
            let key = NodeGroupKey(type: type, partitions: parts.sorted())
            if let index = groupOfKey[key] {
                groups[index].names.append(node)
            } else {
                groupOfKey[key] = groups.count
                groups.append((type, [node]))
            }
        }
        var nodeTypes: [ClusterResources.NodeType] = []
        var typesOfNode: [String: String] = [:]
        for (index, group) in groups.enumerated() {
            var type = group.type
            type.name = Self.typeName(type, index: index, taken: nodeTypes.map(\.name))
            type.nodes = HostList.compact(group.names)
            type.count = group.names.count
            for node in group.names { typesOfNode[node] = type.name }
            nodeTypes.append(type)
        }
        var partitionList: [ClusterResources.Partition] = []
        for (number, line) in ScontrolRecord.lines(of: partitions, mentioning: "PartitionName") {
            let record = ScontrolRecord(line: line)
            guard let name = record["PartitionName"] else {
                skipped.append("partition line \(number + 1): no PartitionName; skipped")
                continue
            }
            let members = record["Nodes"].map { HostList.names($0) } ?? []
            var types: [String] = []
            for node in members {
                guard let type = typesOfNode[node] else { continue }
                if !types.contains(type) { types.append(type) }
            }
            if members.isEmpty { skipped.append("partition \(name) has no nodes") }
            partitionList.append(
                ClusterResources.Partition(
                    name: name, nodeTypes: types, isDefault: record["Default"] == "YES",
                    maxTime: record["MaxTime"].flatMap(Self.minutes), maxNodes: record.int("MaxNodes"),
                    minNodes: record.int("MinNodes").flatMap { $0 > 0 ? $0 : nil },
                    defaultTime: record["DefaultTime"].flatMap(Self.minutes),
                    maxCPUsPerNode: record.int("MaxCPUsPerNode"),
                    memory: Self.memoryLimits { record.int($0) },
                    state: record["State"].flatMap { $0 == "UP" ? nil : $0 },
                    allowAccounts: Self.names(record["AllowAccounts"]),
                    denyAccounts: Self.names(record["DenyAccounts"]),
                    allowQos: Self.names(record["AllowQos"])))
        }
        let clusterName = name ?? configuration["ClusterName"] ?? "imported"
        resources = ClusterResources(
            name: clusterName,
            source: "scontrol show node/partition/config" + (qosList == nil ? "" : ", sacctmgr show qos")
                + (date.map { " on \($0)" } ?? ""),
            slurmVersion: configuration["SLURM_VERSION"],
            maxArraySize: configuration["MaxArraySize"].flatMap { Int($0) },
            memory: Self.memoryLimits { configuration[$0].flatMap { Int($0) } },
            enforcePartLimits: configuration["EnforcePartLimits"].map { $0 == "YES" ? "ALL" : $0 },
            selectTypeParameters: configuration["SelectTypeParameters"],
            accounting: configuration["AccountingStorageType"].map { !$0.hasSuffix("/none") },
            qos: qosList,
            nodeTypes: nodeTypes, partitions: partitionList)
        self.skipped = skipped
    }

    /// The `ClusterName` in `scontrol show config` output; nil when it names none.
    public static func clusterName(config text: String) -> String? {
        configuration(text)["ClusterName"].flatMap { $0.isEmpty || $0 == "(null)" ? nil : $0 }
    }

    /// `Key = value` lines of `scontrol show config`.
    static func configuration(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        for line in text.split(ascii: "\n") {
            guard let equals = line.range(of: " = ") else { continue }
            let key = line[..<equals.lowerBound].trimmingCharacters(in: .whitespaces)
            result[key] = line[equals.upperBound...].trimmingCharacters(in: .whitespaces)
        }
        return result
    }

    /// `gpu:a100:4(S:0-1),gpu:v100:2,mps:100` gives the GPUs: `a100` x 4, `v100` x 2.
    static func gpus(_ gres: String) -> [ClusterResources.GPUs] {
        gres.split(ascii: ",").compactMap { item -> ClusterResources.GPUs? in
            let spec = item.split(ascii: "(").first ?? item
            let parts = spec.split(ascii: ":")
            guard parts.first == "gpu", let count = parts.last.flatMap({ Int($0) }), count > 0 else { return nil }
            return ClusterResources.GPUs(type: parts.count == 3 ? String(parts[1]) : nil, count: count)
        }
    }

    /// `a,b` as names; nil for `ALL` or nothing.
    static func names(_ value: String?) -> [String]? {
        guard let value, value != "ALL" else { return nil }
        let names = value.split(ascii: ",").map(String.init)
        return names.isEmpty ? nil : names
    }

    /// DefMemPerCPU, DefMemPerNode, MaxMemPerCPU and MaxMemPerNode (`UNLIMITED` and `0` are
    /// no limit); nil when none is set.
    static func memoryLimits(_ value: (String) -> Int?) -> MemoryLimits? {
        func megabytes(_ key: String) -> Int? { value(key).flatMap { $0 > 0 ? $0 : nil } }
        let limits = MemoryLimits(
            defaultPerCPU: megabytes("DefMemPerCPU"), defaultPerNode: megabytes("DefMemPerNode"),
            maxPerCPU: megabytes("MaxMemPerCPU"), maxPerNode: megabytes("MaxMemPerNode"))
        return limits.isEmpty ? nil : limits
    }

    /// Slurm's `MaxTime` (`UNLIMITED`, `1-00:00:00`, `30:00`) in minutes; nil for no limit.
    static func minutes(_ text: String) -> Int? {
        guard let time = try? WallTime(slurm: text) else { return nil }
        return time.minutes
    }

    private static func typeName(_ type: ClusterResources.NodeType, index: Int, taken: [String]) -> String {
        let base =
            type.gpus.isEmpty
            ? "cpu\(type.cpus)" : "gpu-\(type.gpus.map { $0.type ?? "gpu" }.joined(separator: "-"))"
        var name = base
        var suffix = 2
        while taken.contains(name) {
            name = "\(base)-\(suffix)"
            suffix += 1
        }
        return name
    }
}

/// What makes two nodes one node type: the same resources, features, GPUs and partitions.
private struct NodeGroupKey: Hashable {
    let cpus: Int
    let sockets: Int?
    let coresPerSocket: Int?
    let threadsPerCore: Int?
    let memory: Int
    let features: [String]
    let gpus: [String]
    let partitions: [String]

    init(type: ClusterResources.NodeType, partitions: [String]) {
        cpus = type.cpus
        sockets = type.sockets
        coresPerSocket = type.coresPerSocket
        threadsPerCore = type.threadsPerCore
        memory = type.memory
        features = type.features
        gpus = type.gpus.map { "\($0.type ?? ""):\($0.count)" }
        self.partitions = partitions
    }
}
