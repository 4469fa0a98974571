/// JG402: a prefix that matches several options.
public struct AmbiguousOptionRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG402", name: "ambiguous-option", title: "Ambiguous option prefix", severity: .error,
        rationale: """
            getopt_long accepts a unique prefix of a long option, and stops with "option is \
            ambiguous" when the prefix matches several: `--ntask` (ntasks, ntasks-per-node, ...), \
            `--tim` (time, time-min), `--mem-per`, `--gpu`.
            """,
        triggering: [
            "#!/bin/bash\n#SBATCH ↓--ntask=2\nhostname\n",
            "#!/bin/bash\n#SBATCH ↓--tim=10 ↓--gpu=1\nhostname\n",
        ],
        nonTriggering: ["#!/bin/bash\n#SBATCH --ntasks=2 --time=10 --gpus=1\nhostname\n"])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        script.arguments.compactMap { argument in
            guard case .ambiguous(let written, let candidates, let position) = argument else { return nil }
            let names = candidates.map { "--\($0.name)" }.joined(separator: ", ")
            return description.diagnostic(
                in: script, at: position,
                "ambiguous option '\(written)' on line \(position.line): it could be \(names)",
                hint: "write the full name, e.g. --\(candidates[0].name)")
        }
    }
}
