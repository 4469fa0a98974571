/// JG303: an argument that starts with `:` stops sbatch.
public struct UnexpectedColonRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG303", name: "unexpected-colon", title: "Argument starting with ':'", severity: .error,
        rationale: "sbatch stops with \"Unexpected `:`\" when a directive argument starts with a colon.",
        triggering: ["#!/bin/bash\n#SBATCH --gres=gpu ↓:2\nhostname\n"],
        nonTriggering: ["#!/bin/bash\n#SBATCH --gres=gpu:2\nhostname\n"])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        script.directiveLines.compactMap { line in
            line.unexpectedColon.map { position in
                description.diagnostic(
                    in: script, at: position, "argument on line \(line.line) starts with ':'; sbatch stops here",
                    hint: "remove the space before the colon: --gres=gpu:2")
            }
        }
    }
}
