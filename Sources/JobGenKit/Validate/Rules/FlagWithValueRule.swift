/// JG405: a value attached to an option that takes none.
public struct FlagWithValueRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG405", name: "flag-with-value", title: "Value given to a flag", severity: .error,
        rationale: """
            Flags such as `--hold`, `--overcommit` or `--contiguous` take no value; getopt_long stops \
            with "option doesn't allow an argument" on `--hold=yes`.
            """,
        triggering: ["#!/bin/bash\n#SBATCH ↓--hold=yes\nhostname\n"],
        nonTriggering: ["#!/bin/bash\n#SBATCH --requeue\nhostname\n"])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        script.arguments.compactMap { argument in
            guard case .unexpectedValue(let option, let written, let value, let position) = argument else {
                return nil
            }
            return description.diagnostic(
                in: script, at: position,
                "'\(written)' on line \(position.line) takes no value, but '\(value)' was given",
                hint: "write just --\(option.name)")
        }
    }
}
