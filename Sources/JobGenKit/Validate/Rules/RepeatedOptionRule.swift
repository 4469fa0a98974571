/// JG503: an option given again with another value, where the later one replaces the earlier.
public struct RepeatedOptionRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG503", name: "repeated-option", title: "Repeated option replaced by a later line",
        severity: .warning,
        rationale: """
            When an option is given several times, what sbatch does depends on the option and the \
            release (its setter in Slurm's `slurm_opt.c`): for most the last value replaces the \
            earlier ones, so an earlier line is silently lost; some add up (`--mail-type` before \
            Slurm 25.05 ORs the types together, `-v -v` counts); a flag or the same value given \
            twice changes nothing. jobgen warns only where a later line really changes what sbatch \
            uses, and says what it keeps.
            """,
        triggering: [
            "#!/bin/bash\n#SBATCH ↓--mail-type=BEGIN\n#SBATCH --mail-type=END\nhostname\n",
            "#!/bin/bash\n#SBATCH ↓--time=10 -n 2\n#SBATCH -t 20 --ntasks=2\nhostname\n",
            "#!/bin/bash\n#SBATCH ↓--tasks-per-node=4\n#SBATCH --ntasks-per-node=8\nhostname\n",
        ],
        nonTriggering: [
            "#!/bin/bash\n#SBATCH --mail-type=BEGIN,END\nhostname\n",
            "#!/bin/bash\n#SBATCH -v -v\nhostname\n",
            "#!/bin/bash\n#SBATCH --ntasks=1\n#SBATCH hetjob\n#SBATCH --ntasks=4\nhostname\n",
            "#!/bin/bash\n#SBATCH --time=10\n#SBATCH -t 10\nhostname\n",
            "#!/bin/bash\n#SBATCH --exclusive\n#SBATCH --exclusive\nhostname\n",
        ],
        releases: """
            every release, with each option's repeat rule for the target release: `--mail-type` \
            adds up through 24.11 (no finding) and is replaced from 25.05 on; \
            `--kill-on-invalid-dep` always adds up
            """)

    public func check(_ script: BatchScript) -> [Diagnostic] {
        // Read in place: every script's options pass through here.
        let uses = script.options
        return uses.indices.compactMap { index in
            guard uses[index].option.repeatRule == .replace,
                let kept = uses[(index + 1)...].last(where: {
                    $0.option.name == uses[index].option.name && $0.component == uses[index].component
                }), kept.value != uses[index].value
            else { return nil }
            let use = uses[index]
            let keptText = kept.value.map { "--\(kept.option.name)=\($0)" } ?? "--\(kept.option.name)"
            return description.diagnostic(
                in: script, at: use.position,
                "\(use.written)\(use.value.map { "=\($0)" } ?? "") on line \(use.position.line) is replaced by line \(kept.position.line); sbatch \(script.release) uses \(keptText)",
                hint: "give --\(use.option.name) once"
                    + (use.option.grammar == .mailTypes ? ", e.g. --mail-type=BEGIN,END,FAIL" : ""))
        }
    }
}
