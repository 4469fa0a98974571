/// The job's memory: exactly one of `--mem` (per node), `--mem-per-cpu` or `--mem-per-gpu`;
/// sbatch treats any two of them together as fatal.
public enum MemoryRequest: Sendable, Equatable {
    case perNode(MemorySize)
    case perCPU(MemorySize)
    case perGPU(MemorySize)

    /// The sbatch option that carries it.
    public var option: String {
        switch self {
        case .perNode: "mem"
        case .perCPU: "mem-per-cpu"
        case .perGPU: "mem-per-gpu"
        }
    }

    public var size: MemorySize {
        switch self {
        case .perNode(let size), .perCPU(let size), .perGPU(let size): size
        }
    }
}
