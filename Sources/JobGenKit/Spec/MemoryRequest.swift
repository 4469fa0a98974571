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

    /// Builds the request from the three options, refusing more than one. `prefix` is `--` for
    /// flags and empty for spec keys, so the error names what the user wrote.
    public static func from(mem: String?, perCPU: String?, perGPU: String?, prefix: String) throws(SpecError)
        -> MemoryRequest?
    {
        let given = [("mem", mem), ("mem-per-cpu", perCPU), ("mem-per-gpu", perGPU)].filter { $0.1 != nil }
        if given.count > 1 {
            let others = given.dropFirst().map { "\(prefix)\($0.0) \($0.1!)" }.joined(separator: ", ")
            throw SpecError(
                field: prefix + given[0].0, value: given[0].1!,
                reason: "cannot be combined with \(others) (sbatch refuses more than one memory option)",
                accepted: "one of \(prefix)mem, \(prefix)mem-per-cpu, \(prefix)mem-per-gpu", example: "16G")
        }
        if let size = try parse(MemorySize.self, mem, field: prefix + "mem") { return .perNode(size) }
        if let size = try parse(MemorySize.self, perCPU, field: prefix + "mem-per-cpu") {
            return .perCPU(size)
        }
        if let size = try parse(MemorySize.self, perGPU, field: prefix + "mem-per-gpu") {
            return .perGPU(size)
        }
        return nil
    }
}
