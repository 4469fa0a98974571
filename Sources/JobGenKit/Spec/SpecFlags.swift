/// The generator's flags as typed on the command line, before parsing: sbatch's long options
/// and jobgen's own. `spec(kind:)` turns them into a `JobSpec`, naming the flag of any bad value.
public struct SpecFlags: Sendable, Equatable {
    public var account, time, nodes, ntasks, ntasksPerNode, cpusPerTask: String?
    public var mem, memPerCPU, memPerGPU, gpus, gpusPerNode, gres: String?
    public var jobName, output, error, partition, qos, constraint, array, dependency: String?
    public var mailType, mailUser, exclusive: String?
    public var sbatch: [String] = []
    public var modules: [String]?
    public var pip: [String]?
    public var requirements: String?
    public var run: String?

    public init() {}

    /// The spec these flags ask for; fields without a flag stay nil.
    public func spec(kind: JobKind) throws(SpecError) -> JobSpec {
        var spec = JobSpec(kind: kind)
        spec.account = try parse(
            SlurmWord.self, account, field: "--account", example: WordExamples.example("--account"))
        spec.time = try parse(WallTime.self, time, field: "--time")
        spec.layout = TaskLayout(
            nodes: try parse(NodeCount.self, nodes, field: "--nodes"),
            ntasks: try parse(PositiveCount.self, ntasks, field: "--ntasks"),
            ntasksPerNode: try parse(PositiveCount.self, ntasksPerNode, field: "--ntasks-per-node"),
            cpusPerTask: try parse(PositiveCount.self, cpusPerTask, field: "--cpus-per-task"))
        spec.memory = try MemoryRequest.from(mem: mem, perCPU: memPerCPU, perGPU: memPerGPU, prefix: "--")
        spec.gpus = GPURequest(
            gpus: try parse(GPUCount.self, gpus, field: "--gpus"),
            gpusPerNode: try parse(GPUsPerUnit.self, gpusPerNode, field: "--gpus-per-node"),
            gres: try parse(Gres.self, gres, field: "--gres"))
        spec.jobName = try parse(
            SlurmText.self, jobName, field: "--job-name", example: WordExamples.example("--job-name"))
        spec.output = try parse(FilenamePattern.self, output, field: "--output")
        spec.error = try parse(FilenamePattern.self, error, field: "--error")
        spec.partition = try parse(
            SlurmWord.self, partition, field: "--partition", example: WordExamples.example("--partition"))
        spec.qos = try parse(SlurmWord.self, qos, field: "--qos", example: WordExamples.example("--qos"))
        spec.constraint = try parse(
            SlurmWord.self, constraint, field: "--constraint", example: WordExamples.example("--constraint"))
        spec.array = try parse(ArraySpec.self, array, field: "--array")
        spec.dependency = try parse(Dependency.self, dependency, field: "--dependency")
        spec.mail = MailSpec(
            types: try parse(MailTypes.self, mailType, field: "--mail-type"),
            user: try parse(
                SlurmWord.self, mailUser, field: "--mail-user", example: WordExamples.example("--mail-user")))
        spec.exclusive = try parse(ExclusiveMode.self, exclusive, field: "--exclusive", example: "=user")
        spec.extraDirectives = try sbatch.map { item throws(SpecError) in try ExtraDirective(item) }
        if let modules { spec.modules = try ModuleList(modules) }
        if pip != nil || requirements != nil {
            spec.python = try PythonEnv(packages: pip ?? [], requirementsFile: requirements)
        }
        if let run { spec.payload = try Payload.command(run, field: "--run") }
        return spec
    }
}
