/// JG514: `--ntasks-per-gpu` and `--gpus-per-task` are mutually exclusive.
public struct NTasksPerGPUWithGPUsPerTaskRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG514", name: "ntasks-per-gpu-with-gpus-per-task",
        title: "--ntasks-per-gpu with --gpus-per-task",
        severity: .error,
        rationale: "sbatch refuses a job that sets both `--ntasks-per-gpu` and `--gpus-per-task`.",
        triggering: [
            "#!/bin/bash\n#SBATCH --ntasks=2 --ntasks-per-gpu=2 ↓--gpus-per-task=1\nhostname\n",
            "#!/bin/bash\n#SBATCH --ntasks=2 --ntasks-per-tres=2 ↓--gpus-per-task=1\nhostname\n",
        ],
        nonTriggering: ["#!/bin/bash\n#SBATCH --ntasks=2 --gpus-per-task=1\nhostname\n"])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        guard let (use, other) = script.conflict(amongGroups: [["ntasks-per-gpu", "ntasks-per-tres"], ["gpus-per-task"]]) else {
            return []
        }
        return [
            description.diagnostic(
                in: script, at: use.position,
                "--\(use.option.name) on line \(use.position.line) conflicts with --\(other.option.name) on line \(other.position.line)",
                hint:
                    "keep one: --gpus-per-task=N (GPUs per task) or --ntasks-per-gpu=N (tasks sharing a GPU)")
        ]
    }
}
