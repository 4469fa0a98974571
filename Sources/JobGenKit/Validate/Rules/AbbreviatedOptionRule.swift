/// JG403: an abbreviated option name: accepted today, ambiguous when Slurm adds an option.
public struct AbbreviatedOptionRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG403", name: "abbreviated-option", title: "Abbreviated option name", severity: .warning,
        rationale: """
            getopt_long accepts any unique prefix (`--job-n=x`), but a prefix that is unique today \
            becomes ambiguous, and fatal, when a new Slurm version adds an option with the same \
            start. Readers also have to guess what it means.
            """,
        triggering: ["#!/bin/bash\n#SBATCH ↓--job-n=test ↓--acco=def-prof\nhostname\n"],
        nonTriggering: ["#!/bin/bash\n#SBATCH --job-name=test --account=def-prof -J test\nhostname\n"])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        script.options.filter { $0.spelling == .abbreviated }.map { use in
            description.diagnostic(
                in: script, at: use.position,
                "'\(use.written)' on line \(use.position.line) is an abbreviation of --\(use.option.name)",
                hint: "write the full name: --\(use.option.name)")
        }
    }
}
