/// What a job costs its allocation if it runs to its time limit, by the cluster's billing
/// (the Alliance's "Allocations and compute scheduling"):
/// - a CPU job holds max(cores, memory / memory per core-equivalent) core-equivalents;
/// - a GPU job holds as many GPU bundles (one GPU with its cores and memory) as its GPUs, its
///   cores or its memory make, whichever is most; one bundle is worth its GPU's RGU, so it holds
///   max(sum of its GPUs' RGU, cores / bundle cores x bundle RGU, memory / bundle memory x bundle
///   RGU) RGUs. The bundle's RGU is that of a whole GPU, also for a job on a MIG instance: a core
///   is worth the same share of a bundle whatever GPU the job has.
/// Multiplied by the hours of the time limit: core-equivalent-hours or RGU-hours.
public struct Charge: Sendable, Equatable {
    public enum Unit: String, Sendable {
        case coreEquivalentHours = "core-equivalent-hours"
        case rguHours = "RGU-hours"

        /// What the job holds each hour.
        public var perHour: String { self == .coreEquivalentHours ? "core-equivalents" : "RGUs" }
    }

    public let unit: Unit
    /// Core-equivalents or RGUs the job holds each hour.
    public let perHour: Double
    /// Hours of the time limit; nil without one (no `--time`, or `UNLIMITED`).
    public let hours: Double?
    /// The rule: `max(cores, memory / 4096 MB)`.
    public let formula: String
    /// The rule with the job's numbers, and its value: `max(2, 4096 / 4096) = max(2, 1) = 2`.
    public let workedOut: String
    /// What the figures assume where the job or the profile does not say.
    public let assumptions: [String]

    /// The charge at the time limit; nil without one.
    public var amount: Double? { hours.map { perHour * $0 } }
}

/// A job's charge on a cluster, or why none can be given.
public enum ChargeEstimate: Sendable, Equatable {
    case charged(Charge)
    case unknown(reason: String)

    public var charge: Charge? {
        if case .charged(let charge) = self { return charge }
        return nil
    }

    /// The charge of `job` on `cluster`, from the profile's `billing`; no figure is invented
    /// where the profile lacks one.
    public static func of(_ job: JobRequest, on cluster: ClusterResources) -> ChargeEstimate {
        guard let billing = cluster.billing else {
            return .unknown(
                reason: "the profile of \(cluster.name) has no billing section, so no charge is known")
        }
        var assumptions: [String] = []
        if job.exclusive {
            assumptions.append(
                "--exclusive: Slurm gives the job whole nodes, but the charge counts only the CPUs and memory asked"
            )
        }
        let runnable = cluster.nodeTypes.filter { ResourceFit.fits(job.shape, on: $0) }
        let memory = memoryInAll(
            job, defaultPerCPU: cluster.memory?.defaultPerCPU, runnable: runnable, assumptions: &assumptions)
        let hours: Double?
        switch job.minutes {
        case nil:
            hours = nil
            assumptions.append("no --time: only the charge per hour is known")
        case Int.max?:
            hours = nil
            assumptions.append("no time limit (UNLIMITED): only the charge per hour is known")
        case let minutes?:
            hours = Double(minutes) / 60
        }
        if job.gpus.isEmpty {
            return .charged(
                cpuCharge(job, memory: memory, billing: billing, hours: hours, assumptions: assumptions))
        }
        return gpuCharge(
            job, memory: memory, billing: billing, runnable: runnable, cluster: cluster, hours: hours,
            assumptions: assumptions)
    }

    /// The job's memory in all, in MB; nil where neither it nor the profile says.
    private static func memoryInAll(
        _ job: JobRequest, defaultPerCPU: Int?, runnable: [ClusterResources.NodeType],
        assumptions: inout [String]
    ) -> Int? {
        switch job.memory {
        case .perNode(let megabytes): return megabytes * job.nodes
        case .perCPU(let megabytes): return megabytes * job.cpus
        case .perGPU(let megabytes): return megabytes * job.gpus.map(\.count).reduce(0, +)
        case .wholeNode:
            guard let smallest = runnable.min(by: { $0.memory < $1.memory }) else {
                assumptions.append(
                    "--mem=0 (all of each node) on no node type that can run the job: the charge counts cores only"
                )
                return nil
            }
            assumptions.append(
                "--mem=0: all of each node's memory, \(smallest.memory) MB on node type \(smallest.name) (the smallest that can run the job)"
            )
            return smallest.memory * job.nodes
        case .notGiven:
            guard let perCPU = defaultPerCPU else {
                assumptions.append(
                    "no memory asked, and the profile does not know the default: the charge counts cores only"
                )
                return nil
            }
            assumptions.append("no memory asked: the default, \(perCPU) MB per CPU")
            return perCPU * job.cpus
        }
    }

    private static func cpuCharge(
        _ job: JobRequest, memory: Int?, billing: Billing, hours: Double?, assumptions: [String]
    ) -> Charge {
        let perCE = billing.memoryPerCoreEquivalent
        let byMemory = memory.map { Double($0) / Double(perCE) }
        let perHour = max(Double(job.cpus), byMemory ?? 0)
        let worked: String
        if let memory, let byMemory {
            worked =
                "max(\(job.cpus), \(memory) / \(perCE)) = max(\(job.cpus), \(Charge.number(byMemory))) = "
                + Charge.number(perHour)
        } else {
            worked = "\(job.cpus) cores = \(Charge.number(perHour))"
        }
        return Charge(
            unit: .coreEquivalentHours, perHour: perHour, hours: hours,
            formula: "core-equivalents = max(cores, memory MB / \(perCE) MB)", workedOut: worked,
            assumptions: assumptions)
    }

    private static func gpuCharge(
        _ job: JobRequest, memory: Int?, billing: Billing, runnable: [ClusterResources.NodeType],
        cluster: ClusterResources, hours: Double?, assumptions: [String]
    ) -> ChargeEstimate {
        var assumptions = assumptions
        var parts: [(count: Int, type: String, rgu: Double)] = []
        for gpus in job.gpus {
            guard let type = gpus.type ?? onlyGPUType(of: runnable) else {
                return .unknown(
                    reason:
                        "GPUs asked without a type, and the node types that can run the job have none or several; name the type (--gpus-per-node=TYPE:N)"
                )
            }
            if gpus.type == nil {
                assumptions.append(
                    "GPUs asked without a type: \(type), the only type of the nodes that can run it")
            }
            guard let rgu = billing.rgu(ofType: type) else {
                let known = billing.gpuTypes.map(\.type).joined(separator: ", ")
                return .unknown(
                    reason:
                        "the profile of \(cluster.name) gives no RGU for GPU type '\(type)' (it gives: \(known.isEmpty ? "none" : known))"
                )
            }
            parts.append((gpus.count, type, rgu))
        }
        guard let bundle = billing.gpuBundle, let bundleRGU = billing.rgu(ofType: bundle.gpuType) else {
            return .unknown(
                reason:
                    "the profile of \(cluster.name) has no GPU bundle (cores and memory per GPU, with its GPU type's RGU)"
            )
        }
        let byGPUs = parts.map { Double($0.count) * $0.rgu }.reduce(0, +)
        let byCores = Double(job.cpus) / Double(bundle.cores) * bundleRGU
        let byMemory = memory.map { Double($0) / Double(bundle.memory) * bundleRGU }
        let perHour = max(byGPUs, byCores, byMemory ?? 0)
        let gpuTerms = parts.map { "\($0.count) x \(Charge.number($0.rgu))" }.joined(separator: " + ")
        let rgu = Charge.number(bundleRGU)
        let plugged =
            [gpuTerms, "\(job.cpus) / \(bundle.cores) x \(rgu)"]
            + (memory.map { ["\($0) / \(bundle.memory) x \(rgu)"] } ?? [])
        let values = [byGPUs, byCores] + (byMemory.map { [$0] } ?? [])
        let worked =
            "max(\(plugged.joined(separator: ", "))) = max(\(values.map(Charge.number).joined(separator: ", "))) = \(Charge.number(perHour))"
        return .charged(
            Charge(
                unit: .rguHours, perHour: perHour, hours: hours,
                formula:
                    "RGUs = max(GPUs x their RGU, cores / \(bundle.cores) x \(rgu), memory MB / \(bundle.memory) MB x \(rgu)) (bundle: 1 \(bundle.gpuType) of \(rgu) RGU, \(bundle.cores) cores, \(bundle.memory) MB)",
                workedOut: worked, assumptions: assumptions))
    }

    private static func onlyGPUType(of types: [ClusterResources.NodeType]) -> String? {
        let kinds = Set(types.flatMap { $0.gpus.compactMap(\.type) })
        return kinds.count == 1 ? kinds.first : nil
    }
}

extension Charge {
    /// A figure with at most two decimals, without trailing zeros: `4`, `0.67`, `12.2`.
    public static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        return "\(rounded)"
    }
}
