extension ClusterProfile {
    /// Defaults of the seed's three scripts (the Alliance mpi4py page), for any Slurm cluster:
    /// distributed 08:00:00, 4 tasks, 4G per CPU; whole-node 01:00:00, 2 nodes x 40 tasks, 1G
    /// per CPU; gpu 08:00:00, 2 tasks, 2G per CPU, 1 GPU. No account and no modules are assumed.
    static func genericDefaults(_ kind: JobKind) -> JobSpec {
        var spec = JobSpec(kind: kind)
        switch kind {
        case .distributed:
            spec.time = try! WallTime(slurm: "08:00:00")
            spec.layout.ntasks = PositiveCount(4)
            spec.memory = .perCPU(try! MemorySize(slurm: "4G"))
        case .wholeNode:
            spec.time = try! WallTime(slurm: "01:00:00")
            spec.layout.nodes = NodeCount(2)
            spec.layout.ntasksPerNode = PositiveCount(40)
            spec.memory = .perCPU(try! MemorySize(slurm: "1G"))
        case .gpu:
            spec.time = try! WallTime(slurm: "08:00:00")
            spec.layout.ntasks = PositiveCount(2)
            spec.memory = .perCPU(try! MemorySize(slurm: "2G"))
            spec.gpus.gpus = try! GPUCount(slurm: "1")
        }
        return spec
    }
}
