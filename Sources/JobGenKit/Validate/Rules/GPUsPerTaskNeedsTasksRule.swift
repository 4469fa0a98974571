/// JG512: `--gpus-per-task` needs a task count.
public struct GPUsPerTaskNeedsTasksRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG512", name: "gpus-per-task-needs-tasks", title: "--gpus-per-task without a task count",
        severity: .error,
        rationale: """
            sbatch refuses `--gpus-per-task` unless the job says how many tasks it has \
            (`--ntasks`, or `--ntasks-per-node`) or how many GPUs in total (`--gpus`).
            """,
        triggering: ["#!/bin/bash\n#SBATCH --nodes=1 ↓--gpus-per-task=1\nhostname\n"],
        nonTriggering: [
            "#!/bin/bash\n#SBATCH --ntasks=2 --gpus-per-task=1\nhostname\n",
            "#!/bin/bash\n#SBATCH --gpus=2 --gpus-per-task=1\nhostname\n",
        ])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        guard let use = script.last("gpus-per-task"),
            script.last("ntasks") == nil, script.last("gpus") == nil, script.last("ntasks-per-node") == nil
        else { return [] }
        return [
            description.diagnostic(
                in: script, at: use.position,
                "--gpus-per-task on line \(use.position.line) needs --ntasks or --gpus; sbatch refuses it alone",
                hint: "add the task count, e.g. --ntasks=4 --gpus-per-task=1")
        ]
    }
}
