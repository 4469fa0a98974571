/// JG302: a word in a directive that is not an option: usually a value split by a space.
public struct StrayArgumentRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG302", name: "stray-argument", title: "Word that is not an option", severity: .error,
        rationale: """
            sbatch splits a directive on whitespace. `--mem-per-cpu=4 G` becomes `--mem-per-cpu=4` \
            and a stray `G`, and sbatch stops with "Invalid directive found in batch script: G". A \
            missing `--` (`#SBATCH time=10`) does the same.
            """,
        triggering: [
            "#!/bin/bash\n#SBATCH --mem-per-cpu=4 ↓G\nhostname\n",
            "#!/bin/bash\n#SBATCH ↓time=10\nhostname\n",
            "#!/bin/bash\n#SBATCH --dependency=afterok:1, ↓afterok:2\nhostname\n",
        ],
        nonTriggering: [
            "#!/bin/bash\n#SBATCH --mem-per-cpu=4G  # four gigabytes\nhostname\n",
            "#!/bin/bash\n#SBATCH --job-name \"two words\"\nhostname\n",
        ])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        script.arguments.compactMap { argument in
            guard case .stray(let token) = argument else { return nil }
            return description.diagnostic(
                in: script, at: token.position,
                "'\(token.text)' on line \(token.position.line) is not an option; sbatch stops with \"Invalid directive found in batch script: \(token.text)\"",
                hint: "remove the space inside the value (--mem-per-cpu=4G), quote a value with spaces (--job-name=\"a b\"), or add the missing '--'")
        }
    }
}
