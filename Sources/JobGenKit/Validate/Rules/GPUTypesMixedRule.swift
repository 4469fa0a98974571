/// JG523: GPUs asked both with and without a type in one job.
public struct GPUTypesMixedRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG523", name: "gpu-types-mixed", title: "GPUs asked with and without a type",
        severity: .error,
        rationale: """
            Slurm keeps one GPU request per type: `--gres=gpu:a100:1` with `--gpus-per-node=1` \
            (or `--gpus=1`, `--gpus-per-task=1`, `gpu:1` in the same `--gres`) asks for typed and \
            untyped GPUs at once, and sbatch refuses the job ("Invalid GRES specification (with \
            and without type identification)"). Give the type everywhere or nowhere. \
            `--mem-per-gpu` and `--cpus-per-gpu` carry no count and mix with either.
            """,
        triggering: [
            "#!/bin/bash\n#SBATCH --gres=gpu:a100:1\n#SBATCH ↓--gpus-per-node=1\nsrun ./train\n",
            "#!/bin/bash\n#SBATCH --ntasks=1 --gpus-per-task=1 ↓--gpus-per-node=a100:1\nsrun ./train\n",
            "#!/bin/bash\n#SBATCH ↓--gres=gpu:1,gpu:a100:1\nsrun ./train\n",
        ],
        nonTriggering: [
            "#!/bin/bash\n#SBATCH --gres=gpu:a100:1 --gpus-per-node=a100:1\nsrun ./train\n",
            "#!/bin/bash\n#SBATCH --gpus=1 --gpus-per-node=1 --mem-per-gpu=8G\nsrun ./train\n",
            "#!/bin/bash\n#SBATCH --gpus-per-node=a100:1 --cpus-per-gpu=4\nsrun ./train\n",
        ])

    static let options = ["gres", "gpus", "gpus-per-node", "gpus-per-task", "gpus-per-socket"]

    public func check(_ script: BatchScript) -> [Diagnostic] {
        var typed: [String] = []
        var untyped: [String] = []
        var last: (String, SourcePosition)?
        for option in Self.options {
            guard let use = script.last(option) else { continue }
            for (type, count) in Self.requests(option, use.value ?? "") where count > 0 {
                if type == nil { untyped.append(option) } else { typed.append(option) }
                if last.map({ use.position > $0.1 }) ?? true { last = (option, use.position) }
            }
        }
        guard !typed.isEmpty, !untyped.isEmpty, let last else { return [] }
        return [
            description.diagnostic(
                in: script, at: last.1,
                "GPUs asked with a type (--\(typed[0])) and without one (--\(untyped[0])); sbatch refuses the job: \"Invalid GRES specification (with and without type identification)\"",
                hint: "give the GPU type in every GPU option (e.g. --gpus-per-node=a100:1), or in none")
        ]
    }

    /// The GPU counts an option's value asks for, with their types.
    static func requests(_ option: String, _ value: String) -> [(String?, Int)] {
        switch option {
        case "gres":
            return (try? Gres(slurm: value))?.items.filter { $0.name == "gpu" }.map { ($0.type, $0.count) } ?? []
        case "gpus": return (try? GPUCount(slurm: value))?.items.map { ($0.type, $0.count) } ?? []
        default: return (try? GPUsPerUnit(slurm: value))?.items.map { ($0.type, $0.count) } ?? []
        }
    }
}
