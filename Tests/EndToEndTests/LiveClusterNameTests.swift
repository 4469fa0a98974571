import Foundation
import Testing

/// The profile picked by the live cluster's name: the local cluster's real `scontrol show config`
/// says `ClusterName=jobgenlocal`, and a user profile of that name is used without being named.
@Suite(.needsLocalCluster)
struct LiveClusterNameTests {
    @Test func theLiveClusterNamePicksTheUserProfileOfThatName() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("jobgen-e2e-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let clusters = home.appendingPathComponent("config/jobgen/clusters")
        try FileManager.default.createDirectory(at: clusters, withIntermediateDirectories: true)
        let profile = """
            name: jobgenlocal
            nodeTypes:
            - {name: cpu, count: 2, cpus: 4, memory: 8000, features: [], gpus: []}
            partitions:
            - {name: debug, nodeTypes: [cpu], default: true, maxTime: 60}

            """
        try profile.write(to: clusters.appendingPathComponent("jobgenlocal.yaml"), atomically: true, encoding: .utf8)
        let script = home.appendingPathComponent("long.sh")
        try "#!/bin/bash\n#SBATCH --time=2:00:00\nsrun ./app\n".write(to: script, atomically: true, encoding: .utf8)
        let environment = LocalCluster.environment.merging([
            "HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            "JOBGEN_CONFIG": "/dev/null", "JOBGEN_CLUSTER": "", "JOBGEN_CLUSTER_PATH": "", "CC_CLUSTER": "",
        ]) { _, new in new }
        let result = try Command.run(
            JobGenBinary.jobgen, ["validate", "--slurm-version", "24.11", script.path], environment: environment,
            timeout: .seconds(30))
        #expect(
            result.status == 1 && result.stdout.contains("partition debug of cluster jobgenlocal allows 01:00:00"),
            Comment(rawValue: result.report))
        let shown = try Command.run(JobGenBinary.jobgen, ["config", "show"], environment: environment, timeout: .seconds(30))
        #expect(shown.stdout.contains("from the ClusterName scontrol reports"), Comment(rawValue: shown.report))
        // Without its own profiles a machine never asks scontrol, and nothing is picked.
        try FileManager.default.removeItem(at: clusters.appendingPathComponent("jobgenlocal.yaml"))
        let without = try Command.run(
            JobGenBinary.jobgen, ["validate", "--slurm-version", "24.11", script.path], environment: environment,
            timeout: .seconds(30))
        #expect(without.status == 0, Comment(rawValue: without.report))
    }
}
