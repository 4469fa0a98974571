/// JG601: a node-local virtualenv created only on the first node of a multi-node job.
public struct VirtualenvOnFirstNodeRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG601", name: "virtualenv-on-first-node", title: "Virtualenv created only on the first node",
        severity: .warning,
        rationale: """
            The batch script runs on the first node only. A virtualenv created in node-local storage \
            (`$SLURM_TMPDIR`) exists there and nowhere else, so tasks on the other nodes fail with \
            "No such file or directory" or ModuleNotFoundError. Create it on every node: \
            `srun --ntasks $SLURM_NNODES --tasks-per-node=1 bash << EOF ... EOF`.
            """,
        triggering: [
            """
            #!/bin/bash
            #SBATCH --nodes=2
            #SBATCH --ntasks-per-node=4
            module load python mpi4py
            ↓virtualenv --no-download $SLURM_TMPDIR/env
            source $SLURM_TMPDIR/env/bin/activate
            srun python app.py
            """
        ],
        nonTriggering: [
            """
            #!/bin/bash
            #SBATCH --nodes=2
            module load python
            srun --ntasks $SLURM_NNODES --tasks-per-node=1 bash << EOF
            virtualenv --no-download $SLURM_TMPDIR/env
            EOF
            srun python app.py
            """,
            """
            #!/bin/bash
            #SBATCH --ntasks=2
            virtualenv --no-download $SLURM_TMPDIR/env
            srun python app.py
            """,
        ])

    /// Whether the command mentions node-local storage.
    static func isNodeLocal(_ text: Substring) -> Bool {
        ["TMPDIR", "/tmp", "localscratch"].contains { place in text.containsBytes(place) }
    }

    public func check(_ script: BatchScript) -> [Diagnostic] {
        guard script.minimumNodes > 1 else { return [] }
        return script.bodyCommands.compactMap { command in
            let words = command.words
            let createsVenv = words.first == "virtualenv"
                || (words.count > 2 && words[0].hasPrefix("python") && words[1] == "-m" && words[2] == "venv")
            guard createsVenv, command.heredocOpener.map(BodyCommand.words)?.first != "srun",
                Self.isNodeLocal(command.text)
            else { return nil }
            return description.diagnostic(
                in: script, at: SourcePosition(line: command.line, column: command.column),
                "the virtualenv on line \(command.line) is created on the first node only, but the job has \(script.minimumNodes) or more nodes",
                hint: "create it on every node: srun --ntasks $SLURM_NNODES --tasks-per-node=1 bash << EOF ... EOF")
        }
    }
}
