/// How a cluster charges jobs to an allocation: what memory counts as a core, what each GPU type
/// is worth in reference GPU units (RGU), and the cores and memory one GPU comes with.
public struct Billing: Codable, Sendable, Equatable {
    /// Memory that counts as one core, in MB (a core-equivalent on the Alliance is 1 core and
    /// 4G: 4096).
    public var memoryPerCoreEquivalent: Int
    /// What one GPU, or one MIG instance, of each Slurm GPU type is worth.
    public var gpuTypes: [GPUValue]
    /// The cores and memory that come with one whole GPU; nil for a cluster without GPUs.
    public var gpuBundle: GPUBundle?

    public init(
        memoryPerCoreEquivalent: Int, gpuTypes: [GPUValue] = [],
        gpuBundle: GPUBundle? = nil
    ) {
        self.memoryPerCoreEquivalent = memoryPerCoreEquivalent
        self.gpuTypes = gpuTypes
        self.gpuBundle = gpuBundle
    }

    /// `{type: a100_1g.5gb, rgu: 0.6}`: a GPU type as Slurm names it, and its RGU.
    public struct GPUValue: Codable, Sendable, Equatable {
        public var type: String
        public var rgu: Double

        public init(type: String, rgu: Double) {
            self.type = type
            self.rgu = rgu
        }
    }

    /// One whole GPU of `gpuType` with `cores` and `memory` MB: a job is charged for as many of
    /// these as its GPUs, its cores or its memory make, whichever is most.
    public struct GPUBundle: Codable, Sendable, Equatable {
        public var gpuType: String
        public var cores: Int
        public var memory: Int

        public init(gpuType: String, cores: Int, memory: Int) {
            self.gpuType = gpuType
            self.cores = cores
            self.memory = memory
        }
    }

    /// The RGU of one GPU (or MIG instance) of this type; nil where the profile does not say.
    public func rgu(ofType type: String) -> Double? { gpuTypes.first { $0.type == type }?.rgu }
}
