import ArgumentParser
import JobGenKit

/// The sbatch options every job kind takes, named and meaning as in sbatch.
struct SbatchOptions: ParsableArguments {
    @Option(
        name: [.customShort("A"), .long], parsing: .unconditional,
        help: .grammar("Account to charge", SlurmWord.self, field: "account"))
    var account: String?
    @Option(
        name: [.customShort("t"), .long], parsing: .unconditional,
        help: .grammar("Time limit", WallTime.self))
    var time: String?
    @Option(
        name: [.customShort("N"), .long], parsing: .unconditional, help: .grammar("Nodes", NodeCount.self))
    var nodes: String?
    @Option(
        name: [.customShort("n"), .long], parsing: .unconditional,
        help: .grammar("Number of tasks (MPI ranks)", PositiveCount.self))
    var ntasks: String?
    @Option(
        name: .customLong("ntasks-per-node"), parsing: .unconditional,
        help: .grammar("Tasks on each node", PositiveCount.self))
    var ntasksPerNode: String?
    @Option(
        name: [.customShort("c"), .customLong("cpus-per-task")], parsing: .unconditional,
        help: .grammar("CPUs for each task", PositiveCount.self))
    var cpusPerTask: String?
    @Option(
        name: .long, parsing: .unconditional,
        help: .grammar("Memory per node", MemorySize.self, note: "0 = all of it"))
    var mem: String?
    @Option(
        name: .customLong("mem-per-cpu"), parsing: .unconditional,
        help: .grammar("Memory per CPU", MemorySize.self))
    var memPerCPU: String?
    @Option(
        name: .customLong("mem-per-gpu"), parsing: .unconditional,
        help: .grammar("Memory per GPU", MemorySize.self))
    var memPerGPU: String?
    @Option(
        name: [.customShort("G"), .long], parsing: .unconditional,
        help: .grammar("GPUs for the job", GPUCount.self))
    var gpus: String?
    @Option(
        name: .customLong("gpus-per-node"), parsing: .unconditional,
        help: .grammar("GPUs on each node", GPUsPerUnit.self))
    var gpusPerNode: String?
    @Option(name: .long, parsing: .unconditional, help: .grammar("Generic resources per node", Gres.self))
    var gres: String?
    @Option(
        name: [.customShort("J"), .customLong("job-name")], parsing: .unconditional,
        help: .grammar("Job name", SlurmText.self, field: "job-name"))
    var jobName: String?
    @Option(
        name: [.customShort("o"), .long], parsing: .unconditional,
        help: .grammar("The job's output log", FilenamePattern.self))
    var output: String?
    @Option(
        name: [.customShort("e"), .long], parsing: .unconditional,
        help: .grammar("The job's error log", FilenamePattern.self))
    var error: String?
    @Option(
        name: [.customShort("p"), .long], parsing: .unconditional,
        help: .grammar("Partition", SlurmWord.self, field: "partition"))
    var partition: String?
    @Option(
        name: [.customShort("q"), .long], parsing: .unconditional,
        help: .grammar("Quality of service", SlurmWord.self, field: "qos"))
    var qos: String?
    @Option(
        name: [.customShort("C"), .long], parsing: .unconditional,
        help: .grammar("Node features", SlurmWord.self, field: "constraint"))
    var constraint: String?
    @Option(
        name: [.customShort("a"), .long], parsing: .unconditional,
        help: .grammar("Job array indexes", ArraySpec.self))
    var array: String?
    @Option(
        name: [.customShort("d"), .long], parsing: .unconditional,
        help: .grammar("Dependencies", Dependency.self))
    var dependency: String?
    @Option(
        name: .customLong("mail-type"), parsing: .unconditional, help: .grammar("Mail events", MailTypes.self)
    )
    var mailType: String?
    @Option(
        name: .customLong("mail-user"), parsing: .unconditional,
        help: .grammar("Mail address", SlurmWord.self, field: "mail-user"))
    var mailUser: String?
    @Flag(
        name: .long, help: "Nodes not shared with other jobs; --exclusive=MODE for \(ExclusiveMode.accepted)."
    )
    var exclusive = false
    @Option(name: .customLong("exclusive-mode"), parsing: .unconditional, help: .hidden)
    var exclusiveMode: String?
    @Option(
        name: .long, parsing: .singleValue,
        help: ArgumentHelp(
            "Any other sbatch option, repeatable: \(ExtraDirective.accepted) (e.g. \(ExtraDirective.example)).",
            valueName: "KEY=VALUE"))
    var sbatch: [String] = []

    func fill(_ flags: inout SpecFlags) {
        flags.account = account
        flags.time = time
        flags.nodes = nodes
        flags.ntasks = ntasks
        flags.ntasksPerNode = ntasksPerNode
        flags.cpusPerTask = cpusPerTask
        flags.mem = mem
        flags.memPerCPU = memPerCPU
        flags.memPerGPU = memPerGPU
        flags.gpus = gpus
        flags.gpusPerNode = gpusPerNode
        flags.gres = gres
        flags.jobName = jobName
        flags.output = output
        flags.error = error
        flags.partition = partition
        flags.qos = qos
        flags.constraint = constraint
        flags.array = array
        flags.dependency = dependency
        flags.mailType = mailType
        flags.mailUser = mailUser
        flags.exclusive = exclusiveMode ?? (exclusive ? "" : nil)
        flags.sbatch = sbatch
    }
}
