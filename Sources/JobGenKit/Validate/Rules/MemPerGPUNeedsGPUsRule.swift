/// JG519: `--mem-per-gpu` in a job that requests no GPU.
public struct MemPerGPUNeedsGPUsRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG519", name: "mem-per-gpu-needs-gpus", title: "--mem-per-gpu without a GPU request",
        severity: .error,
        rationale: """
            Memory per GPU means nothing without GPUs; sbatch refuses it ("Requested \
            mem_per_tres=gres:gpu:... but did not request any GPU"). A GPU count of 0 \
            (`--gres=gpu:0`, `--gpus=0`) and `--cpus-per-gpu` are no request; `--ntasks-per-gpu` is \
            one (sbatch derives the GPUs from the tasks).
            """,
        triggering: [
            "#!/bin/bash\n#SBATCH --ntasks=1 ↓--mem-per-gpu=8G\nhostname\n",
            "#!/bin/bash\n#SBATCH --gres=gpu:0 ↓--mem-per-gpu=8G\nhostname\n",
            "#!/bin/bash\n#SBATCH --ntasks=2 --cpus-per-gpu=1 ↓--mem-per-gpu=8G\nhostname\n",
        ],
        nonTriggering: [
            "#!/bin/bash\n#SBATCH --gpus-per-node=1 --mem-per-gpu=8G\nhostname\n",
            "#!/bin/bash\n#SBATCH --gres=gpu:a100:1 --mem-per-gpu=8G\nhostname\n",
            "#!/bin/bash\n#SBATCH --ntasks=2 --ntasks-per-gpu=2 --mem-per-gpu=8G\nhostname\n",
            "#!/bin/bash\n#SBATCH --ntasks=2 --gpus-per-task=1 --mem-per-gpu=8G\nhostname\n",
        ])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        guard let use = script.last("mem-per-gpu"), !GPUAsk.asksForGPUs({ script.last($0)?.value }) else { return [] }
        return [
            description.diagnostic(
                in: script, at: use.position,
                "--mem-per-gpu on line \(use.position.line) needs a GPU request; sbatch refuses it without one",
                hint: "request GPUs (e.g. --gpus-per-node=1 or --ntasks-per-gpu=1), or give memory with --mem or --mem-per-cpu")
        ]
    }
}
