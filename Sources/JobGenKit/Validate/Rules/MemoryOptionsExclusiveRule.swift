/// JG511: `--mem`, `--mem-per-cpu` and `--mem-per-gpu` are mutually exclusive.
public struct MemoryOptionsExclusiveRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG511", name: "memory-options-exclusive", title: "More than one memory option", severity: .error,
        rationale: """
            sbatch refuses a job that sets two of `--mem`, `--mem-per-cpu` and `--mem-per-gpu` \
            ("mutually exclusive"): each is a different way of saying how much memory the job gets.
            """,
        triggering: [
            "#!/bin/bash\n#SBATCH --mem=4G\n#SBATCH ↓--mem-per-cpu=1G\nhostname\n",
            "#!/bin/bash\n#SBATCH --mem-per-gpu=8G ↓--mem=0\nhostname\n",
        ],
        nonTriggering: ["#!/bin/bash\n#SBATCH --mem-per-cpu=1G --mem-per-cpu=2G\nhostname\n"])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        guard let (use, other) = script.conflict(among: ["mem", "mem-per-cpu", "mem-per-gpu"]) else { return [] }
        return [
            description.diagnostic(
                in: script, at: use.position,
                "--\(use.option.name) on line \(use.position.line) conflicts with --\(other.option.name) on line \(other.position.line); sbatch refuses both",
                hint: "keep one: --mem for memory per node, --mem-per-cpu per core, or --mem-per-gpu per GPU")
        ]
    }
}
