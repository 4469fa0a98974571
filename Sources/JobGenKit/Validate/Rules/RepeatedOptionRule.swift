/// JG503: an option given twice; only the last one counts.
public struct RepeatedOptionRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG503", name: "repeated-option", title: "Repeated option (only the last wins)", severity: .warning,
        rationale: """
            When an option is given several times, sbatch keeps only the last value: three \
            `--mail-type` lines keep only the last. Usually the earlier lines were meant to add up.
            """,
        triggering: ["#!/bin/bash\n#SBATCH ↓--mail-type=BEGIN\n#SBATCH --mail-type=END\nhostname\n"],
        nonTriggering: [
            "#!/bin/bash\n#SBATCH --mail-type=BEGIN,END\nhostname\n", "#!/bin/bash\n#SBATCH -v -v\nhostname\n",
            "#!/bin/bash\n#SBATCH --ntasks=1\n#SBATCH hetjob\n#SBATCH --ntasks=4\nhostname\n",
        ])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        let uses = script.options.filter { $0.option.argument != .none }
        return uses.enumerated().compactMap { index, use in
            guard let later = uses[(index + 1)...].first(where: { $0.option == use.option && $0.component == use.component }) else { return nil }
            return description.diagnostic(
                in: script, at: use.position,
                "--\(use.option.name) on line \(use.position.line) is overridden by line \(later.position.line); only the last one counts",
                hint: "give --\(use.option.name) once" + (use.option.grammar == .mailTypes ? ", e.g. --mail-type=BEGIN,END,FAIL" : ""))
        }
    }
}
