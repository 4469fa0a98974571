import Foundation
import JobGenKit
import Testing

/// `jobgen validate --cluster` against the local cluster's real `sbatch --test-only`: the
/// cluster's profile is imported from its own scontrol, and on a few hundred requests near and
/// across every limit (CPUs per node and in all, memory per node, per CPU and per GPU, GPUs by
/// type, node counts, partitions, features, node names, array sizes) jobgen refuses exactly what
/// sbatch refuses, with sbatch's reason.
@Suite("Resource fit against the real sbatch")
struct ResourceFitAgainstSbatchTests {
    static func importCluster(_ environment: [String: String]) throws -> ClusterResources {
        func scontrol(_ arguments: [String]) throws -> String {
            try Command.run("scontrol", arguments, environment: environment, timeout: .seconds(30)).stdout
        }
        let imported = ScontrolImport(
            nodes: try scontrol(["show", "node", "-o"]),
            partitions: try scontrol(["show", "partition", "-o"]),
            config: try scontrol(["show", "config"]))
        return imported.resources
    }

    /// Requests built from the cluster's own limits: at them, one past them, and the odd ones out.
    static func corpus(_ cluster: ClusterResources) -> [String] {
        let cpus = cluster.nodeTypes.map(\.cpus).max() ?? 4
        let memory = cluster.nodeTypes.map(\.memory).max() ?? 8000
        let nodes = cluster.nodeTypes.map(\.count).reduce(0, +)
        let gpus = cluster.nodeTypes.flatMap(\.gpus).map(\.count).max() ?? 0
        let type = cluster.nodeTypes.flatMap(\.gpus).compactMap(\.type).first ?? "a100"
        let array = cluster.maxArraySize ?? 1001
        var requests: [String] = []
        for n in 1...(nodes + 1) {
            for perNode in [1, cpus / 2, cpus, cpus + 1] where perNode > 0 {
                requests.append("--nodes=\(n) --ntasks-per-node=\(perNode)")
                requests.append("--nodes=\(n) --ntasks-per-node=1 --cpus-per-task=\(perNode)")
            }
            for tasks in [n, n * cpus, n * cpus + 1] { requests.append("--nodes=\(n) --ntasks=\(tasks)") }
        }
        for tasks in [1, cpus, cpus * nodes, cpus * nodes + 1, cpus * nodes * 2] {
            requests.append("--ntasks=\(tasks)")
            requests.append("--ntasks=\(tasks) --cpus-per-task=2")
        }
        for cpusPerTask in [1, cpus, cpus + 1] { requests.append("--cpus-per-task=\(cpusPerTask)") }
        for mb in [memory / 2, memory - 1, memory, memory + 1, memory * 2] {
            requests.append("--mem=\(mb)")
            requests.append("--nodes=\(nodes) --mem=\(mb)M")
        }
        requests.append("--mem=0")
        for perCPU in [memory / cpus, memory / cpus + 1] {
            requests.append("--ntasks-per-node=\(cpus) --mem-per-cpu=\(perCPU)")
            requests.append("--ntasks=1 --mem-per-cpu=\(perCPU)")
        }
        for count in 0...(gpus + 1) {
            requests.append("--gpus-per-node=\(type):\(count)")
            requests.append("--gres=gpu:\(type):\(count)")
            requests.append("--gpus-per-node=\(count) --nodes=\(nodes)")
            requests.append("--gpus=\(count) --nodes=1")
            requests.append("--gpus-per-node=\(type):\(count) --mem-per-gpu=\(memory / max(count, 1) + 1)")
            requests.append("--gpus-per-node=\(type):\(count) --mem-per-gpu=\(memory / max(count, 2))")
        }
        requests += [
            "--gpus-per-node=v100:1", "--gres=gpu:h100:1", "--gpus=\(type):\(gpus * nodes)",
            "--gpus=\(type):\(gpus * nodes + 1)",
            "--gpus-per-node=\(type):\(gpus) --ntasks-per-node=\(cpus + 1)",
        ]
        for partition in cluster.partitions.map(\.name) + ["nope"] {
            requests.append("--partition=\(partition)")
            requests.append("--partition=\(partition) --nodes=\(nodes + 1)")
        }
        requests += [
            "--constraint=nofeature", "--nodelist=n1", "--nodelist=n99", "--nodelist=n[1-2] --nodes=2",
        ]
        requests += [
            "--array=0-\(array - 1)", "--array=0-\(array)", "--array=1,\(array - 1)", "--array=\(array)",
        ]
        requests += ["--time=10", "--time=30-00:00:00", "--time=UNLIMITED"]
        // The options that shape a node (sockets, cores, threads, disk, GPUs per task, socket
        // or CPU) and those that change the count (overcommit, exclude, time-min).
        requests += shapeRequests
        // Tasks packed onto nodes of different sizes, with and without memory per CPU.
        let allCPUs = cluster.nodeTypes.map { $0.cpus * $0.count }.reduce(0, +)
        for tasks in Set([cpus + 1, cpus * 2 - 1, allCPUs / 2, allCPUs - 1, allCPUs, allCPUs + 1]).sorted() {
            for extra in ["", "--nodes=2", "--nodes=1-3", "--mem-per-cpu=1000", "--mem-per-cpu=3000", "--cpus-per-task=2"] {
                requests.append("--ntasks=\(tasks) \(extra)")
            }
        }
        for feature in cluster.features.sorted() + ["a100&bigmem", "cpu&a100"] {
            requests.append("--constraint=\(feature)")
            requests.append("--constraint=\(feature) --nodes=2")
        }
        for gpu in Set(cluster.nodeTypes.flatMap(\.gpus).compactMap(\.type)).sorted() {
            requests += [
                "--gpus-per-node=\(gpu):1", "--gpus-per-node=\(gpu):3", "--gpus=\(gpu):5",
                "--gres=gpu:\(gpu):2 --mem=13000",
            ]
        }
        // Each partition's own limits, and every request again inside each partition.
        let base = requests
        for partition in cluster.partitions {
            if let limit = partition.maxTime {
                requests += [
                    "--partition=\(partition.name) --time=\(limit)",
                    "--partition=\(partition.name) --time=\(limit + 1)",
                ]
            }
            if let limit = partition.maxNodes {
                requests += [
                    "--partition=\(partition.name) --nodes=\(limit)",
                    "--partition=\(partition.name) --nodes=\(limit + 1)",
                ]
            }
            requests += limitRequests(partition, of: cluster).map { "--partition=\(partition.name) \($0)" }
            if cluster.partitions.count > 1, partition.takesJobs {
                requests += base.filter { !$0.contains("--partition") }.map {
                    "--partition=\(partition.name) \($0)"
                }
            }
        }
        // Two partitions at once: a job refused by one (EnforcePartLimits=ALL) or held by none.
        let names = cluster.partitions.map(\.name)
        for (first, second) in zip(names, names.dropFirst() + names.prefix(1)) {
            for request in ["", "--nodes=2", "--time=2:00:00", "--mem=7500", "--gpus-per-node=a100:1", "--ntasks=7"] {
                requests.append("--partition=\(first),\(second) \(request)")
            }
        }
        return requests
    }

    /// (`--ntasks-per-gpu` with `--gpus` is left out: how slurmctld places those tasks across
    /// nodes is not modelled beyond their count.)
    static let shapeRequests = [
            "--overcommit --ntasks=16 --nodes=1",
            "--overcommit --ntasks-per-node=9 --nodes=1",
            "--overcommit --ntasks=30",
            "--sockets-per-node=2",
            "--sockets-per-node=3",
            "--cores-per-socket=4",
            "--cores-per-socket=5",
            "--threads-per-core=2",
            "--threads-per-core=1",
            "--hint=nomultithread --ntasks-per-node=8",
            "--tmp=1",
            "--tmp=100000",
            "--gpus-per-task=1 --ntasks=2",
            "--gpus-per-task=1 --ntasks=3 --nodes=1",
            "--gpus-per-task=2 --ntasks=2 --nodes=1",
            "--gpus-per-task=1 --ntasks=6",
            "--gpus-per-task=1 --ntasks=7",
            "--cpus-per-gpu=4 --gpus-per-node=a100:2",
            "--cpus-per-gpu=5 --gpus-per-node=a100:2",
            "--cpus-per-gpu=2 --gpus=3",
            "--gpus=3",
            "--gpus=3 --nodes=1",
            "--gpus=4 --nodes=2",
            "--gpus=6",
            "--gpus=7",
            "--gpus=a100:3",
            "--gpus=a100_1g.5gb:4",
            "--gpus=a100_1g.5gb:5",
            "--gres=gpu:2 --nodes=2",
            "--gres=gpu:3",
            "--gres=gpu:4",
            "--gres=gpu:5",
            "--gpus-per-node=1 --nodes=3",
            "--gpus-per-node=1 --nodes=2",
            "--mem-per-gpu=8000 --gpus-per-node=a100:2",
            "--mem-per-gpu=8001 --gpus-per-node=a100:2",
            "--mem-per-gpu=3000 --gpus-per-node=4",
            "--mem-per-gpu=3001 --gpus-per-node=4",
            "--mem-per-gpu=10000 --gpus=2",
            "--mem-per-gpu=10000 --gpus=1",
            "--mem=16G",
            "--mem=16000M --partition=all",
            "--mem=15G --partition=all",
            "--mem-per-cpu=1G --ntasks=8 --nodes=1",
            "--ntasks-per-gpu=2 --gpus=2",
            "--ntasks-per-gpu=4 --gpus-per-node=a100:2",
            "--constraint=a100|cpu",
            "--constraint=[a100|cpu]",
            "--constraint=a100&cpu",
            "--constraint=mig --gpus-per-node=a100:1",
            "--constraint=cpu --ntasks=9",
            "--constraint=cpu --ntasks=8",
            "--exclude=big1 --partition=all --ntasks=15",
            "--exclude=big1 --partition=all --ntasks=14",
            "--exclude=small[1-2] --partition=all --ntasks=9 --nodes=1",
            "--nodelist=big1 --ntasks=9",
            "--nodelist=big1 --ntasks=8",
            "--nodelist=small1,small2 --ntasks=9",
            "--nodelist=small1,small2 --nodes=1",
            "--ntasks-per-socket=5",
            "--ntasks-per-core=2 --ntasks-per-node=16",
            "--spread-job --nodes=2",
            "--nodes=2 --ntasks=9 --partition=all",
            "--nodes=4 --ntasks=23 --partition=all",
            "--nodes=4 --ntasks=22 --partition=all",
            "--nodes=3 --ntasks=19 --partition=all",
            "--nodes=3 --ntasks=20 --partition=all",
            "--cpus-per-task=8 --ntasks=2 --partition=all",
            "--cpus-per-task=6 --ntasks=2 --partition=all --nodes=2",
            "--cpus-per-task=6 --ntasks=3 --partition=all",
            "--time-min=30 --partition=cpu",
            "--time-min=90 --partition=cpu",
            "--time=30 --time-min=90",
            "--partition=cpu --time=61",
            "--mincpus=9",
            "--mincpus=8",
            "--mincpus=5 --partition=gpu",
            "--extra-node-info=2:4:1",
            "--extra-node-info=2:5",
            "--gpu-bind=closest --gpus=1",
            "--gpus-per-socket=1 --sockets-per-node=2",
            "--exclusive --ntasks=9",
            "--exclusive=user --ntasks=9",
            "--oversubscribe --ntasks=30",
            "--ntasks=22 --partition=all --mem-per-cpu=1",
            "--ntasks=22 --partition=all --mem=1",
        // Nodes with two threads per core: CPUs are given a core at a time.
            "--ntasks=8 --mem-per-cpu=1000",
            "--ntasks=8 --mem-per-cpu=1001",
            "--ntasks=7 --mem-per-cpu=1100",
            "--ntasks=4 --mem-per-cpu=2000",
            "--ntasks=5 --mem-per-cpu=1600",
            "--ntasks=3 --mem-per-cpu=2600",
            "--cpus-per-task=3 --ntasks=2",
            "--cpus-per-task=3 --ntasks=3",
            "--cpus-per-task=3 --ntasks=2 --mem-per-cpu=1000",
            "--cpus-per-task=3 --ntasks=2 --mem-per-cpu=1001",
            "--cpus-per-task=3 --ntasks=2 --mem-per-cpu=1400",
            "--cpus-per-task=9",
            "--hint=nomultithread --ntasks=4",
            "--hint=nomultithread --ntasks=5",
            "--threads-per-core=1 --ntasks=5",
            "--threads-per-core=1 --ntasks=4",
            "--threads-per-core=2 --ntasks=8",
            "--hint=nomultithread --cpus-per-task=4",
            "--hint=nomultithread --cpus-per-task=5",
            "--ntasks-per-core=1 --ntasks=5",
            "--ntasks-per-core=1 --ntasks=4",
            "--ntasks-per-core=2 --ntasks=8",
            "--ntasks-per-node=4 --mem-per-cpu=2000",
            "--ntasks-per-node=4 --mem-per-cpu=1001",
            "--ntasks-per-node=5 --mem-per-cpu=1000",
            "--ntasks-per-node=3 --mem-per-cpu=1333",
            "--ntasks-per-node=3 --mem-per-cpu=1334",
            "--exclusive --mem-per-cpu=1000",
            "--exclusive --mem-per-cpu=1001",
            "--mem=8000",
            "--cpus-per-task=1 --ntasks=1 --mem-per-cpu=4000",
            "--cpus-per-task=1 --ntasks=1 --mem-per-cpu=4001",
            "--cpus-per-task=1 --ntasks=1 --mem-per-cpu=8000",
            "--ntasks=2 --mem-per-cpu=2000",
            "--ntasks=2 --mem-per-cpu=2001",
            "--ntasks=2 --mem-per-cpu=4000",
            "--ntasks=3 --mem-per-cpu=2000",
            "--ntasks=3 --mem-per-cpu=2001",
    ]

    /// Requests at and across one partition's own limits: MinNodes, MaxCPUsPerNode, memory
    /// defaults and maximums, and its nodes by name.
    static func limitRequests(_ partition: ClusterResources.Partition, of cluster: ClusterResources) -> [String] {
        let types = partition.nodeTypes.compactMap(cluster.nodeType(named:))
        let cpus = types.map(\.cpus).max() ?? 4
        var requests = (1...cpus + 1).map { "--ntasks-per-node=\($0)" }
        requests += ["--exclusive", "--mem=0", "--nodes=1-2", "--nodes=2-3", "--ntasks=\(cpus * 2) --nodes=1-2"]
        requests += ["--account=laba", "--account=labx", "--account=nosuch"]
        if let least = partition.minNodes {
            requests += ["--nodes=\(least - 1)", "--nodes=\(least)", "--nodes=1-\(least)", "--ntasks=\(least)"]
        }
        if let most = partition.maxCPUsPerNode {
            requests += [
                "--ntasks-per-node=\(most) --mem-per-cpu=100", "--ntasks-per-node=\(most + 1) --mem-per-cpu=100",
                "--cpus-per-task=\(most + 1)", "--ntasks=\(most * types.count + 1)",
            ]
        }
        let memory = partition.memory ?? MemoryLimits()
        if let limit = memory.maxPerNode {
            requests += [
                "--mem=\(limit)", "--mem=\(limit + 1)", "--mem-per-cpu=\(limit / 2) --ntasks-per-node=2",
                "--mem-per-cpu=\(limit / 2 + 1) --ntasks-per-node=2", "--mem-per-cpu=\(limit / 2 + 1) --ntasks=2",
                "--mem-per-cpu=\(limit / 2 + 1) --ntasks=2 --nodes=1", "--exclusive --mem-per-cpu=\(limit / cpus + 1)",
                "--exclusive --mem-per-cpu=\(limit / cpus)", "--mem-per-cpu=\(limit / 2 + 1) --cpus-per-task=2",
            ]
        }
        if let limit = memory.maxPerCPU {
            requests += [
                "--mem-per-cpu=\(limit)", "--mem-per-cpu=\(limit + 1)", "--mem-per-cpu=\(limit * 3 + 1)",
                "--mem-per-cpu=\(limit + 1) --ntasks-per-node=\(cpus / 2 + 1)", "--mem=\(limit * cpus)",
                "--mem=\(limit * cpus + 1)", "--mem-per-cpu=\(limit * 2) --cpus-per-task=\(cpus / 2 + 1)",
            ]
        }
        for node in types.compactMap(\.nodes).flatMap({ HostList.names($0) }) + ["small1", "big1"] {
            requests.append("--nodelist=\(node)")
        }
        return requests
    }

    @Test(.needsLocalCluster, .timeLimit(.minutes(10)))
    func onTheLocalCluster() async throws {
        try await compare(environment: LocalCluster.environment, minimum: 100)
    }

    /// A second, separate cluster of four nodes of three types (one with a MIG-like GPU type),
    /// seven partitions with their own limits (MaxTime, DefaultTime, MinNodes, MaxNodes,
    /// MaxCPUsPerNode, DefMemPerCPU, MaxMemPerCPU, MaxMemPerNode) and states (up, inactive,
    /// drain, down), node features and MaxArraySize 501:
    /// scripts/test starts it from Tests/Fixtures/heterogeneous.layout and names its folder in
    /// LOCAL_SLURM_HETERO_DIR (by hand: `scripts/local-slurm up --dir D --layout ...`).
    @Test(.needsLocalCluster, .timeLimit(.minutes(10)))
    func onAHeterogeneousCluster() async throws {
        guard let environment = LocalCluster.heterogeneousEnvironment else {
            #expect(!LocalCluster.isRequired, "LOCAL_SLURM_HETERO_DIR names no running heterogeneous cluster")
            return
        }
        try await compare(environment: environment, minimum: 300)
    }

    func compare(environment: [String: String], minimum: Int) async throws {
        let cluster = try Self.importCluster(environment)
        let release = try SbatchReferee.release()
        let requests = Self.corpus(cluster)
        let verdicts = try await concurrentMap(requests) { request in
            try Command.run(
                "sbatch", ["--test-only"], input: "#!/bin/bash\n#SBATCH \(request)\nhostname\n",
                environment: environment, timeout: .seconds(60))
        }
        var refused = 0
        var compared = 0
        var reasons: [String: Int] = [:]
        var disagreements: [String] = []
        for (request, result) in zip(requests, verdicts) {
            let script = BatchScript(
                text: "#!/bin/bash\n#SBATCH \(request)\nhostname\n", name: "r.sh", release: release)
            let others = Validator(target: release).validate(script).filter { $0.severity == .error }
            let said = (result.stderr + result.stdout).trimmingCharacters(in: .whitespacesAndNewlines)
            guard others.isEmpty else { continue }  // a grammar error: the other differentials' matter
            compared += 1
            let fit = Validator(target: release, cluster: cluster).validate(script).first {
                $0.rule == "JG701"
            }
            if result.status == 0 {
                if let fit {
                    disagreements.append("sbatch takes '\(request)', jobgen refuses: \(fit.message)")
                }
                continue
            }
            refused += 1
            guard let fit else {
                disagreements.append("sbatch refuses '\(request)' (\(said)), jobgen does not")
                continue
            }
            let reason = String(
                fit.message.components(separatedBy: "sbatch refuses the job: \"").last?.dropLast() ?? "")
            reasons[reason, default: 0] += 1
            if !said.contains(reason) {
                disagreements.append("'\(request)': sbatch says \(said); jobgen: \(reason)")
            }
        }
        let byReason: [String] = reasons.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
        let shape = "\(cluster.nodeTypes.count) node types and \(cluster.partitions.count) partitions"
        print(
            "resource fit: \(requests.count) requests on a cluster of \(shape), \(compared) compared, "
                + "sbatch refuses \(refused) (\(byReason.joined(separator: ", "))); \(disagreements.count) disagreements"
        )
        #expect(compared >= minimum && refused > 20)
        #expect(disagreements.isEmpty, "\(disagreements.joined(separator: "\n"))")
    }
}
