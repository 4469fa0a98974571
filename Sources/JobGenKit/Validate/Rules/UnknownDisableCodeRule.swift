/// JG108: a `# jobgen disable=` comment naming a code that is no rule's.
public struct UnknownDisableCodeRule: Rule {
    public static let code = "JG108"

    public init() {}
    public let description = RuleDescription(
        code: UnknownDisableCodeRule.code, name: "unknown-disable-code",
        title: "Unknown code in a disable comment", severity: .warning,
        rationale: """
            A `# jobgen disable=CODE,...` comment line turns the named rules off for the next \
            command, or for the whole file when it is in the directive block. A code that is no \
            rule's (a typo such as `JG063`, or another linter's code such as ShellCheck's `SC2086`) \
            turns nothing off, and the comment reads as if it did. Codes are case-insensitive and \
            listed in docs/rules.md. This finding cannot itself be disabled.
            """,
        triggering: [
            """
            #!/bin/bash
            #SBATCH --time=01:00:00
            # jobgen disable=↓JG6O3
            #SBATCH --ntasks=1
            source ~/env/bin/activate
            # jobgen disable=JG603, ↓SC2086
            pip install $PACKAGES
            """,
            "#!/bin/bash\n#SBATCH --time=10\nhostname\n# jobgen disable=↓\nsrun hostname\n",
        ],
        nonTriggering: [
            """
            #!/bin/bash
            #SBATCH --time=01:00:00
            # jobgen disable = jg603 , JG604  # the site mirrors PyPI
            pip install numpy
            # shellcheck disable=SC2086
            srun python app.py $ARGS
            """
        ])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        Suppressions(script).comments.flatMap { comment -> [Diagnostic] in
            guard !comment.codes.isEmpty else {
                return [
                    description.diagnostic(
                        in: script, at: comment.listPosition,
                        "the disable comment on line \(comment.line) names no code, so it disables nothing",
                        hint: "name the rules to turn off: # jobgen disable=JG603,JG605")
                ]
            }
            return comment.codes.compactMap { code in
                let wanted = code.text.uppercased()
                guard !Suppressions.knownCodes.contains(wanted) else { return nil }
                return description.diagnostic(
                    in: script, at: code.position,
                    "'\(code.text)' in the disable comment on line \(comment.line) is not a jobgen rule code, so it disables nothing",
                    hint: Self.hint(for: wanted))
            }
        }
    }

    private static func hint(for code: String) -> String {
        if code.hasPrefix("SC") {
            return "\(code) is a ShellCheck code: write it in a '# shellcheck disable=\(code)' comment"
        }
        let bytes = Array(code.utf8)
        let near = Suppressions.knownCodes.sorted().first { TypoDistance.between(bytes, Array($0.utf8)) <= 1 }
        let list = "'jobgen validate --rules-markdown' lists the codes"
        return near.map { "did you mean \($0)? \(list)" } ?? "write a rule's code, such as JG603; \(list)"
    }
}
