/// Everything a user asks of a job, typed and checked: the one input of rendering.
///
/// Fields left nil are decided by the cluster profile (`ClusterProfile.resolve`), so a spec holds
/// only what was asked; `--print-spec` prints the resolved spec.
public struct JobSpec: Sendable, Equatable {
    public var kind: JobKind
    public var account: SlurmWord?
    public var time: WallTime?
    public var layout: TaskLayout
    public var memory: MemoryRequest?
    public var gpus: GPURequest
    public var jobName: SlurmWord?
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

    public init(kind: JobKind) {
        self.kind = kind
        layout = TaskLayout()
        gpus = GPURequest()
        mail = MailSpec()
        extraDirectives = []
    }

    /// This spec with every field `other` sets replacing this one's (command-line flags over a
    /// spec file). Lists given in `other` replace the whole list.
    public func overridden(by other: JobSpec) -> JobSpec {
        var merged = self
        merged.kind = other.kind
        merged.account = other.account ?? account
        merged.time = other.time ?? time
        merged.layout = layout.overridden(by: other.layout)
        merged.memory = other.memory ?? memory
        if !other.gpus.isEmpty { merged.gpus = other.gpus }
        merged.jobName = other.jobName ?? jobName
        merged.output = other.output ?? output
        merged.error = other.error ?? error
        merged.partition = other.partition ?? partition
        merged.qos = other.qos ?? qos
        merged.constraint = other.constraint ?? constraint
        merged.array = other.array ?? array
        merged.dependency = other.dependency ?? dependency
        merged.mail = MailSpec(types: other.mail.types ?? mail.types, user: other.mail.user ?? mail.user)
        merged.exclusive = other.exclusive ?? exclusive
        if !other.extraDirectives.isEmpty { merged.extraDirectives = other.extraDirectives }
        merged.modules = other.modules ?? modules
        merged.python = other.python ?? python
        merged.payload = other.payload ?? payload
        return merged
    }

    /// Every note (legal but surprising value) of the spec's values, each naming its field with
    /// `prefix` (`--` for flags).
    public func notes(prefix: String = "--") -> [String] {
        let values: [(String, (any SlurmValue)?)] = [
            ("time", time), ("nodes", layout.nodes), ("ntasks", layout.ntasks),
            ("ntasks-per-node", layout.ntasksPerNode), ("cpus-per-task", layout.cpusPerTask),
            (memory?.option ?? "mem", memory?.size), ("gpus", gpus.gpus), ("gpus-per-node", gpus.gpusPerNode), ("gres", gpus.gres),
            ("array", array), ("dependency", dependency), ("output", output), ("error", error),
            ("mail-type", mail.types),
        ]
        return values.flatMap { field, value in (value?.notes ?? []).map { "\(prefix)\(field): \($0)" } }
    }

    /// Cross-field checks sbatch or the job kind makes fatal. `prefix` is `--` for flags.
    public func checkCombinations(prefix: String = "--") throws(SpecError) {
        let extras = Set(extraDirectives.map(\.name))
        if layout.cpusPerTask != nil, extras.contains("cpus-per-gpu") {
            throw SpecError(
                field: prefix + "cpus-per-task", value: layout.cpusPerTask!.description,
                reason: "cannot be combined with cpus-per-gpu (sbatch refuses both)",
                accepted: "one of --cpus-per-task, --sbatch cpus-per-gpu=N", example: "2")
        }
        if extras.contains("ntasks-per-gpu"), extras.contains("gpus-per-task") {
            throw SpecError(
                field: prefix + "sbatch", value: "ntasks-per-gpu",
                reason: "cannot be combined with gpus-per-task (sbatch refuses both)",
                accepted: "one of ntasks-per-gpu, gpus-per-task", example: "gpus-per-task=1")
        }
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
        if case .perGPU = memory, gpus.isEmpty {
            throw SpecError(
                field: prefix + "mem-per-gpu", value: memory!.size.description,
                reason: "needs a GPU request (--gpus, --gpus-per-node or --gres)",
                accepted: MemorySize.accepted, example: "8G")
        }
    }
}
