/// JG605: an MPI job whose program is started without `srun`/`mpirun`.
public struct MPIWithoutLauncherRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG605", name: "mpi-without-launcher", title: "MPI program not launched with srun",
        severity: .warning,
        rationale: """
            The batch script runs once, on the first node. A job that asks for several tasks and \
            loads MPI but starts its program directly (`python app.py`) runs one process and \
            leaves the other tasks idle. Launch it with `srun` (or `mpirun`).
            """,
        triggering: [
            """
            #!/bin/bash
            #SBATCH --ntasks=4
            module load openmpi mpi4py
            ↓python app.py
            """
        ],
        nonTriggering: [
            """
            #!/bin/bash
            #SBATCH --ntasks=4
            module load openmpi mpi4py
            srun python app.py
            """,
            """
            #!/bin/bash
            #SBATCH --ntasks=1
            module load mpi4py
            python app.py
            """,
        ])

    static let launchers: Set<Substring> = ["srun", "mpirun", "mpiexec", "orterun", "prterun"]

    public func check(_ script: BatchScript) -> [Diagnostic] {
        guard script.taskCount > 1 else { return [] }
        let commands = script.bodyCommands
        let loadsMPI = commands.contains { command in
            ActivateBeforeModuleLoadRule.loadsModules(command)
                && command.words.dropFirst(2).contains { $0.containsBytes("mpi", ignoringASCIICase: true) }
        }
        guard loadsMPI else { return [] }
        return commands.compactMap { command in
            guard command.heredocOpener == nil, let program = command.words.first,
                !Self.launchers.contains(program),
                program.hasPrefix("python") || program.hasPrefix("./")
                    || (program.containsBytes("mpi", ignoringASCIICase: true) && !program.hasPrefix("mpi"))
            else { return nil }
            return description.diagnostic(
                in: script, at: SourcePosition(line: command.line, column: command.column),
                "'\(program)' on line \(command.line) runs once, but the job asks for \(script.taskCount) MPI tasks",
                hint: "launch it on every task: srun \(command.text)")
        }
    }
}
