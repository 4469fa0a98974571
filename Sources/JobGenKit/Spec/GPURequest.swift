/// The GPUs a job asks for, in any of sbatch's ways of asking.
public struct GPURequest: Sendable, Equatable {
    /// `--gpus`: GPUs for the whole job.
    public var gpus: GPUCount?
    /// `--gpus-per-node`, the style the Alliance recommends.
    public var gpusPerNode: GPUsPerUnit?
    /// `--gres`, the older generic-resource form.
    public var gres: Gres?

    public init(gpus: GPUCount? = nil, gpusPerNode: GPUsPerUnit? = nil, gres: Gres? = nil) {
        self.gpus = gpus
        self.gpusPerNode = gpusPerNode
        self.gres = gres
    }
}

extension GPURequest {
    /// The generator's GPU checks work with one `--gpus` item; sbatch's lists (`a100:1,v100:2`)
    /// are valid in a script but not something jobgen writes.
    func checkSingleGPUsItem(prefix: String) throws(SpecError) {
        guard let gpus, gpus.items.count > 1 else { return }
        throw SpecError(
            field: prefix + "gpus", value: gpus.description,
            reason:
                "jobgen takes one [type:]count for --gpus (sbatch also reads a comma list, jobgen does not write one)",
            accepted: "[type:]count", example: GPUCount.example)
    }
}
