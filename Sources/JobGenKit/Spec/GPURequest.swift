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

    /// True when no GPU option is set.
    public var isEmpty: Bool { self == GPURequest() }
}
