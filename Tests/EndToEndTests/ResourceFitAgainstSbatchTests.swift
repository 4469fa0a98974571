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
    static func importLocalCluster() throws -> ClusterResources {
        func scontrol(_ arguments: [String]) throws -> String {
            try Command.run(
                "scontrol", arguments, environment: LocalCluster.environment, timeout: .seconds(30)
            ).stdout
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
        return requests
    }

    @Test(.needsLocalCluster, .timeLimit(.minutes(10)))
    func jobgenRefusesExactlyWhatSbatchRefuses() async throws {
        let cluster = try Self.importLocalCluster()
        let release = try SbatchReferee.release()
        let requests = Self.corpus(cluster)
        let verdicts = try await concurrentMap(requests) { request in
            try SbatchReferee.testOnly("#!/bin/bash\n#SBATCH \(request)\nhostname\n")
        }
        var refused = 0
        var compared = 0
        var disagreements: [String] = []
        for (request, result) in zip(requests, verdicts) {
            let script = BatchScript(
                text: "#!/bin/bash\n#SBATCH \(request)\nhostname\n", name: "r.sh", release: release)
            let others = Validator(target: release).validate(script).filter { $0.severity == .error }
            let said = result.stderr + result.stdout
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
                disagreements.append(
                    "sbatch refuses '\(request)' (\(said.trimmingCharacters(in: .whitespacesAndNewlines))), jobgen does not"
                )
                continue
            }
            let reason =
                fit.message.components(separatedBy: "sbatch refuses the job: \"").last?.dropLast() ?? ""
            if !said.contains(reason) {
                disagreements.append(
                    "'\(request)': sbatch says \(said.trimmingCharacters(in: .whitespacesAndNewlines)); jobgen: \(reason)"
                )
            }
        }
        print(
            "resource fit: \(requests.count) requests on cluster \(cluster.name) (\(cluster.nodeTypes.count) node types), "
                + "\(compared) compared, sbatch refuses \(refused); \(disagreements.count) disagreements")
        #expect(compared > 100 && refused > 20)
        #expect(disagreements.isEmpty, "\(disagreements.joined(separator: "\n"))")
    }
}
