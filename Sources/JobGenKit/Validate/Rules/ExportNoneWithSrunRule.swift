/// JG606: `--export=NONE` while `srun` steps rely on the environment the script sets up.
public struct ExportNoneWithSrunRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG606", name: "export-none-with-srun", title: "--export=NONE with srun steps",
        severity: .warning,
        rationale: """
            With `--export=NONE`, sbatch sets SLURM_EXPORT_ENV=NONE in the job, so every `srun` \
            inside it also starts its tasks without the script's environment: modules loaded and \
            virtualenvs activated in the script are gone in the tasks. Write `srun --export=ALL`.
            """,
        triggering: [
            """
            #!/bin/bash
            #SBATCH --export=NONE
            module load python
            ↓srun python app.py
            """
        ],
        nonTriggering: [
            """
            #!/bin/bash
            #SBATCH --export=NONE
            module load python
            srun --export=ALL python app.py
            """
        ])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        guard script.last("export")?.value?.uppercased() == "NONE" else { return [] }
        return script.bodyCommands.compactMap { command in
            guard command.words.first == "srun", !command.words.contains(where: { $0.hasPrefix("--export") }) else {
                return nil
            }
            return description.diagnostic(
                in: script, at: SourcePosition(line: command.line, column: command.column),
                "'srun' on line \(command.line) inherits --export=NONE: its tasks will not see the modules or virtualenv set up in this script",
                hint: "write srun --export=ALL ..., or drop --export=NONE")
        }
    }
}
