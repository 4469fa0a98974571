/// JG401: an option sbatch does not have.
public struct UnknownOptionRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG401", name: "unknown-option", title: "Unknown option", severity: .error,
        rationale: """
            sbatch stops with "unrecognized option" on a name it does not know, such as a PBS or \
            LSF habit (`--walltime`) or a typo.
            """,
        triggering: [
            "#!/bin/bash\n#SBATCH ↓--walltime=1:00:00\nhostname\n",
            "#!/bin/bash\n#SBATCH ↓--ntasks-per-nodes=4 ↓-y\nhostname\n",
        ],
        nonTriggering: ["#!/bin/bash\n#SBATCH --time=1:00:00 -n 4\nhostname\n"])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        script.arguments.compactMap { argument in
            guard case .unknown(let written, let suggestions, let position) = argument,
                !written.hasPrefix("--") || OptionTable.releases(resolving: String(written.dropFirst(2))).isEmpty
            else { return nil }  // a name of another release is JG406's
            let guess =
                suggestions.isEmpty
                ? "see 'sbatch --help' for the options"
                : "did you mean " + suggestions.map { "--\($0.name)" }.joined(separator: " or ") + "?"
            return description.diagnostic(
                in: script, at: position, "unknown option '\(written)' on line \(position.line)", hint: guess)
        }
    }
}
