/// JG517: `--ntasks-per-gpu` without GPUs or a node/task count to derive them from.
public struct NTasksPerGPUNeedsRequestRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG517", name: "ntasks-per-gpu-needs-request", title: "--ntasks-per-gpu with nothing to count from",
        severity: .error,
        rationale: """
            `--ntasks-per-gpu` (and `--ntasks-per-tres`) derive the GPUs from the tasks or the tasks \
            from the GPUs; sbatch refuses them when the job gives neither a GPU request nor a node \
            or task count ("--ntasks-per-tres needs either a GRES GPU specification or a node/ntask \
            specification").
            """,
        triggering: ["#!/bin/bash\n#SBATCH ↓--ntasks-per-gpu=2\nhostname\n"],
        nonTriggering: ["#!/bin/bash\n#SBATCH --gpus=2 --ntasks-per-gpu=2\nhostname\n"])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        guard let use = script.last("ntasks-per-gpu") ?? script.last("ntasks-per-tres"),
            !script.requestsGPUs, script.last("nodes") == nil, script.last("ntasks") == nil
        else { return [] }
        return [
            description.diagnostic(
                in: script, at: use.position,
                "--\(use.option.name) on line \(use.position.line) needs a GPU request or a node/task count; sbatch refuses it alone",
                hint: "add the GPUs or tasks, e.g. --gpus=2 --\(use.option.name)=\(use.value ?? "2")")
        ]
    }
}
