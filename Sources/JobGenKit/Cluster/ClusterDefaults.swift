/// What a cluster's jobs start from where it differs from the generic defaults: a profile's
/// `defaults` section. Each kind's part, and each value in it, is optional; what is left out
/// stays generic (see `ClusterProfile.defaults(of:overlaidBy:)`).
public struct ClusterDefaults: Codable, Sendable, Equatable {
    public var distributed: Distributed?
    public var wholeNode: WholeNode?
    public var gpu: GPU?

    public init(distributed: Distributed? = nil, wholeNode: WholeNode? = nil, gpu: GPU? = nil) {
        self.distributed = distributed
        self.wholeNode = wholeNode
        self.gpu = gpu
    }

    public struct Distributed: Codable, Sendable, Equatable {
        /// Tasks of the job (`--ntasks`): a whole node's cores where CPU jobs get whole nodes.
        public var ntasks: Int?
        /// False where the site ignores memory options (Trillium): the job asks none.
        public var askMemory: Bool?
        /// The modules the job loads, in order.
        public var modules: [String]?

        public init(ntasks: Int? = nil, askMemory: Bool? = nil, modules: [String]? = nil) {
            self.ntasks = ntasks
            self.askMemory = askMemory
            self.modules = modules
        }
    }

    public struct WholeNode: Codable, Sendable, Equatable {
        /// Tasks on each node: one per core of the cluster's CPU node.
        public var ntasksPerNode: Int?
        /// False where the site ignores memory options (Trillium): the job asks none.
        public var askMemory: Bool?
        public var modules: [String]?

        public init(ntasksPerNode: Int? = nil, askMemory: Bool? = nil, modules: [String]? = nil) {
            self.ntasksPerNode = ntasksPerNode
            self.askMemory = askMemory
            self.modules = modules
        }
    }

    /// One GPU of `gpuType` per node, with the cores and memory that come with it (the bundle).
    public struct GPU: Codable, Sendable, Equatable {
        /// The GPU type as Slurm names it (`a100`).
        public var gpuType: String?
        /// Cores per GPU.
        public var coresPerGPU: Int?
        /// Memory per GPU, in MB.
        public var memoryPerGPU: Int?
        public var modules: [String]?

        public init(
            gpuType: String? = nil, coresPerGPU: Int? = nil, memoryPerGPU: Int? = nil,
            modules: [String]? = nil
        ) {
            self.gpuType = gpuType
            self.coresPerGPU = coresPerGPU
            self.memoryPerGPU = memoryPerGPU
            self.modules = modules
        }
    }
}
