/// JG515: `--exclusive` contradicts `--oversubscribe`.
public struct ExclusiveWithOversubscribeRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG515", name: "exclusive-with-oversubscribe", title: "--exclusive with --oversubscribe",
        severity: .warning,
        rationale: """
            `--exclusive` asks for nodes no other job shares; `--oversubscribe` asks to share them. \
            Newer sbatch versions refuse the pair; Slurm 22.05 accepts it and the last one wins, \
            so the job silently gets what the later line says.
            """,
        triggering: ["#!/bin/bash\n#SBATCH --exclusive\n#SBATCH ↓--oversubscribe\nhostname\n"],
        nonTriggering: ["#!/bin/bash\n#SBATCH --exclusive\nhostname\n"])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        guard let (use, other) = script.conflict(among: ["exclusive", "oversubscribe"]) else { return [] }
        return [
            description.diagnostic(
                in: script, at: use.position,
                "--\(use.option.name) on line \(use.position.line) contradicts --\(other.option.name) on line \(other.position.line)",
                hint: "keep --exclusive for whole nodes, or --oversubscribe to share them, not both")
        ]
    }
}
