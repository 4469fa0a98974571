/// JG609: `mpirun -np N` or `srun -n N` with more tasks than the job has.
public struct LaunchCountExceedsJobRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG609", name: "launch-count-exceeds-job", title: "Launch asks for more tasks than the job has",
        severity: .error,
        rationale: """
            A launcher inside the job starts its processes in the job's allocation. Open MPI's \
            `mpirun` (and its `mpiexec`) under Slurm has one slot per task of the job (`--ntasks`, \
            or `--ntasks-per-node` times the nodes, or one per node when neither is given), and \
            `-np` beyond that stops at once with "There are not enough slots available in the \
            system". A step (`srun -n N`) cannot use more CPUs than the job has: it fails with \
            "Unable to create step for job: More processors requested than permitted" (or waits, \
            then fails) unless `--overcommit` is given. Only literal counts are compared \
            (`$SLURM_NTASKS` is right by construction); `--oversubscribe`, a host file, Intel MPI \
            or MPICH (which oversubscribe silently), whole-node (`--exclusive`) jobs and task \
            counts made from GPUs or sockets are left alone.
            """,
        triggering: [
            """
            #!/bin/bash
            #SBATCH --ntasks=4
            #SBATCH --time=01:00:00
            module load StdEnv/2023 gcc openmpi
            mpirun ↓-np 8 ./solver_mpi
            srun ↓--ntasks=16 ./solver_mpi
            """,
            """
            #!/bin/bash
            #SBATCH --nodes=2
            #SBATCH --time=01:00:00
            module load openmpi
            time mpiexec ↓-n 8 ./hello_mpi
            mpirun --bind-to core ↓-n 3 ./hello_mpi
            srun -l ↓-n6 hostname
            srun ↓--ntasks 4 --cpus-per-task=1 ./hello_mpi
            """,
        ],
        nonTriggering: [
            """
            #!/bin/bash
            #SBATCH --nodes=2
            #SBATCH --ntasks-per-node=40
            module load openmpi
            mpirun -np 80 ./solver_mpi
            mpirun -np $SLURM_NTASKS ./solver_mpi
            srun --ntasks 40 ./solver_mpi -n 1000
            mpirun --oversubscribe -np 160 ./solver_mpi
            srun -O -n 200 ./io_worker
            mpirun --hostfile hosts.txt -np 200 ./solver_mpi
            """,
            """
            #!/bin/bash
            #SBATCH --ntasks=4
            #SBATCH --overcommit
            srun -n 8 ./io_worker
            """,
            """
            #!/bin/bash
            #SBATCH --ntasks=2
            #SBATCH --cpus-per-task=4
            module load intel intelmpi
            srun -n 8 ./threads
            mpirun -np 8 ./solver_mpi
            """,
        ])

    /// A launcher's command with a literal count.
    private struct Launch {
        var command: ShellCommand
        var launcher: Substring
        var options: [Launcher.Option]
        var option: Launcher.Option
        var count: Int
    }

    public func check(_ script: BatchScript) -> [Diagnostic] {
        let launches = (script.shell?.commands ?? []).compactMap(Self.launch)
        guard !launches.isEmpty, !Self.hasUncountedTasks(script) else { return [] }
        let tasks = Self.mostTasks(script)
        guard tasks > 0 else { return [] }
        let cpus = tasks * (Self.count(script, "cpus-per-task") ?? 1)
        let wholeNodes = ["exclusive", "overcommit", "mincpus", "cpus-per-gpu"].contains {
            script.last($0) != nil
        }
        let silentMPI = Self.loadsSilentMPI(script)
        return launches.compactMap { launch in
            let (option, n) = (launch.option, launch.count)
            if launch.launcher == "srun" {
                guard !wholeNodes,
                    !launch.options.contains(where: {
                        ["-O", "--overcommit", "--jobid", "--het-group"].contains($0.name)
                    })
                else { return nil }
                // Each task needs a CPU at least, whatever the step's --cpus-per-task.
                guard n > cpus else { return nil }
                return description.diagnostic(
                    in: script, at: option.word.position,
                    "'srun \(Self.written(option))' on line \(option.word.position.line) asks for \(n) tasks, but the job has \(Self.tasks(tasks)) (\(cpus) CPU\(cpus == 1 ? "" : "s")): the step fails with \"More processors requested than permitted\"",
                    hint:
                        "raise --ntasks to \(n) in the directives, or drop the count so the step runs on the job's tasks"
                )
            }
            guard !silentMPI, n > tasks, !Self.oversubscribes(launch.command, launch.options) else {
                return nil
            }
            return description.diagnostic(
                in: script, at: option.word.position,
                "'\(launch.launcher) \(Self.written(option))' on line \(option.word.position.line) starts \(n) processes, but the job has \(Self.tasks(tasks)): Open MPI stops with \"There are not enough slots available in the system\"",
                hint: "write \(option.name) $SLURM_NTASKS, or ask for \(n) tasks: #SBATCH --ntasks=\(n)")
        }
    }

    /// The command's launch, when it is srun or Open MPI's mpirun with a literal count.
    private static func launch(_ command: ShellCommand) -> Launch? {
        guard let launcher = Launcher.launcher(of: command) else { return nil }
        let names: Set<Substring>
        switch launcher.name {
        case "srun": names = ["-n", "--ntasks"]
        case "mpirun", "mpiexec", "orterun": names = ["-np", "-n", "--np", "--n"]
        default: return nil
        }
        let options = Launcher.options(of: command, launcher: launcher).options
        guard let (option, n) = count(in: options, names) else { return nil }
        return Launch(command: command, launcher: launcher.name, options: options, option: option, count: n)
    }

    /// Whether a module of Intel MPI, MPICH or MVAPICH is loaded: their mpirun oversubscribes.
    private static func loadsSilentMPI(_ script: BatchScript) -> Bool {
        (script.shell?.commands ?? []).contains { command in
            ModuleCommand.loaded(by: command)?.contains { module in
                ["impi", "intelmpi", "intel-mpi", "mpich", "mvapich"].contains {
                    module.text.containsBytes($0, ignoringASCIICase: true)
                }
            } == true
        }
    }

    /// The option as written: `-n 8`, `-n8`, `--ntasks=8`.
    private static func written(_ option: Launcher.Option) -> String {
        let text = option.word.text
        guard let value = option.value, !text.hasSuffix(value) else { return text }
        return "\(text) \(value)"
    }

    private static func tasks(_ n: Int) -> String { n == 1 ? "1 task" : "\(n) tasks" }

    /// The last of `names` among the options, with its literal count.
    private static func count(in options: [Launcher.Option], _ names: Set<Substring>) -> (
        option: Launcher.Option, count: Int
    )? {
        guard let option = options.last(where: { names.contains($0.name) }),
            let value = option.value, !value.isEmpty, value.allSatisfy({ $0.isASCII && $0.isNumber }),
            let n = Int(value)
        else { return nil }
        return (option, n)
    }

    /// `--oversubscribe`, `--map-by ...:OVERSUBSCRIBE`, an MCA setting, or hosts of its own.
    private static func oversubscribes(_ command: ShellCommand, _ options: [Launcher.Option]) -> Bool {
        let hosts: Set<Substring> = [
            "-H", "-host", "--host", "-hosts", "-hostfile", "--hostfile", "-machinefile", "--machinefile",
            "-f",
            "--use-hwthread-cpus", "-use-hwthread-cpus",
        ]
        return options.contains { option in
            hosts.contains(option.name) || option.name.containsBytes("oversubscribe", ignoringASCIICase: true)
                || option.value?.containsBytes("oversubscribe", ignoringASCIICase: true) == true
        } || command.assignments.contains { $0.text.containsBytes("oversubscribe", ignoringASCIICase: true) }
    }

    /// Task counts the directives make in ways this rule does not work out.
    private static func hasUncountedTasks(_ script: BatchScript) -> Bool {
        script.options.contains { $0.component > 0 }
            || ["ntasks-per-gpu", "ntasks-per-socket", "ntasks-per-core", "ntasks-per-tres", "gpus-per-task"]
                .contains { script.last($0) != nil }
    }

    /// The most tasks the job can get: `--ntasks`, else per node times the top of `--nodes`.
    static func mostTasks(_ script: BatchScript) -> Int {
        guard script.last("ntasks") == nil,
            let nodes = script.last("nodes")?.value.flatMap({ try? NodeCount(slurm: $0) }),
            let top = nodes.maximum
        else { return script.taskCount }
        return (count(script, "ntasks-per-node") ?? 1) * top
    }

    private static func count(_ script: BatchScript, _ name: String) -> Int? {
        script.last(name)?.value.flatMap { try? PositiveCount(slurm: $0) }?.value
    }
}
