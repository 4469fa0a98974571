/// Whether a job's options ask for at least one GPU, the way sbatch 22.05 decides it before
/// accepting `--mem-per-gpu` ("Requested mem_per_tres=gres:gpu:... but did not request any GPU").
///
/// Checked against the real sbatch: a count of 0 (`--gpus=0`, `--gpus-per-node=0`,
/// `--gres=gpu:0`) is no request, `--cpus-per-gpu` is none either, while `--ntasks-per-gpu`
/// (alias `--ntasks-per-tres`) is one: sbatch derives the GPUs from the tasks.
/// The validator's rule JG519 and the generator's spec check both call this.
public enum GPUAsk {
    /// The options that can carry a GPU request.
    public static let options = [
        "gpus", "gpus-per-node", "gpus-per-socket", "gpus-per-task", "gres", "ntasks-per-gpu",
        "ntasks-per-tres",
    ]

    /// `value(option)` gives the value of the option's last use, or nil when the job has none.
    /// A value that does not parse counts as a request: its own grammar check reports it.
    public static func asksForGPUs(_ value: (String) -> String?) -> Bool {
        options.contains { option in
            guard let text = value(option) else { return false }
            switch option {
            case "gpus": return (try? GPUCount(slurm: text)).map { $0.count > 0 } ?? true
            case "gres":
                guard let gres = try? Gres(slurm: text) else { return true }
                return gres.items.contains { $0.name == "gpu" && $0.count > 0 }
            case "ntasks-per-gpu", "ntasks-per-tres": return true
            default: return (try? GPUsPerUnit(slurm: text)).map { $0.items.contains { $0.count > 0 } } ?? true
            }
        }
    }
}
