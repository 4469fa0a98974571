/// JG603: `pip install` from the internet on a compute node.
public struct PipInstallWithoutNoIndexRule: ClusterRule {
    public let cluster: ClusterResources?
    public init(cluster: ClusterResources?) { self.cluster = cluster }
    public init() { self.init(cluster: nil) }
    public let description = RuleDescription(
        code: "JG603", name: "pip-install-without-no-index", title: "pip install without --no-index",
        severity: .warning,
        rationale: """
            Compute nodes on most clusters (all of the Alliance's) have no internet access: \
            `pip install` hangs or fails. Install from the site's wheelhouse with `--no-index`. \
            Every form of pip counts (`pip3`, `python -m pip`, `$VENV/bin/pip`), also in a \
            here-document that a shell runs (`srun bash << EOF`). With `--cluster`, the profile's \
            `policies.internetOnComputeNodes` decides: silent where compute nodes reach the \
            internet; without a profile that they do not is an assumption, and the finding says so.
            """,
        triggering: [
            "#!/bin/bash\nsource env/bin/activate\n↓pip install numpy\n",
            """
            #!/bin/bash
            #SBATCH --time=00:30:00
            module load python/3.12
            virtualenv --no-download $SLURM_TMPDIR/env
            ↓$SLURM_TMPDIR/env/bin/pip install numpy  # --no-index later
            ↓python -m pip install --upgrade pip
            ↓pip3 install -r requirements.txt
            srun bash << EOF
            ↓python3 -m pip install scipy
            EOF
            """,
        ],
        nonTriggering: [
            "#!/bin/bash\nsource env/bin/activate\npip install --no-index numpy\npip list\n",
            """
            #!/bin/bash
            #SBATCH --time=00:30:00
            source $SLURM_TMPDIR/env/bin/activate
            pip install \\
                --no-index numpy
            pip install --no-index --find-links ~/wheels mypkg
            pip install -r requirements.txt --no-index
            echo "then pip install x"
            pip download numpy -d wheels
            pip install --help
            """,
        ])

    public func check(_ script: BatchScript, facts: JobFacts?) -> [Diagnostic] {
        guard ComputeNodeInternet.applies(on: cluster) else { return [] }
        return script.commandsWithHeredocScripts(mentioning: ["pip"]).compactMap { command in
            guard let pip = PythonCommand.pipSubcommand(of: command), pip.name == "install" else {
                return nil
            }
            let options = command.words[(pip.index + 1)...]
            guard !options.contains(where: { ["--no-index", "--help", "-h"].contains($0.unquoted) }) else {
                return nil
            }
            let position = command.words[pip.program].position
            return description.diagnostic(
                in: script, at: position,
                "'pip install' on line \(position.line) downloads from the internet, \(ComputeNodeInternet.premise(on: cluster, "lack"))",
                hint: "install from the site's wheelhouse: pip install --no-index PACKAGE")
        }
    }
}
