/// JG501: a value its option's grammar rejects.
public struct InvalidValueRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG501", name: "invalid-value", title: "Invalid option value", severity: .error,
        rationale: """
            sbatch checks values of many options (time, memory, counts, signal, distribution, hint, \
            ...) and stops at the first bad one, one error at a time. jobgen checks every value with \
            the same typed grammars its generator uses.
            """,
        triggering: [
            "#!/bin/bash\n#SBATCH --signal=↓USR3@60\nhostname\n",
            "#!/bin/bash\n#SBATCH --hint=↓nomultithreads --kill-on-invalid-dep ↓maybe\nhostname\n",
            "#!/bin/bash\n#SBATCH -m↓blocky\nhostname\n",
        ],
        nonTriggering: [
            "#!/bin/bash\n#SBATCH --signal=B:USR1@300 --hint=nomultithread --distribution=block:cyclic\nhostname\n"
        ])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        // The checks first: a value that passes needs no look at its option.
        (0..<min(script.options.count, script.valueChecks.count)).compactMap { index in
            guard case .rejected(let error) = script.valueChecks[index],
                let value = script.options[index].value
            else { return nil }
            let use = script.options[index]
            return description.diagnostic(
                in: script, at: use.valuePosition ?? use.position,
                "invalid value '\(value)' for --\(use.option.name) on line \(use.position.line): \(error.reason)",
                hint: "accepted: \(error.accepted); example: --\(use.option.name)=\(error.example)")
        }
    }
}
