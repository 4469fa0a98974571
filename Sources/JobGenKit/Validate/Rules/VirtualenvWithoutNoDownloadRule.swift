/// JG604: `virtualenv` that downloads seed packages on a compute node.
public struct VirtualenvWithoutNoDownloadRule: ClusterRule {
    public let cluster: ClusterResources?
    public init(cluster: ClusterResources?) { self.cluster = cluster }
    public init() { self.init(cluster: nil) }
    public let description = RuleDescription(
        code: "JG604", name: "virtualenv-without-no-download", title: "virtualenv without --no-download",
        severity: .warning,
        rationale: """
            `virtualenv` tries to download the newest pip, setuptools and wheel; on a compute node \
            without internet that hangs or fails. `--no-download` uses the bundled ones. Silent \
            where the profile (`--cluster`) says compute nodes reach the internet.
            """,
        triggering: [
            "#!/bin/bash\n↓virtualenv $SLURM_TMPDIR/env\n",
            """
            #!/bin/bash
            #SBATCH --nodes=2
            module load python/3.12
            srun --ntasks $SLURM_NNODES --tasks-per-node=1 bash << EOF
            ↓virtualenv $SLURM_TMPDIR/env
            EOF
            ↓python -m virtualenv --clear $SLURM_TMPDIR/other
            """,
        ],
        nonTriggering: [
            "#!/bin/bash\nvirtualenv --no-download $SLURM_TMPDIR/env\n",
            """
            #!/bin/bash
            module load python/3.12
            virtualenv \\
                --no-download $SLURM_TMPDIR/env
            pip install --no-index virtualenv
            python -m venv $SLURM_TMPDIR/venv
            echo "virtualenv $SLURM_TMPDIR/env"
            """,
        ])

    public func check(_ script: BatchScript, facts: JobFacts?) -> [Diagnostic] {
        guard ComputeNodeInternet.applies(on: cluster) else { return [] }
        return script.commandsWithHeredocScripts(mentioning: ["virtualenv"]).compactMap { command in
            // `python -m venv` copies pip from the standard library and downloads nothing.
            guard let created = PythonCommand.createsVirtualenv(command), created.tool == "virtualenv",
                !command.words.contains(where: { $0.is("--no-download") })
            else { return nil }
            let position = command.words[created.program].position
            return description.diagnostic(
                in: script, at: position,
                "'virtualenv' on line \(position.line) downloads packages, \(ComputeNodeInternet.premise(on: cluster, "cannot"))",
                hint: "write virtualenv --no-download DIR")
        }
    }
}
