/// JG203: `#SLURM` directives are read, but deprecated.
public struct SlurmPrefixRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG203", name: "slurm-prefix", title: "Deprecated #SLURM directive", severity: .warning,
        rationale: """
            sbatch still reads `#SLURM` lines but complains ("Change from #SLURM to #SBATCH in your \
            script"); other tools reading the script only know `#SBATCH`.
            """,
        triggering: ["#!/bin/bash\n↓#SLURM --time=10\nhostname\n"],
        nonTriggering: ["#!/bin/bash\n#SBATCH --time=10\nhostname\n"])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        script.directiveLines.filter { $0.prefix == .slurm }.map { line in
            description.diagnostic(
                in: script, at: SourcePosition(line: line.line, column: 1),
                "'#SLURM' on line \(line.line) is deprecated", hint: "write '#SBATCH' instead")
        }
    }
}
