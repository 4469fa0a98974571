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
            """,
            """
            #!/bin/bash
            #SBATCH --export=NONE
            #SBATCH --ntasks=4
            module load StdEnv/2023 python/3.12
            source $SLURM_TMPDIR/env/bin/activate
            time ↓srun \\
                --ntasks=4 python app.py
            for seed in 1 2 3; do
                env OMP_NUM_THREADS=1 ↓srun -n1 python run.py --seed "$seed" &
            done
            wait
            """,
        ],
        nonTriggering: [
            """
            #!/bin/bash
            #SBATCH --export=NONE
            module load python
            srun --export=ALL python app.py
            """,
            """
            #!/bin/bash
            #SBATCH --export=NONE
            module load python
            srun \\
                --export=ALL,OMP_NUM_THREADS=1 python app.py
            SLURM_EXPORT_ENV=ALL srun python post.py
            echo "srun python app.py"  # srun python app.py
            """,
        ])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        guard script.last("export")?.value?.uppercased() == "NONE" else { return [] }
        let commands = script.commandsWithHeredocScripts(mentioning: ["srun"])
        // `export SLURM_EXPORT_ENV=ALL` undoes --export=NONE for the steps after it.
        let undone =
            commands.filter { command in
                command.name == "export" && command.words.contains { $0.text.hasPrefix("SLURM_EXPORT_ENV=") }
            }.map(\.position).min()
        return commands.compactMap { command in
            guard let launcher = Launcher.launcher(of: command), launcher.name == "srun",
                undone.map({ command.position < $0 }) ?? true,
                !(command.assignments + command.words).contains(where: {
                    $0.text.hasPrefix("SLURM_EXPORT_ENV=")
                }),
                !Launcher.options(of: command, launcher: launcher).options.contains(where: {
                    $0.name == "--export"
                })
            else { return nil }
            let position = command.words[launcher.index].position
            return description.diagnostic(
                in: script, at: position,
                "'srun' on line \(position.line) inherits --export=NONE: its tasks will not see the modules or virtualenv set up in this script",
                hint: "write srun --export=ALL ..., or drop --export=NONE")
        }
    }
}
