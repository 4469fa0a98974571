/// JG102: sbatch requires `#!` as the first two bytes.
public struct MissingShebangRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG102", name: "missing-shebang", title: "No #! interpreter line at byte 0", severity: .error,
        rationale: """
            sbatch refuses a script whose first line does not start with `#!` at the very first byte \
            ("This does not look like a batch script"). A blank line or a space before `#!` counts.
            """,
        triggering: ["↓#SBATCH --time=10\nhostname\n", "↓\n#!/bin/bash\nhostname\n", "↓ #!/bin/bash\nhostname\n"],
        nonTriggering: ["#!/bin/bash\nhostname\n", "#!/usr/bin/env python3\nprint(1)\n", ""])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        guard !script.isBlank, !script.hasShebang else { return [] }
        return [
            description.diagnostic(
                in: script, at: SourcePosition(line: 1, column: 1),
                "the script does not start with '#!'; sbatch refuses it",
                hint: "make '#!/bin/bash' the very first bytes of the file (nothing before it, not even a blank line)")
        ]
    }
}
