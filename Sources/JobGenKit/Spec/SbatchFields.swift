extension SbatchField {
    /// jobgen's typed sbatch options, in the order the script's directives are written. Adding a
    /// row adds the flag to every command that takes sbatch options, the spec key, its schema,
    /// `--print-spec`, the directive and the help (docs/architecture.md, "Adding a typed option").
    public static let all: [SbatchField] = [
        .typed(
            "account", short: "A", "Account to charge", SlurmWord.self, at: \.account,
            example: "def-someprof",
            comment: "adjust this to match the accounting group you are using to submit jobs"),
        .typed(
            "time", short: "t", "Time limit", WallTime.self, at: \.time,
            comment: "adjust this to match the walltime of your job"),
        .typed(
            "nodes", short: "N", "Nodes", NodeCount.self, at: \.layout.nodes,
            comment: "adjust this to match the number of whole node", form: .scalar(numeric: true)),
        .typed(
            "ntasks", short: "n", "Number of tasks (MPI ranks)", reading: TaskCount.self, storing: \.count,
            at: \.layout.ntasks, comment: "adjust this to match the number of tasks/processes to run",
            form: .scalar(numeric: true)),
        .typed(
            "ntasks-per-node", "Tasks on each node", PositiveCount.self, at: \.layout.ntasksPerNode,
            comment: "adjust this to match the number of tasks/processes to run per node",
            form: .scalar(numeric: true)),
        .typed(
            "cpus-per-task", short: "c", "CPUs for each task", reading: CPUsPerTaskCount.self,
            storing: \.count,
            at: \.layout.cpusPerTask, form: .scalar(numeric: true)),
        .typed(
            "mem", "Memory per node", MemorySize.self, at: \.memoryPerNode, note: "0 = all of it",
            group: .memory),
        .typed(
            "mem-per-cpu", "Memory per CPU", MemorySize.self, at: \.memoryPerCPU,
            comment: "adjust this according to the memory you need per process", group: .memory),
        .typed("mem-per-gpu", "Memory per GPU", MemorySize.self, at: \.memoryPerGPU, group: .memory),
        .typed("tmp", "Local disk on each node", MemorySize.self, at: \.tmp),
        .typed(
            "gpus", short: "G", "GPUs for the job", GPUCount.self, at: \.gpus.gpus,
            form: .scalar(numeric: true),
            group: .gpus),
        .typed("gpus-per-node", "GPUs on each node", GPUsPerUnit.self, at: \.gpus.gpusPerNode, group: .gpus),
        .typed("gres", "Generic resources per node", Gres.self, at: \.gpus.gres, group: .gpus),
        .typed("job-name", short: "J", "Job name", SlurmText.self, at: \.jobName, example: "mpi4py-bcast"),
        .typed("output", short: "o", "The job's output log", FilenamePattern.self, at: \.output),
        .typed(
            "error", short: "e", "The job's error log", FilenamePattern.self, at: \.error,
            example: "slurm-%x-%j.err"),
        .typed(
            "partition", short: "p", "Partition", SlurmWord.self, at: \.partition,
            example: "cpubase_bycore_b1"),
        .typed("qos", short: "q", "Quality of service", SlurmWord.self, at: \.qos, example: "normal"),
        .typed("constraint", short: "C", "Node features", SlurmWord.self, at: \.constraint, example: "a100"),
        .typed("array", short: "a", "Job array indexes", ArraySpec.self, at: \.array),
        .typed("dependency", short: "d", "Dependencies", Dependency.self, at: \.dependency),
        .typed("mail-type", "Mail events", MailTypes.self, at: \.mail.types, form: .scalarOrList),
        .typed("mail-user", "Mail address", SlurmWord.self, at: \.mail.user, example: "someone@example.org"),
        .typed(
            "exclusive", "Nodes not shared with other jobs", ExclusiveMode.self, at: \.exclusive,
            example: "user",
            form: .flagOrValue),
    ]

    /// The field of this sbatch long option, if jobgen has one.
    public static func named(_ name: String) -> SbatchField? { byName[name] }

    private static let byName = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })

    /// The fields of `group`, in table order.
    static func members(of group: Group) -> [SbatchField] { all.filter { $0.group == group } }
}
