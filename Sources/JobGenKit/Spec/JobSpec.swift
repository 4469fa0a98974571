/// Everything a user asks of a job, typed and checked: the one input of rendering.
///
/// Fields left nil are decided by the cluster profile (`ClusterProfile.resolve`), so a spec holds
/// only what was asked; `--print-spec` prints the resolved spec.
public struct JobSpec: Sendable, Equatable {
    public var kind: JobKind
    /// The cluster profile (a name or a file) the job is made for: a spec file's `cluster:`.
    /// `--print-spec` records the profile used.
    public var cluster: String?
    public var account: SlurmWord?
    public var time: WallTime?
    public var layout: TaskLayout
    public var memory: MemoryRequest?
    /// `--tmp`: local disk each node must have.
    public var tmp: MemorySize?
    public var gpus: GPURequest
    public var jobName: SlurmText?
    public var output: FilenamePattern?
    public var error: FilenamePattern?
    public var partition: SlurmWord?
    public var qos: SlurmWord?
    public var constraint: SlurmWord?
    public var array: ArraySpec?
    public var dependency: Dependency?
    public var mail: MailSpec
    public var exclusive: ExclusiveMode?
    /// Options jobgen has no field for, written after the others in the order given.
    public var extraDirectives: [ExtraDirective]
    public var modules: ModuleList?
    public var python: PythonEnv?
    /// nil until resolved; `.bundled` when the user gives no command.
    public var payload: Payload?
    /// Whether the script carries the seed's explanatory comments; nil means it does
    /// (`--bare` sets false, and `--print-spec` records it).
    public var comments: Bool?

    public init(kind: JobKind) {
        self.kind = kind
        layout = TaskLayout()
        gpus = GPURequest()
        mail = MailSpec()
        extraDirectives = []
    }

    /// This spec with every field `other` sets replacing this one's (command-line flags over a
    /// spec file). Lists given in `other` replace the whole list, and so does a group of sbatch
    /// fields (the memory option, the GPU request) where `other` sets any of it.
    public func overridden(by other: JobSpec) -> JobSpec {
        var merged = self
        merged.kind = other.kind
        merged.cluster = other.cluster ?? cluster
        let given = SbatchField.all.filter { $0.value(in: other) != nil }
        let givenGroups = Set(given.compactMap(\.group))
        for field in SbatchField.all {
            let replaced = field.group.map(givenGroups.contains) ?? given.contains { $0.name == field.name }
            if replaced { field.copy(into: &merged, from: other) }
        }
        if !other.extraDirectives.isEmpty { merged.extraDirectives = other.extraDirectives }
        merged.modules = other.modules ?? modules
        merged.python = other.python ?? python
        merged.payload = other.payload ?? payload
        merged.comments = other.comments ?? comments
        return merged
    }

    /// Every note (legal but surprising value) of the spec's values, each naming its field with
    /// `prefix` (`--` for flags).
    public func notes(prefix: String = "--") -> [String] {
        SbatchField.all.flatMap { field in
            (field.value(in: self)?.notes ?? []).map { "\(prefix)\(field.name): \($0)" }
        }
    }

    /// The memory request as one field per option, for the field table: setting one replaces
    /// the request, clearing one clears it only when it is that option's.
    var memoryPerNode: MemorySize? {
        get { if case .perNode(let size) = memory { size } else { nil } }
        set { setMemory(newValue.map(MemoryRequest.perNode), option: "mem") }
    }
    var memoryPerCPU: MemorySize? {
        get { if case .perCPU(let size) = memory { size } else { nil } }
        set { setMemory(newValue.map(MemoryRequest.perCPU), option: "mem-per-cpu") }
    }
    var memoryPerGPU: MemorySize? {
        get { if case .perGPU(let size) = memory { size } else { nil } }
        set { setMemory(newValue.map(MemoryRequest.perGPU), option: "mem-per-gpu") }
    }

    private mutating func setMemory(_ request: MemoryRequest?, option: String) {
        if let request {
            memory = request
        } else if memory?.option == option {
            memory = nil
        }
    }

    /// Cross-field checks sbatch or the job kind makes fatal. `prefix` is `--` for flags.
    /// Conflicts between two options that a validator rule already finds in the rendered text
    /// (JG513 --cpus-per-task with --cpus-per-gpu, JG514 --ntasks-per-gpu with --gpus-per-task)
    /// are left to it: the generator refuses the script and names the `--sbatch` input to change.
    public func checkCombinations(prefix: String = "--") throws(SpecError) {
        // sbatch reads --ntasks-per-tres as --ntasks-per-gpu, conflicts included.
        let extras = Set(extraDirectives.map { $0.name == "ntasks-per-tres" ? "ntasks-per-gpu" : $0.name })
        if let nodes = layout.nodes, (nodes.maximum ?? nodes.minimum) == 0 {
            throw SpecError(
                field: prefix + "nodes", value: nodes.description, reason: "a job needs at least 1 node",
                accepted: NodeCount.accepted, example: "2")
        }
        if kind == .gpu, let gpus = gpus.gpus, gpus.count == 0 {
            throw SpecError(
                field: prefix + "gpus", value: gpus.description, reason: "a gpu job needs at least 1 GPU",
                accepted: GPUCount.accepted, example: "1")
        }
        if kind == .gpu, let perNode = gpus.gpusPerNode, perNode.items.allSatisfy({ $0.count == 0 }) {
            throw SpecError(
                field: prefix + "gpus-per-node", value: perNode.description,
                reason: "a gpu job needs at least 1 GPU", accepted: GPUsPerUnit.accepted, example: "1")
        }
        try gpus.checkSingleGPUsItem(prefix: prefix)
        if kind == .gpu, let gres = gpus.gres {
            let gpuItems = gres.items.filter { $0.name == "gpu" }
            if gpuItems.contains(where: { $0.count == 0 }) || !GPUAsk.asksForGPUs({ lastValue(of: $0) }) {
                throw SpecError(
                    field: prefix + "gres", value: gres.description,
                    reason: gpuItems.isEmpty
                        ? "asks for no GPU, and a gpu job needs at least 1 GPU"
                        : "a gpu job needs at least 1 GPU",
                    accepted: Gres.accepted, example: "gpu:1")
            }
        }
        try checkGPUTyping(prefix: prefix)
        try checkGPUsAgainstNodes(prefix: prefix)
        try checkGPUsPerTask(prefix: prefix)
        if exclusive == .topo {
            throw SpecError(
                field: prefix + "exclusive", value: "topo",
                reason: "Slurm 22.05's sbatch refuses topo (it came with later Slurm releases)",
                accepted: "--exclusive, --exclusive=user or --exclusive=mcs", example: "=user")
        }
        if extras.contains("gpus-per-socket"), !extras.contains("sockets-per-node") {
            throw SpecError(
                field: prefix + "sbatch", value: "gpus-per-socket",
                reason: "needs sockets-per-node; sbatch refuses it alone",
                accepted: "gpus-per-socket together with sockets-per-node", example: "sockets-per-node=2")
        }
        if layout.ntasksPerNode != nil, extras.contains("ntasks-per-gpu") {
            throw SpecError(
                field: prefix + "ntasks-per-node", value: layout.ntasksPerNode!.description,
                reason: "cannot be combined with ntasks-per-gpu (sbatch: mutually exclusive)",
                accepted: "one of --ntasks-per-node, --sbatch ntasks-per-gpu=N", example: "2")
        }
        if case .perGPU = memory, !GPUAsk.asksForGPUs({ option in lastValue(of: option) }) {
            throw SpecError(
                field: prefix + "mem-per-gpu", value: memory!.size.description,
                reason:
                    "needs a GPU request of at least 1 GPU (--gpus, --gpus-per-node, --gres, --sbatch gpus-per-task=N or ntasks-per-gpu=N)",
                accepted: MemorySize.accepted, example: "8G")
        }
    }

    /// The value the rendered script will give `option` (a typed GPU flag or the last
    /// `--sbatch` pass-through of that name), for checks shared with the validator.
    func lastValue(of option: String) -> String? {
        switch option {
        case "gpus": gpus.gpus?.description
        case "gpus-per-node": gpus.gpusPerNode?.description
        case "gres": gpus.gres?.description
        default: extraDirectives.last(where: { $0.name == option }).map { $0.value ?? "" }
        }
    }

    /// sbatch refuses GPU requests that mix typed and untyped forms across options
    /// (`--gpus=2 --gpus-per-node=a100:1`: "Invalid GRES specification (with and without type
    /// identification)").
    func checkGPUTyping(prefix: String) throws(SpecError) {
        var requests: [(option: String, text: String, typed: Bool)] = []
        if let count = gpus.gpus { requests.append(("gpus", count.description, count.type != nil)) }
        for item in gpus.gpusPerNode?.items ?? [] {
            requests.append(("gpus-per-node", gpus.gpusPerNode!.description, item.type != nil))
        }
        for item in gpus.gres?.items ?? [] where item.name == "gpu" {
            requests.append(("gres", gpus.gres!.description, item.type != nil))
        }
        for extra in extraDirectives where ["gpus-per-task", "gpus-per-socket"].contains(extra.name) {
            if let value = extra.value, let perUnit = try? GPUsPerUnit(slurm: value) {
                requests.append(
                    contentsOf: perUnit.items.map { ("sbatch", "\(extra.name)=\(value)", $0.type != nil) })
            }
        }
        guard let typed = requests.first(where: \.typed), let untyped = requests.first(where: { !$0.typed })
        else {
            return
        }
        throw SpecError(
            field: prefix + untyped.option, value: untyped.text,
            reason:
                "has no GPU type while \(prefix)\(typed.option) \(typed.text) has one; sbatch refuses GPU requests with and without a type",
            accepted: "every GPU request typed (a100:1) or every one untyped (1)", example: "a100:1")
    }

    /// sbatch's job-spec checks between `--gpus` and the node count: at least one GPU per node
    /// ("--gpus < -N"), and with `--gpus-per-node` the nodes those GPUs fill must be a count
    /// `--nodes` allows.
    func checkGPUsAgainstNodes(prefix: String) throws(SpecError) {
        guard let total = gpus.gpus, total.count > 0 else { return }
        let perNode = gpusPerNodeCount
        if total.count < perNode {
            throw SpecError(
                field: prefix + "gpus", value: total.description,
                reason:
                    "is fewer than the \(perNode) GPUs per node of \(prefix)gpus-per-node or \(prefix)gres; sbatch needs --gpus >= GPUs per node",
                accepted: "a GPU count of at least gpus-per-node",
                example: "\(total.type.map { "\($0):" } ?? "")\(perNode)")
        }
        guard let nodes = layout.nodes else { return }
        let maximum = nodes.maximum ?? nodes.minimum
        if total.count < nodes.minimum {
            throw SpecError(
                field: prefix + "gpus", value: total.description,
                reason:
                    "is fewer GPUs than the \(nodes.minimum) nodes of \(prefix)nodes \(nodes); sbatch needs at least one per node",
                accepted: "a GPU count of at least the node count",
                example: "\(total.type.map { "\($0):" } ?? "")\(nodes.minimum)")
        }
        guard perNode > 0 else { return }
        let needed = (total.count + perNode - 1) / perNode
        if needed < nodes.minimum || needed > maximum {
            throw SpecError(
                field: prefix + "gpus", value: total.description,
                reason:
                    "at \(perNode) per node (\(prefix)gpus-per-node or \(prefix)gres) fills \(needed) node(s), outside \(prefix)nodes \(nodes)",
                accepted: "--gpus = nodes x gpus-per-node",
                example: "\(total.type.map { "\($0):" } ?? "")\(perNode * nodes.minimum)")
        }
    }

    /// sbatch's job-spec checks of `gpus-per-task` (passed with `--sbatch`): it needs `--gpus` or
    /// a task count, `--gpus` must be a multiple of it, and the tasks it implies must be the
    /// tasks asked for.
    func checkGPUsPerTask(prefix: String) throws(SpecError) {
        guard let extra = extraDirectives.first(where: { $0.name == "gpus-per-task" }),
            let value = extra.value,
            let perTask = try? GPUsPerUnit(slurm: value)
        else { return }
        let perTaskCount = perTask.items.reduce(0) { $0 + $1.count }
        func refuse(_ reason: String) -> SpecError {
            SpecError(
                field: prefix + "sbatch", value: extra.description, reason: reason,
                accepted: "gpus-per-task with --ntasks, and --gpus = ntasks x gpus-per-task",
                example: "gpus-per-task=1")
        }
        guard perTaskCount > 0 else { return }
        if let tasksPerNode = layout.ntasksPerNode, gpusPerNodeCount > 0,
            gpusPerNodeCount / perTaskCount != tasksPerNode.value
        {
            throw refuse(
                "\(gpusPerNodeCount) GPUs per node make \(gpusPerNodeCount / perTaskCount) task(s) per node, "
                    + "not the \(tasksPerNode) of \(prefix)ntasks-per-node")
        }
        guard let total = gpus.gpus else {
            // sbatch derives the task count from --ntasks-per-node only with a fixed node count.
            let derivable = layout.ntasksPerNode != nil && layout.nodes?.maximum == nil
            if layout.ntasks == nil && !derivable {
                throw refuse(
                    "needs --gpus or a task count (--ntasks, or --ntasks-per-node with a fixed --nodes)")
            }
            return
        }
        guard total.count % perTaskCount == 0 else {
            throw refuse("\(prefix)gpus \(total) is not a multiple of it")
        }
        let tasksFromGPUs = total.count / perTaskCount
        let tasksAsked =
            layout.ntasks?.value
            ?? layout.ntasksPerNode.flatMap { perNode in layout.nodes.map { perNode.value * $0.minimum } }
        if let tasksAsked, tasksAsked != tasksFromGPUs {
            throw refuse(
                "\(prefix)gpus \(total) makes \(tasksFromGPUs) task(s), not the \(tasksAsked) asked for")
        }
    }

    /// GPUs asked per node by `--gpus-per-node` or by `--gres=gpu...` (a per-node request); 0
    /// when neither or both are given (which one sbatch then applies is not checked here).
    var gpusPerNodeCount: Int {
        let gresGPUs = gpus.gres?.items.filter { $0.name == "gpu" } ?? []
        switch (gpus.gpusPerNode, gresGPUs.isEmpty) {
        case (let perNode?, true): return perNode.items.reduce(0) { $0 + $1.count }
        case (nil, false): return gresGPUs.reduce(0) { $0 + $1.count }
        default: return 0
        }
    }
}
