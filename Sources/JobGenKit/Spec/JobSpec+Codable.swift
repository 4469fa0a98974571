/// Spec files (YAML or JSON) use sbatch's option names as keys, plus jobgen's own `kind`,
/// `cluster`, `modules`, `pip`, `requirements`, `run`, `sbatch` and `comments`, so a spec reads
/// like the command line.
extension JobSpec: Codable {
    enum Key: String, CodingKey, CaseIterable {
        case kind, cluster, account, time, nodes, ntasks
        case ntasksPerNode = "ntasks-per-node"
        case cpusPerTask = "cpus-per-task"
        case mem
        case memPerCPU = "mem-per-cpu"
        case memPerGPU = "mem-per-gpu"
        case gpus
        case gpusPerNode = "gpus-per-node"
        case gres
        case jobName = "job-name"
        case output, error, partition, qos, constraint, array, dependency
        case mailType = "mail-type"
        case mailUser = "mail-user"
        case exclusive
        case sbatch, modules, pip, requirements, run
        case comments
    }

    /// A valid value per key, for error messages.
    static let examples: [Key: String] = [
        .kind: "distributed", .cluster: "narval", .account: "def-someprof", .time: "\"08:00:00\"", .nodes: "2",
        .ntasks: "4",
        .ntasksPerNode: "40", .cpusPerTask: "2", .mem: "16G", .memPerCPU: "4G", .memPerGPU: "8G",
        .gpus: "a100:1",
        .gpusPerNode: "a100:1", .gres: "gpu:a100:1", .jobName: "bcast", .output: "slurm-%x-%j.out",
        .error: "slurm-%x-%j.err", .partition: "compute", .qos: "normal", .constraint: "a100",
        .array: "0-15%4",
        .dependency: "afterok:12345", .mailType: "END,FAIL", .mailUser: "someone@example.org",
        .exclusive: "true",
        .requirements: "requirements.txt", .run: "python mpi4py-np-bc.py",
        .comments: "false", .sbatch: "[\"reservation=maint\"]", .modules: "[StdEnv/2023, gcc, mpi4py/4.0.0]", .pip: "[numpy==2.1.1]",
    ]

    static let clusterAccepted =
        "a cluster profile's name that 'jobgen cluster list' shows (built-in: \(BuiltInClusters.names.joined(separator: ", "))) or a profile file"

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let keys = try decoder.container(keyedBy: AnyKey.self).allKeys.map(\.stringValue)
        if let unknown = keys.first(where: { Key(rawValue: $0) == nil }) {
            throw UnknownSpecKey.error(unknown)
        }
        let c = try decoder.container(keyedBy: Key.self)
        func text(_ key: Key) throws -> String? {
            guard c.contains(key), try !c.decodeNil(forKey: key) else { return nil }
            if let string = try? c.decode(String.self, forKey: key) { return string }
            if let number = try? c.decode(Int.self, forKey: key) { return String(number) }
            // A decimal goes on to its grammar, which says why decimals are refused.
            if let number = try? c.decode(Double.self, forKey: key) { return String(number) }
            // A list where sbatch takes a comma list (mail-type: [END, FAIL]) means the same.
            if key == .mailType, let items = try? c.decode([String].self, forKey: key) {
                return items.joined(separator: ",")
            }
            throw SpecError(
                field: key.rawValue, value: "", reason: "must be a single value, not a list or map",
                accepted: "text or a number", example: Self.examples[key] ?? "4")
        }
        func list(_ key: Key) throws -> [String]? {
            guard c.contains(key), try !c.decodeNil(forKey: key) else { return nil }
            if let items = try? c.decode([String].self, forKey: key) { return items }
            if let one = try? c.decode(String.self, forKey: key) {
                return one.split(ascii: " ").map(String.init)
            }
            throw SpecError(
                field: key.rawValue, value: "", reason: "must be a list of text",
                accepted: "a YAML or JSON list", example: "[a, b]")
        }

        let kindText = try text(.kind) ?? ""
        guard let kind = JobKind(rawValue: kindText) else {
            throw SpecError(
                field: "kind", value: kindText, reason: kindText.isEmpty ? "missing" : "not a job kind",
                accepted: JobKind.allCases.map(\.rawValue).joined(separator: ", "), example: "distributed")
        }
        self.init(kind: kind)
        if let name = try text(.cluster) {
            guard !name.isEmpty, TextChecks.firstControlCharacter(in: name) == nil else {
                throw SpecError(
                    field: "cluster", value: name,
                    reason: name.isEmpty ? "is empty" : "contains a control character",
                    accepted: Self.clusterAccepted, example: "narval")
            }
            cluster = name
        }
        account = try parse(
            SlurmWord.self, text(.account), field: "account", example: WordExamples.example("account"))
        time = try parse(WallTime.self, text(.time), field: "time")
        layout = TaskLayout(
            nodes: try parse(NodeCount.self, text(.nodes), field: "nodes"),
            ntasks: try parse(PositiveCount.self, text(.ntasks), field: "ntasks"),
            ntasksPerNode: try parse(PositiveCount.self, text(.ntasksPerNode), field: "ntasks-per-node"),
            cpusPerTask: try parse(PositiveCount.self, text(.cpusPerTask), field: "cpus-per-task"))
        memory = try MemoryRequest.from(
            mem: text(.mem), perCPU: text(.memPerCPU), perGPU: text(.memPerGPU), prefix: "")
        gpus = GPURequest(
            gpus: try parse(GPUCount.self, text(.gpus), field: "gpus"),
            gpusPerNode: try parse(GPUsPerUnit.self, text(.gpusPerNode), field: "gpus-per-node"),
            gres: try parse(Gres.self, text(.gres), field: "gres"))
        jobName = try parse(
            SlurmText.self, text(.jobName), field: "job-name", example: WordExamples.example("job-name"))
        output = try parse(FilenamePattern.self, text(.output), field: "output")
        error = try parse(FilenamePattern.self, text(.error), field: "error")
        partition = try parse(
            SlurmWord.self, text(.partition), field: "partition", example: WordExamples.example("partition"))
        qos = try parse(SlurmWord.self, text(.qos), field: "qos", example: WordExamples.example("qos"))
        constraint = try parse(
            SlurmWord.self, text(.constraint), field: "constraint",
            example: WordExamples.example("constraint"))
        array = try parse(ArraySpec.self, text(.array), field: "array")
        dependency = try parse(Dependency.self, text(.dependency), field: "dependency")
        mail = MailSpec(
            types: try parse(MailTypes.self, text(.mailType), field: "mail-type"),
            user: try parse(
                SlurmWord.self, text(.mailUser), field: "mail-user",
                example: WordExamples.example("mail-user")))
        if let flag = try? c.decode(Bool.self, forKey: .exclusive) {
            exclusive = flag ? .node : nil
        } else {
            exclusive = try parse(ExclusiveMode.self, text(.exclusive), field: "exclusive")
        }
        extraDirectives = try (list(.sbatch) ?? []).map { item throws(SpecError) in
            try ExtraDirective(item, field: "sbatch")
        }
        if let names = try list(.modules) { modules = try ModuleList(names, field: "modules") }
        let packages = try list(.pip)
        let requirements = try text(.requirements)
        if packages != nil || requirements != nil {
            python = try PythonEnv(
                packages: packages ?? [], requirementsFile: requirements, packagesField: "pip",
                fileField: "requirements")
        }
        if let run = try text(.run) { payload = try Payload.command(run, field: "run") }
        if c.contains(.comments), try !c.decodeNil(forKey: .comments) {
            guard let flag = try? c.decode(Bool.self, forKey: .comments) else {
                throw SpecError(
                    field: "comments", value: (try? text(.comments)) ?? "",
                    reason: "must be true or false (false renders the script without explanatory comments, like --bare)",
                    accepted: "true or false", example: "false")
            }
            comments = flag
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(kind.rawValue, forKey: .kind)
        try c.encodeIfPresent(cluster, forKey: .cluster)
        try c.encodeIfPresent(account?.description, forKey: .account)
        try c.encodeIfPresent(time?.description, forKey: .time)
        if let nodes = layout.nodes {
            if nodes.maximum == nil {
                try c.encode(nodes.minimum, forKey: .nodes)
            } else {
                try c.encode(nodes.description, forKey: .nodes)
            }
        }
        try c.encodeIfPresent(layout.ntasks?.value, forKey: .ntasks)
        try c.encodeIfPresent(layout.ntasksPerNode?.value, forKey: .ntasksPerNode)
        try c.encodeIfPresent(layout.cpusPerTask?.value, forKey: .cpusPerTask)
        switch memory {
        case .perNode(let size): try c.encode(size.description, forKey: .mem)
        case .perCPU(let size): try c.encode(size.description, forKey: .memPerCPU)
        case .perGPU(let size): try c.encode(size.description, forKey: .memPerGPU)
        case nil: break
        }
        if let count = gpus.gpus {
            if count.type == nil {
                try c.encode(count.count, forKey: .gpus)
            } else {
                try c.encode(count.description, forKey: .gpus)
            }
        }
        try c.encodeIfPresent(gpus.gpusPerNode?.description, forKey: .gpusPerNode)
        try c.encodeIfPresent(gpus.gres?.description, forKey: .gres)
        try c.encodeIfPresent(jobName?.text, forKey: .jobName)
        try c.encodeIfPresent(output?.text, forKey: .output)
        try c.encodeIfPresent(error?.text, forKey: .error)
        try c.encodeIfPresent(partition?.description, forKey: .partition)
        try c.encodeIfPresent(qos?.description, forKey: .qos)
        try c.encodeIfPresent(constraint?.description, forKey: .constraint)
        try c.encodeIfPresent(array?.description, forKey: .array)
        try c.encodeIfPresent(dependency?.description, forKey: .dependency)
        try c.encodeIfPresent(mail.types?.description, forKey: .mailType)
        try c.encodeIfPresent(mail.user?.description, forKey: .mailUser)
        switch exclusive {
        case .node?: try c.encode(true, forKey: .exclusive)
        case let mode?: try c.encode(mode.rawValue, forKey: .exclusive)
        case nil: break
        }
        if !extraDirectives.isEmpty { try c.encode(extraDirectives.map(\.description), forKey: .sbatch) }
        try c.encodeIfPresent(modules?.names, forKey: .modules)
        if let python {
            if !python.packages.isEmpty { try c.encode(python.packages, forKey: .pip) }
            try c.encodeIfPresent(python.requirementsFile, forKey: .requirements)
        }
        if case .command(let command)? = payload { try c.encode(command, forKey: .run) }
        try c.encodeIfPresent(comments, forKey: .comments)
    }
}
