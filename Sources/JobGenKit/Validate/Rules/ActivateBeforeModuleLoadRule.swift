/// JG602: a virtualenv activated before `module load`.
public struct ActivateBeforeModuleLoadRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG602", name: "activate-before-module-load", title: "Virtualenv activated before module load",
        severity: .warning,
        rationale: """
            Loading a module after activating a virtualenv puts the module's Python first on PATH, \
            so the job's `python` is no longer the virtualenv's and imports fail \
            (`ModuleNotFoundError: No module named 'mpi4py'`, the seed's troubleshooting case). \
            Load modules first, then activate.
            """,
        triggering: [
            """
            #!/bin/bash
            ↓source $SLURM_TMPDIR/env/bin/activate
            module load python/3.12 mpi4py
            srun python app.py
            """,
            """
            #!/bin/bash
            #SBATCH --ntasks=8
            ml purge
            ml StdEnv/2023 python/3.12
            ↓source ~/envs/sim/bin/activate && module load mpi4py
            srun python sim.py
            """,
            """
            #!/bin/bash
            #SBATCH --ntasks=8
            module load python/3.12
            ↓. "$HOME/envs/sim/bin/activate"
            ml mpi4py
            srun python sim.py
            """,
            """
            #!/bin/bash
            #SBATCH --ntasks=8
            ↓source env/bin/activate
            module swap gcc intel
            srun python sim.py
            """,
        ],
        nonTriggering: [
            """
            #!/bin/bash
            module load python/3.12 mpi4py
            source $SLURM_TMPDIR/env/bin/activate
            srun python app.py
            """,
            """
            #!/bin/bash
            #SBATCH --ntasks=8
            module add python/3.12 mpi4py
            source ~/envs/sim/bin/activate
            module list
            ml
            echo "module load after: source env/bin/activate"
            module purge && ml -mpi4py
            srun python sim.py
            """,
        ])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        guard let commands = script.shell?.commands,
            let activate = commands.firstIndex(where: { Self.activation($0) != nil }),
            let load = commands.lastIndex(where: { ModuleCommand.loaded(by: $0) != nil }), load > activate,
            let word = Self.activation(commands[activate])
        else { return [] }
        let loadLine = commands[load].position.line
        return [
            description.diagnostic(
                in: script, at: word.position,
                "the virtualenv is activated on line \(word.position.line), before 'module load' on line \(loadLine)",
                hint:
                    "move 'module load' above the activation, so the virtualenv's python comes first on PATH")
        ]
    }

    /// The `source`/`.` word of `source DIR/bin/activate`, if the command is one.
    static func activation(_ command: ShellCommand) -> ShellCommand.Word? {
        guard let program = command.program, program.word.is("source") || program.word.is("."),
            program.index + 1 < command.words.count,
            command.words[program.index + 1].text.containsBytes("bin/activate")
        else { return nil }
        return program.word
    }
}
