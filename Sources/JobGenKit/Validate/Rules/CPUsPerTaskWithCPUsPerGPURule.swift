/// JG513: `--cpus-per-task` and `--cpus-per-gpu` are mutually exclusive.
public struct CPUsPerTaskWithCPUsPerGPURule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG513", name: "cpus-per-task-with-cpus-per-gpu", title: "--cpus-per-task with --cpus-per-gpu",
        severity: .error,
        rationale: "sbatch refuses a job that sets both `--cpus-per-task` and `--cpus-per-gpu`.",
        triggering: ["#!/bin/bash\n#SBATCH --cpus-per-gpu=4\n#SBATCH ↓--cpus-per-task=8\nhostname\n"],
        nonTriggering: ["#!/bin/bash\n#SBATCH --cpus-per-task=8 --gpus-per-node=1\nhostname\n"])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        guard let (use, other) = script.conflict(among: ["cpus-per-task", "cpus-per-gpu"]) else { return [] }
        return [
            description.diagnostic(
                in: script, at: use.position,
                "--\(use.option.name) on line \(use.position.line) conflicts with --\(other.option.name) on line \(other.position.line)",
                hint: "keep one: --cpus-per-task for CPU cores per task, or --cpus-per-gpu per GPU")
        ]
    }
}
