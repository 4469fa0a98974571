/// JG502: a value sbatch accepts but that probably does not mean what was intended.
public struct SurprisingValueRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG502", name: "surprising-value", title: "Legal but surprising value", severity: .warning,
        rationale: """
            Some values are accepted but mean something else than they seem: sbatch normalises \
            `--time=25:99:99`, reads only the first letter of `--open-mode=add`, and so on. Values \
            sbatch accepts only through an overflow (`--ntasks=4294967296` is 0 tasks) are reported \
            here too, with what sbatch will do; jobgen's generator refuses them.
            """,
        triggering: [
            "#!/bin/bash\n#SBATCH --open-mode=↓add\nhostname\n",
            "#!/bin/bash\n#SBATCH --ntasks=↓4294967296 --nice=↓abc\nhostname\n",
        ],
        nonTriggering: [
            "#!/bin/bash\n#SBATCH --open-mode=append\nhostname\n",
            "#!/bin/bash\n#SBATCH --nodes=2 --ntasks-per-node=64 --mem=0\nsrun ./app\n",
        ])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        // Most values carry no note: the checks are looked at first, the options only for those.
        (0..<min(script.options.count, script.valueChecks.count)).flatMap { index -> [Diagnostic] in
            switch script.valueChecks[index] {
            case .accepted(let notes) where notes.isEmpty: return []
            case .accepted, .tolerated: break
            case .rejected, .unchecked: return []
            }
            let (use, check) = (script.options[index], script.valueChecks[index])
            let notes: [String]
            switch (use.value, check) {
            // `--mem=0` (all of each node's memory) is the documented whole-node idiom, not a surprise.
            case (.some("0"), .accepted) where use.option.name == "mem": return []
            case (.some, .accepted(let accepted)): notes = accepted
            case (.some, .tolerated(let refusal, let accepted)): notes = [refusal] + accepted
            default: return []
            }
            let value = use.value ?? ""
            return notes.map { note in
                description.diagnostic(
                    in: script, at: use.valuePosition ?? use.position,
                    "--\(use.option.name)=\(value) on line \(use.position.line): \(note)",
                    hint: use.option.grammar.example.map {
                        "if that is not what you meant, write e.g. --\(use.option.name)=\($0)"
                    }
                        ?? "check that this is what you meant")
            }
        }
    }
}
