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
            """
        ],
        nonTriggering: [
            """
            #!/bin/bash
            module load python/3.12 mpi4py
            source $SLURM_TMPDIR/env/bin/activate
            srun python app.py
            """
        ])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        let commands = script.bodyCommands
        guard let activate = commands.first(where: Self.activates),
            let load = commands.last(where: Self.loadsModules), load.line > activate.line
        else { return [] }
        return [
            description.diagnostic(
                in: script, at: SourcePosition(line: activate.line, column: activate.column),
                "the virtualenv is activated on line \(activate.line), before 'module load' on line \(load.line)",
                hint: "move 'module load' above the activation, so the virtualenv's python comes first on PATH")
        ]
    }

    static func activates(_ command: BodyCommand) -> Bool {
        let words = command.words
        return words.count > 1 && (words[0] == "source" || words[0] == ".") && words[1].containsBytes("bin/activate")
    }

    static func loadsModules(_ command: BodyCommand) -> Bool {
        let words = command.words
        return words.count > 1 && (words[0] == "module" || words[0] == "ml") && words[1] == "load"
    }
}
