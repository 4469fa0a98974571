/// JG518: `--ntasks-per-node` and `--ntasks-per-gpu` are mutually exclusive.
public struct NTasksPerNodeWithNTasksPerGPURule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG518", name: "ntasks-per-node-with-ntasks-per-gpu",
        title: "--ntasks-per-node with --ntasks-per-gpu",
        severity: .error,
        rationale:
            "sbatch refuses a job that sets both `--ntasks-per-node` and `--ntasks-per-gpu` (\"mutually exclusive\").",
        triggering: [
            "#!/bin/bash\n#SBATCH --ntasks-per-node=2 ↓--ntasks-per-gpu=2\nhostname\n",
            "#!/bin/bash\n#SBATCH --gpus=1 --ntasks-per-tres=2 ↓--ntasks-per-node=2\nhostname\n",
        ],
        nonTriggering: ["#!/bin/bash\n#SBATCH --ntasks-per-node=2 --gpus-per-node=1\nhostname\n"])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        guard let (use, other) = script.conflict(amongGroups: [["ntasks-per-node"], ["ntasks-per-gpu", "ntasks-per-tres"]]) else {
            return []
        }
        return [
            description.diagnostic(
                in: script, at: use.position,
                "--\(use.option.name) on line \(use.position.line) conflicts with --\(other.option.name) on line \(other.position.line)",
                hint: "keep one: --ntasks-per-node=N, or --ntasks-per-gpu=N with a GPU request")
        ]
    }
}
