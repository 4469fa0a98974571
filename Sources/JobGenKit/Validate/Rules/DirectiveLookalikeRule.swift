/// JG202: comment lines that look like directives but that sbatch ignores.
public struct DirectiveLookalikeRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG202", name: "directive-lookalike", title: "Directive that sbatch ignores", severity: .warning,
        rationale: """
            sbatch reads only lines that start with exactly `#SBATCH` at column 1. An indented \
            `  #SBATCH`, a `# SBATCH` with a space or a `#sbatch` in another case is a plain comment: \
            the option silently does not apply. If the line was disabled on purpose, write it so \
            that no one mistakes it for a directive (`##SBATCH`).
            """,
        triggering: [
            "#!/bin/bash\n  ↓#SBATCH --time=10\nhostname\n",
            "#!/bin/bash\n↓# SBATCH --mem=4G\n↓#sbatch --ntasks=2\nhostname\n",
        ],
        nonTriggering: ["#!/bin/bash\n#SBATCH --time=10\n##SBATCH --mem=4G\n# the SBATCH lines above\nhostname\n"])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        script.lookalikes.map { lookalike in
            let what: String
            switch lookalike.kind {
            case .indented: what = "an indented #SBATCH"
            case .spaced: what = "'# SBATCH' (space after #)"
            case .wrongCase: what = "a directive not spelled '#SBATCH' in capitals"
            }
            return description.diagnostic(
                in: script, at: lookalike.position,
                "ignored by sbatch: line \(lookalike.position.line) is \(what), a plain comment",
                hint: "write '#SBATCH' at column 1 for the option to apply, or '##SBATCH' to disable it visibly")
        }
    }
}
