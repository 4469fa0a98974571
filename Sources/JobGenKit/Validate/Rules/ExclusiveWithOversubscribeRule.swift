/// JG515: `--exclusive` contradicts `--oversubscribe`.
public struct ExclusiveWithOversubscribeRule: Rule {
    /// The first release whose sbatch refuses the pair ("--exclusive and --oversubscribe options
    /// are mutually exclusive"); before it, the last one wins.
    public static let fatalSince = SlurmVersion.v23_02

    public init() {}
    public let description = RuleDescription(
        code: "JG515", name: "exclusive-with-oversubscribe", title: "--exclusive with --oversubscribe",
        severity: .warning,
        rationale: """
            `--exclusive` asks for nodes no other job shares; `--oversubscribe` asks to share them. \
            sbatch refuses the pair from Slurm 23.02 on, so for such a target this is an error; \
            Slurm 22.05 accepts it and the last one wins, so the job silently gets what the later \
            line says (a warning).
            """,
        triggering: ["#!/bin/bash\n#SBATCH --exclusive\n#SBATCH ↓--oversubscribe\nhostname\n"],
        nonTriggering: ["#!/bin/bash\n#SBATCH --exclusive\nhostname\n"],
        exampleRelease: .v22_05,
        releases: "a warning up to 22.05 (the later line wins), an error from 23.02 (sbatch refuses the pair)")

    /// Checks for Slurm 22.05, the local test cluster's release (a warning).
    public func check(_ script: BatchScript) -> [Diagnostic] { check(script, for: .v22_05) }

    public func check(_ script: BatchScript, for target: SlurmVersion) -> [Diagnostic] {
        guard let (use, other) = script.conflict(among: ["exclusive", "oversubscribe"]) else { return [] }
        var found = description.diagnostic(
            in: script, at: use.position,
            "--\(use.option.name) on line \(use.position.line) contradicts --\(other.option.name) on line \(other.position.line)"
                + (target >= Self.fatalSince
                    ? "; sbatch \(target) refuses the pair" : "; sbatch \(target) lets the later line win"),
            hint: "keep --exclusive for whole nodes, or --oversubscribe to share them, not both")
        if target >= Self.fatalSince { found.severity = .error }
        return [found]
    }
}
