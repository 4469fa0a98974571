/// Everything a template needs, decided and formatted: templates only lay it out.
public struct ScriptModel: Sendable, Equatable {
    public var kind: JobKind
    public var directives: [RenderedDirective]
    /// Whether explanatory comments are written (off for `--bare`).
    public var comments: Bool
    /// `module load` arguments, shell-quoted and joined; nil when no modules.
    public var modules: String?
    /// The virtualenv block's install arguments (`numpy==2.1.1`, `-r requirements.txt`); nil
    /// when there is nothing to install.
    public var pipInstalls: [String]?
    /// Whether the virtualenv must be built on every node (multi-node kinds) or once.
    public var venvOnEveryNode: Bool
    /// The command `srun` launches, already safe for the shell.
    public var command: String
    /// Whether the payload is jobgen's bundled Swift example.
    public var bundledPayload: Bool

    /// The advice the seed writes after each directive it uses.
    static let seedComments: [String: String] = [
        "account": "adjust this to match the accounting group you are using to submit jobs",
        "time": "adjust this to match the walltime of your job",
        "ntasks": "adjust this to match the number of tasks/processes to run",
        "nodes": "adjust this to match the number of whole node",
        "ntasks-per-node": "adjust this to match the number of tasks/processes to run per node",
        "mem-per-cpu": "adjust this according to the memory you need per process",
    ]

    /// Decides the script for a resolved spec. `bundledExecutable` is the shell-ready path of
    /// `jobgen-mpi` used when the payload is the bundled one.
    public init(spec: JobSpec, comments: Bool = true, bundledExecutable: String = "jobgen-mpi") {
        kind = spec.kind
        self.comments = comments
        var lines: [RenderedDirective] = []
        func add(_ option: String, _ value: (any CustomStringConvertible)?) {
            guard let value else { return }
            lines.append(
                RenderedDirective(
                    option: option, value: value.description, comment: Self.seedComments[option]))
        }
        add("account", spec.account)
        add("time", spec.time)
        add("nodes", spec.layout.nodes)
        add("ntasks", spec.layout.ntasks)
        add("ntasks-per-node", spec.layout.ntasksPerNode)
        add("cpus-per-task", spec.layout.cpusPerTask)
        if let memory = spec.memory { add(memory.option, memory.size) }
        add("gpus", spec.gpus.gpus)
        add("gpus-per-node", spec.gpus.gpusPerNode)
        add("gres", spec.gpus.gres)
        add("job-name", spec.jobName)
        add("output", spec.output)
        add("error", spec.error)
        add("partition", spec.partition)
        add("qos", spec.qos)
        add("constraint", spec.constraint)
        add("array", spec.array)
        add("dependency", spec.dependency)
        add("mail-type", spec.mail.types)
        add("mail-user", spec.mail.user)
        if let exclusive = spec.exclusive {
            lines.append(
                RenderedDirective(option: "exclusive", value: exclusive == .node ? nil : exclusive.rawValue))
        }
        for extra in spec.extraDirectives {
            lines.append(RenderedDirective(option: extra.name, value: extra.writtenValue))
        }
        directives = lines

        if let names = spec.modules?.names, !names.isEmpty {
            modules = names.map(ShellQuote.quote).joined(separator: " ")
        }
        if let python = spec.python, !python.isEmpty {
            var installs: [String] = []
            if !python.packages.isEmpty {
                installs.append(python.packages.map(ShellQuote.quote).joined(separator: " "))
            }
            if let file = python.requirementsFile { installs.append("-r " + ShellQuote.quote(file)) }
            pipInstalls = installs
        }
        venvOnEveryNode = spec.kind != .gpu
        switch spec.payload ?? .bundled {
        case .bundled:
            bundledPayload = true
            command = bundledExecutable + " bcast" + (spec.kind == .gpu ? " --device auto" : "")
        case .command(let text):
            bundledPayload = false
            command = text
        }
    }
}
