/// JG404: an option that needs a value has none.
public struct MissingValueRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG404", name: "missing-value", title: "Option without its value", severity: .error,
        rationale: """
            An option such as `--time` needs a value (`--time=10` or `--time 10`); at the end of \
            the directives getopt_long stops with "option requires an argument".
            """,
        triggering: ["#!/bin/bash\n#SBATCH --ntasks=2 ↓--time\nhostname\n"],
        nonTriggering: ["#!/bin/bash\n#SBATCH --time 10\nhostname\n", "#!/bin/bash\n#SBATCH --exclusive\nhostname\n"])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        script.arguments.compactMap { argument in
            guard case .missingValue(let option, let written, let position) = argument else { return nil }
            let example = option.grammar.example ?? "VALUE"
            return description.diagnostic(
                in: script, at: position, "'\(written)' on line \(position.line) needs a value",
                hint: "write --\(option.name)=\(example)")
        }
    }
}
