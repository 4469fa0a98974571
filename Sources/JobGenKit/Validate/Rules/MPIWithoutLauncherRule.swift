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
            """,
            """
            #!/bin/bash
            #SBATCH --nodes=2
            #SBATCH --ntasks-per-node=16
            ml StdEnv/2023 openmpi
            for input in a.h5 b.h5; do
                OMP_NUM_THREADS=4 ↓python app.py "$input"
            done
            time ↓./solver_mpi --steps 100
            """,
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
            """
            #!/bin/bash
            #SBATCH --ntasks=8
            module load StdEnv/2023 openmpi mpi4py
            python prepare.py --out input.h5
            srun \\
              python app.py input.h5
            python -m pip list
            """,
            """
            #!/bin/bash
            #SBATCH --ntasks=8
            module load openmpi
            time mpirun ./solver_mpi
            ./postprocess
            """,
        ])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        guard script.taskCount > 1, let commands = script.shell?.commands,
            commands.contains(where: { command in
                ModuleCommand.loaded(by: command)?.contains {
                    $0.text.containsBytes("mpi", ignoringASCIICase: true)
                }
                    == true
            })
        else { return [] }
        // Serial steps around a launched program are fine: only a script that launches nothing.
        let launches = { (command: ShellCommand) in Launcher.launcher(of: command) != nil }
        guard !commands.contains(where: launches),
            !script.heredocShellScripts(mentioning: ["run", "mpiexec"]).contains(where: {
                $0.commands.contains(where: launches)
            })
        else { return [] }
        return commands.compactMap { command in
            guard let (index, word) = command.program, Self.looksLikePayload(command, index) else {
                return nil
            }
            let run = command.words[index...].map(\.text).joined(separator: " ")
            return description.diagnostic(
                in: script, at: word.position,
                "'\(word.text)' on line \(word.position.line) runs once, but the job asks for \(script.taskCount) MPI tasks",
                hint: "launch it on every task: srun \(run)")
        }
    }

    /// A Python program, `./program`, or a program named for MPI (`hello_mpi`, not `mpicc`);
    /// not pip, venv or a version check.
    static func looksLikePayload(_ command: ShellCommand, _ index: Int) -> Bool {
        let word = command.words[index]
        let name = word.basename
        if PythonCommand.isPython(name) {
            let next = index + 1 < command.words.count ? command.words[index + 1].unquoted : ""
            if next == "-V" || next == "--version" { return false }
            let module = PythonCommand.module(of: command.words, program: index)?.name
            return module.map { !["pip", "venv", "virtualenv", "ensurepip"].contains($0) } ?? true
        }
        return word.text.hasPrefix("./")
            || (name.containsBytes("mpi", ignoringASCIICase: true) && !name.hasPrefix("mpi"))
    }
}
