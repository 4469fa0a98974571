import ArgumentParser
import JobGenKit

/// The sbatch options every job kind takes, named and meaning as in sbatch.
struct SbatchOptions: ParsableArguments {
    @Option(
        name: [.customShort("A"), .long], parsing: .unconditional,
        help: "Account to charge (e.g. def-someprof).")
    var account: String?
    @Option(
        name: [.customShort("t"), .long], parsing: .unconditional,
        help: "Time limit: M, M:S, H:M:S, D-H, D-H:M, D-H:M:S.")
    var time: String?
    @Option(name: [.customShort("N"), .long], parsing: .unconditional, help: "Nodes: N or min-max.")
    var nodes: String?
    @Option(name: [.customShort("n"), .long], parsing: .unconditional, help: "Number of tasks (MPI ranks).")
    var ntasks: String?
    @Option(name: .customLong("ntasks-per-node"), parsing: .unconditional, help: "Tasks on each node.")
    var ntasksPerNode: String?
    @Option(
        name: [.customShort("c"), .customLong("cpus-per-task")], parsing: .unconditional,
        help: "CPUs for each task.")
    var cpusPerTask: String?
    @Option(name: .long, parsing: .unconditional, help: "Memory per node, e.g. 16G; 0 = all of it.")
    var mem: String?
    @Option(name: .customLong("mem-per-cpu"), parsing: .unconditional, help: "Memory per CPU, e.g. 4G.")
    var memPerCPU: String?
    @Option(name: .customLong("mem-per-gpu"), parsing: .unconditional, help: "Memory per GPU, e.g. 8G.")
    var memPerGPU: String?
    @Option(
        name: [.customShort("G"), .long], parsing: .unconditional, help: "GPUs for the job: [type:]count.")
    var gpus: String?
    @Option(
        name: .customLong("gpus-per-node"), parsing: .unconditional, help: "GPUs on each node: [type:]count.")
    var gpusPerNode: String?
    @Option(name: .long, parsing: .unconditional, help: "Generic resources per node, e.g. gpu:a100:1.")
    var gres: String?
    @Option(name: [.customShort("J"), .customLong("job-name")], parsing: .unconditional, help: "Job name.")
    var jobName: String?
    @Option(
        name: [.customShort("o"), .long], parsing: .unconditional,
        help: "The job's output log pattern, e.g. slurm-%x-%j.out.")
    var output: String?
    @Option(name: [.customShort("e"), .long], parsing: .unconditional, help: "The job's error log pattern.")
    var error: String?
    @Option(name: [.customShort("p"), .long], parsing: .unconditional, help: "Partition.")
    var partition: String?
    @Option(name: [.customShort("q"), .long], parsing: .unconditional, help: "Quality of service.")
    var qos: String?
    @Option(name: [.customShort("C"), .long], parsing: .unconditional, help: "Node features, e.g. a100.")
    var constraint: String?
    @Option(
        name: [.customShort("a"), .long], parsing: .unconditional, help: "Job array indexes, e.g. 0-15%4.")
    var array: String?
    @Option(
        name: [.customShort("d"), .long], parsing: .unconditional, help: "Dependencies, e.g. afterok:12345.")
    var dependency: String?
    @Option(name: .customLong("mail-type"), parsing: .unconditional, help: "Mail events, e.g. END,FAIL.")
    var mailType: String?
    @Option(name: .customLong("mail-user"), parsing: .unconditional, help: "Mail address.")
    var mailUser: String?
    @Flag(name: .long, help: "Nodes not shared with other jobs (--exclusive=user|mcs|topo also works).")
    var exclusive = false
    @Option(name: .customLong("exclusive-mode"), parsing: .unconditional, help: .hidden)
    var exclusiveMode: String?
    @Option(
        name: .long, parsing: .singleValue,
        help: ArgumentHelp("Any other sbatch option, repeatable.", valueName: "KEY=VALUE"))
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
