/// JG406: an option, or an option value, that the target Slurm release does not have yet.
public struct NewerOptionRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG406", name: "newer-option", title: "Option or value newer than the target Slurm",
        severity: .error,
        rationale: """
            Some options (`--segment`, `--tres-per-task`, ...) and values (`--exclusive=topo`) exist \
            only in recent Slurm releases; an older sbatch stops with "unrecognized option" or \
            "Invalid --exclusive specification". jobgen checks for the release of the sbatch on PATH \
            (or `--slurm-version`), and for the newest release it knows when there is none.
            """,
        triggering: [
            "#!/bin/bash\n#SBATCH --nodes=4 ↓--segment=2\nhostname\n",
            "#!/bin/bash\n#SBATCH --exclusive=↓topo\nhostname\n",
        ],
        nonTriggering: ["#!/bin/bash\n#SBATCH --nodes=4 --exclusive=user\nhostname\n"])

    /// Checks for Slurm 22.05, the oldest release jobgen knows.
    public func check(_ script: BatchScript) -> [Diagnostic] { check(script, for: .v22_05) }

    public func check(_ script: BatchScript, for target: SlurmVersion) -> [Diagnostic] {
        script.options.compactMap { use in
            if let added = OptionTable.introducedAfter2205[use.option.name], added > target {
                return description.diagnostic(
                    in: script, at: use.position,
                    "--\(use.option.name) on line \(use.position.line) needs Slurm \(added) or newer; sbatch \(target) stops with \"unrecognized option\"",
                    hint:
                        "drop --\(use.option.name), or check with --slurm-version if the cluster runs a newer Slurm")
            }
            if use.option.grammar == .exclusive, let value = use.value,
                let mode = try? ExclusiveMode(slurm: value), let added = mode.introduced, added > target
            {
                return description.diagnostic(
                    in: script, at: use.valuePosition ?? use.position,
                    "--exclusive=\(value) on line \(use.position.line) needs Slurm \(added) or newer; sbatch \(target) answers \"Invalid --exclusive specification\"",
                    hint: "use --exclusive (whole nodes) on Slurm before \(added)")
            }
            return nil
        }
    }
}
