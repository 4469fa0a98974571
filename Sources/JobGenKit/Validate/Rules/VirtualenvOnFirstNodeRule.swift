/// JG601: a node-local virtualenv created only on the first node of a multi-node job.
public struct VirtualenvOnFirstNodeRule: ClusterRule {
    public let cluster: ClusterResources?
    public init(cluster: ClusterResources?) { self.cluster = cluster }
    public init() { self.init(cluster: nil) }
    public let description = RuleDescription(
        code: "JG601", name: "virtualenv-on-first-node", title: "Virtualenv created only on the first node",
        severity: .warning,
        rationale: """
            The batch script runs on the first node only. A virtualenv created in node-local storage \
            (`$SLURM_TMPDIR`) exists there and nowhere else, so tasks on the other nodes fail with \
            "No such file or directory" or ModuleNotFoundError. Create it on every node: \
            `srun --ntasks $SLURM_NNODES --tasks-per-node=1 bash << EOF ... EOF`. That \
            `$SLURM_TMPDIR` is node-local is a site fact: with `--cluster`, the profile's \
            `policies.nodeLocalTmpdir` decides (silent where it is shared); without one the \
            finding says it is assumed.
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
            """,
            """
            #!/bin/bash
            #SBATCH --nodes=4
            #SBATCH --ntasks-per-node=32
            module load StdEnv/2023 python/3.12 mpi4py
            bash << EOF
            ↓python -m venv $SLURM_TMPDIR/env
            EOF
            if [ ! -d /tmp/$USER/env ]; then
                time ↓virtualenv \\
                    --no-download /tmp/$USER/env
            fi
            srun python app.py
            """,
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
            """
            #!/bin/bash
            #SBATCH --nodes=2
            module load python
            virtualenv --no-download $HOME/envs/shared
            echo "virtualenv $SLURM_TMPDIR/env"  # virtualenv $SLURM_TMPDIR/env
            cat > setup.sh << EOF
            virtualenv --no-download $SLURM_TMPDIR/env
            EOF
            srun -N2 --ntasks-per-node=1 bash setup.sh
            """,
        ])

    /// Whether the command mentions node-local storage.
    static func isNodeLocal(_ command: ShellCommand, slurmTmpdir: Bool = true) -> Bool {
        command.words.contains { word in
            (slurmTmpdir ? ["TMPDIR", "/tmp", "localscratch"] : ["/tmp", "localscratch"]).contains { place in
                word.text.containsBytes(place)
            }
        }
    }

    /// Whether `$SLURM_TMPDIR` (or `$TMPDIR`) is what makes the command node-local.
    static func onlySlurmTmpdir(_ command: ShellCommand) -> Bool {
        isNodeLocal(command) && !isNodeLocal(command, slurmTmpdir: false)
    }

    public func check(_ script: BatchScript, facts: JobFacts?) -> [Diagnostic] {
        let tmpdir = cluster?.policies?.nodeLocalTmpdir
        guard script.minimumNodes > 1, let outer = script.shell?.commands else { return [] }
        // A here-document that srun feeds to bash runs on every node; one fed to plain bash does not.
        let firstNodeOnly = script.heredocShellScripts(mentioning: ["venv"]).filter { !$0.launched }.flatMap(
            \.commands)
        return (outer + firstNodeOnly).compactMap { command in
            guard let created = PythonCommand.createsVirtualenv(command),
                Launcher.launcher(of: command) == nil,
                Self.isNodeLocal(command, slurmTmpdir: tmpdir != false)
            else { return nil }
            let position = command.words[created.program].position
            return description.diagnostic(
                in: script, at: position,
                "the virtualenv on line \(position.line) is created on the first node only, but the job has \(script.minimumNodes) or more nodes"
                    + (tmpdir == nil && Self.onlySlurmTmpdir(command)
                        ? " ($SLURM_TMPDIR is node-local on most clusters: an assumption; name the cluster with --cluster to check it)" : ""),
                hint:
                    "create it on every node: srun --ntasks $SLURM_NNODES --tasks-per-node=1 bash << EOF ... EOF"
            )
        }
    }
}
