/// JG406: an option that older, still common Slurm versions do not have.
public struct NewerOptionRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG406", name: "newer-option", title: "Option unknown to older Slurm", severity: .warning,
        rationale: """
            Some options exist only in recent Slurm releases. sbatch 22.05 (the version Debian 12 \
            ships, still common on clusters) stops with "unrecognized option" on them, so the script \
            is not portable to such a cluster.
            """,
        triggering: ["#!/bin/bash\n#SBATCH --nodes=4 ↓--segment=2\nhostname\n"],
        nonTriggering: ["#!/bin/bash\n#SBATCH --nodes=4\nhostname\n"])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        script.options.filter { OptionTable.newerThanSlurm2205.contains($0.option.name) }.map { use in
            description.diagnostic(
                in: script, at: use.position,
                "--\(use.option.name) on line \(use.position.line) is unknown to sbatch before Slurm 23; Slurm 22.05 stops with \"unrecognized option\"",
                hint: "check 'sbatch --help' on the target cluster; drop --\(use.option.name) if it is not listed")
        }
    }
}
