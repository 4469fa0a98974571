/// `jobgen explain`'s text: one labelled line a fact, the charge's formula worked out below it.
extension JobExplanation {
    public func text() -> String {
        var rows: [(String, String)] = [
            ("Shape", Self.shape(request)), ("Memory", memoryLine), ("GPUs", Self.gpus(request)),
            ("Walltime", Self.walltime(request.minutes)),
        ]
        if !scriptErrors.isEmpty {
            rows.append(
                (
                    "Script",
                    "\(Self.count(scriptErrors.count, "error")) sbatch stops on ('jobgen validate \(file)' lists them)"
                ))
        }
        guard let cluster else {
            rows.append(
                (
                    "Fit, charge",
                    "name a cluster profile: --cluster NAME|FILE (built-in: \(BuiltInClusters.names.joined(separator: ", ")); or a file from 'jobgen cluster import'), or set JOBGEN_CLUSTER"
                ))
            return render(header: "\(file) (Slurm \(release)), no cluster named:", rows)
        }
        let usable = cluster.nodeTypes.map { "\($0.name) \($0.memory)" }.joined(separator: ", ")
        rows.insert(("Node memory", "\(usable) MB usable per node"), at: 2)
        let (can, cannot) = (nodeTypes.filter(\.fits), nodeTypes.filter { !$0.fits })
        rows.append(
            (
                "Runs on",
                can.isEmpty ? "no node type" : can.map { Self.describe($0.nodeType) }.joined(separator: "; ")
            ))
        if !cannot.isEmpty {
            rows.append(
                ("Not on", cannot.map { "\($0.nodeType.name) (\(Self.lacks($0)))" }.joined(separator: "; ")))
        }
        rows.append(("Partitions", partitions.isEmpty ? "none" : partitions.joined(separator: ", ")))
        if let refusal {
            rows.append(("Verdict", "does not fit: \(refusal.reason)"))
            rows.append(("", "sbatch: error: Batch job submission failed: \(refusal.refusal)"))
        } else {
            rows.append(("Verdict", "fits: sbatch would accept the request"))
        }
        rows += chargeRows
        return render(header: "\(file) (Slurm \(release)) on cluster \(cluster.name):", rows)
    }

    private func render(header: String, _ rows: [(String, String)]) -> String {
        let width = rows.map(\.0.count).max() ?? 0
        let lines = rows.map { label, value in
            "  " + label + String(repeating: " ", count: width - label.count) + "  " + value
        }
        return ([header] + lines).joined(separator: "\n") + "\n"
    }

    private var memoryLine: String {
        let job = request
        switch job.memory {
        case .perNode(let megabytes):
            return "\(megabytes) MB per node (--mem), \(megabytes * job.nodes) MB in all"
        case .wholeNode: return "all of each node's memory (--mem=0)"
        case .perCPU(let megabytes):
            // Without --nodes or --ntasks-per-node, how many CPUs share a node is Slurm's choice.
            let perNode =
                job.nodesGiven || job.tasksPerNodeGiven ? "\(megabytes * job.cpusPerNode) MB per node, " : ""
            return "\(megabytes) MB per CPU: \(perNode)\(megabytes * job.cpus) MB in all"
        case .perGPU(let megabytes):
            let perNode = job.gpusPerNode.map(\.count).reduce(0, +)
            let inAll = job.gpus.map(\.count).reduce(0, +)
            return
                "\(megabytes) MB per GPU: \(megabytes * perNode) MB per node, \(megabytes * inAll) MB in all"
        case .notGiven:
            return "not asked: the cluster's default"
                + (cluster?.memory?.defaultPerCPU.map { ", \($0) MB per CPU" } ?? "")
        }
    }

    private var chargeRows: [(String, String)] {
        switch charge {
        case nil: return []
        case .unknown(let reason)?: return [("Charge", "unknown: \(reason)")]
        case .charged(let charge)?:
            let perHour = "\(Charge.number(charge.perHour)) \(charge.unit.perHour) per hour"
            let headline: String
            if let amount = charge.amount, let hours = charge.hours {
                headline =
                    "\(Charge.number(amount)) \(charge.unit.rawValue) at the time limit: \(perHour) x \(Charge.number(hours)) h"
            } else {
                headline = "\(perHour) (\(charge.unit.rawValue) need a time limit)"
            }
            return [("Charge", headline), ("", charge.formula), ("", "= " + charge.workedOut)]
                + charge.assumptions.map { ("", "assumes \($0)") }
        }
    }

    static func shape(_ job: JobRequest) -> String {
        let perTask = "\(count(job.cpusPerTask, "CPU")) per task = \(count(job.cpus, "CPU"))"
        let nodes = job.maximumNodes.map { "\(job.nodes)-\($0) nodes" } ?? count(job.nodes, "node")
        if job.tasksPerNodeGiven {
            return "\(nodes) x \(count(job.tasksPerNode, "task")) per node x \(perTask)"
        }
        if job.nodesGiven {
            return
                "\(nodes), \(count(job.tasks, "task")) (at most \(job.tasksPerNode) on a node) x \(perTask)"
        }
        return "\(count(job.tasks, "task")) x \(perTask) (no --nodes: Slurm chooses the nodes, 1 or more)"
    }

    static func gpus(_ job: JobRequest) -> String {
        guard !job.gpus.isEmpty else { return "none" }
        let all = job.gpus.map { "\($0.type ?? "any type") x \($0.count)" }.joined(separator: ", ")
        guard job.gpusGivenPerNode else { return all + " in all" }
        let perNode = job.gpusPerNode.map { "\($0.type ?? "any type") x \($0.count)" }.joined(separator: ", ")
        return "\(perNode) per node (\(all) in all)"
    }

    static func walltime(_ minutes: Int?) -> String {
        guard let minutes else { return "not given (the partition's default time applies)" }
        guard minutes != .max else { return "UNLIMITED" }
        return "\(SbatchDisplay.minutes(minutes)) (\(Charge.number(Double(minutes) / 60)) h)"
    }

    private static func describe(_ type: ClusterResources.NodeType) -> String {
        let gpus = type.gpus.map { ", \($0.type ?? "gpu") x \($0.count)" }.joined()
        return "\(type.name) (\(type.count) x \(type.cpus) CPUs, \(type.memory) MB\(gpus))"
    }

    private static func lacks(_ verdict: NodeTypeVerdict) -> String {
        verdict.shortfalls.isEmpty ? "not all it asks at once" : verdict.shortfalls.joined(separator: ", ")
    }

    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
