extension ClusterProfile {
    /// The spec a `kind` job starts from: the generic defaults, with what `cluster` (a profile's
    /// `defaults` section) sets laid over them. A gpu job's GPU type becomes
    /// `--gpus-per-node=TYPE:1`, its bundle's memory `--mem-per-gpu`, and its bundle's cores are
    /// shared by the job's tasks through `--cpus-per-task` (all to one task when they do not
    /// divide evenly).
    public static func defaults(of kind: JobKind, overlaidBy cluster: ClusterDefaults?)
        throws(ClusterDefaultsError) -> JobSpec
    {
        var spec = genericDefaults(kind)
        guard let cluster else { return spec }
        let section = ProfileKeyPath([.key("defaults")])
        switch kind {
        case .distributed:
            let at = section.appending("distributed")
            if let tasks = cluster.distributed?.ntasks {
                spec.layout.ntasks = try value(
                    PositiveCount.self, String(tasks), given: String(tasks), at: at.appending("ntasks"))
            }
            if cluster.distributed?.askMemory == false { spec.memory = nil }
            try overlay(modules: cluster.distributed?.modules, on: &spec, at: at.appending("modules"))
        case .wholeNode:
            let at = section.appending("wholeNode")
            if let tasks = cluster.wholeNode?.ntasksPerNode {
                spec.layout.ntasksPerNode = try value(
                    PositiveCount.self, String(tasks), given: String(tasks), at: at.appending("ntasksPerNode")
                )
            }
            if cluster.wholeNode?.askMemory == false { spec.memory = nil }
            try overlay(modules: cluster.wholeNode?.modules, on: &spec, at: at.appending("modules"))
        case .gpu:
            guard let gpu = cluster.gpu else { break }
            let at = section.appending("gpu")
            if let type = gpu.gpuType {
                spec.gpus = GPURequest(
                    gpusPerNode: try value(
                        GPUsPerUnit.self, "\(type):1", given: type, at: at.appending("gpuType")))
            }
            if let cores = gpu.coresPerGPU {
                let tasks = spec.layout.ntasks?.value ?? 1
                if cores % tasks != 0 { spec.layout.ntasks = PositiveCount(1) }
                let perTask = cores % tasks == 0 ? cores / tasks : cores
                spec.layout.cpusPerTask = try value(
                    PositiveCount.self, String(perTask), given: String(cores), at: at.appending("coresPerGPU")
                )
            }
            if let memory = gpu.memoryPerGPU {
                spec.memory = .perGPU(
                    try value(
                        MemorySize.self, "\(memory)M", given: String(memory), at: at.appending("memoryPerGPU")
                    ))
            }
            try overlay(modules: gpu.modules, on: &spec, at: at.appending("modules"))
        }
        return spec
    }

    private static func value<V: SlurmValue>(
        _ type: V.Type, _ text: String, given: String, at key: ProfileKeyPath
    )
        throws(ClusterDefaultsError) -> V
    {
        do {
            return try parse(type, text, field: key.description)!
        } catch {
            throw ClusterDefaultsError(key: key, value: given, reason: error.reason, accepted: error.accepted)
        }
    }

    private static func overlay(modules: [String]?, on spec: inout JobSpec, at key: ProfileKeyPath)
        throws(ClusterDefaultsError)
    {
        guard let modules else { return }
        do { spec.modules = try ModuleList(modules, field: key.description) } catch {
            throw ClusterDefaultsError(
                key: key, value: error.value, reason: error.reason, accepted: error.accepted)
        }
    }
}

/// A value of a profile's `defaults` section that jobgen cannot write into a script.
public struct ClusterDefaultsError: Error, Sendable, Equatable, CustomStringConvertible {
    public let key: ProfileKeyPath
    public let value: String
    public let reason: String
    public let accepted: String

    /// What is wrong with the value, without its key.
    public var problem: String { "'\(SpecError.visible(value))': \(reason); accepted: \(accepted)" }

    public var description: String { "\(key): \(problem)" }
}
