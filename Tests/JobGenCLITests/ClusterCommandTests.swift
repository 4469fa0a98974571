import Foundation
import Testing

@Suite("jobgen cluster import and validate --cluster")
struct ClusterCommandTests {
    static let node = """
        NodeName=c1 CPUTot=64 CPUEfctv=64 AvailableFeatures=ib Gres=(null) RealMemory=257000 Sockets=2 State=IDLE Partitions=cpu
        NodeName=c2 CPUTot=64 CPUEfctv=64 AvailableFeatures=ib Gres=(null) RealMemory=257000 Sockets=2 State=IDLE Partitions=cpu

        """
    static let partition =
        "PartitionName=cpu Default=YES MaxNodes=UNLIMITED MaxTime=3-00:00:00 Nodes=c[1-2] State=UP\n"
    static let config = "ClusterName              = lab\nMaxArraySize             = 1001\n"

    static func folder(_ files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "jobgen-cluster-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return directory
    }

    @Test func importFromSavedOutputThenValidateAgainstIt() throws {
        let saved = try Self.folder([
            "scontrol-show-node.txt": Self.node, "scontrol-show-partition.txt": Self.partition,
            "scontrol-show-config.txt": Self.config,
            "job.sh": "#!/bin/bash\n#SBATCH --nodes=1 --ntasks-per-node=65\nsrun ./app\n",
            "ok.sh": "#!/bin/bash\n#SBATCH --nodes=2 --ntasks-per-node=64 --time=2-00:00:00\nsrun ./app\n",
        ])
        defer { try? FileManager.default.removeItem(at: saved) }
        let imported = try JobGenProcess.run(["cluster", "import", "--from", saved.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("name: lab") && imported.stdout.contains("nodes: c[1-2]"))
        #expect(imported.stdout.contains("maxTime: 4320"))
        let profile = saved.appendingPathComponent("lab.yaml")
        try imported.stdout.write(to: profile, atomically: true, encoding: .utf8)
        let refused = try JobGenProcess.run([
            "validate", "--slurm-version", "22.05", "--cluster", profile.path,
            saved.appendingPathComponent("job.sh").path,
        ])
        #expect(refused.status == 1)
        #expect(refused.stdout.contains("65 CPUs per node asked") && refused.stdout.contains("[JG701]"))
        #expect(refused.stdout.contains("\"Requested node configuration is not available\""))
        let fits = try JobGenProcess.run([
            "validate", "--slurm-version", "22.05", "--cluster", profile.path,
            saved.appendingPathComponent("ok.sh").path,
        ])
        #expect(fits.status == 0, "\(fits.stdout)")
    }

    /// validate starts reading the profile from the raw arguments before they are parsed; the
    /// profile it checks against is still the one the parser reads.
    @Test func theProfileUsedIsTheOneTheParserReads() throws {
        let saved = try Self.folder([
            "job.sh": "#!/bin/bash\n#SBATCH --partition=cpu --time=01:00:00\nsrun ./app\n",
            "--cluster": "#!/bin/bash\n#SBATCH --partition=cpu --time=01:00:00\nsrun ./app\n",
        ])
        defer { try? FileManager.default.removeItem(at: saved) }
        let job = saved.appendingPathComponent("job.sh").path
        for (arguments, named) in [
            (["--cluster=fir", "--cluster", "narval", job], "narval"),
            (["--cluster", "narval", "--cluster=fir", job], "fir"),
            (["--effective", "--cluster", "narval", job], nil),
        ] as [([String], String?)] {
            let result = try JobGenProcess.run(["validate", "--slurm-version", "23.02"] + arguments)
            if let named {
                #expect(
                    result.status == 1 && result.stdout.contains("cluster \(named) has no partition 'cpu'"))
            } else {
                #expect(result.status == 0 && result.stdout.contains("partition"), "\(result.stdout)")
            }
        }
        // After `--`, `--cluster` is a script's name, not an option.
        let operand = try JobGenProcess.run(
            ["validate", "--slurm-version", "23.02", "--", "--cluster", "fir"], in: saved)
        #expect(operand.status == 2 && !operand.stdout.contains("has no partition"), "\(operand.stdout)")
    }

    @Test func badProfilesAndMissingFilesAreNamed() throws {
        let saved = try Self.folder([
            "bad.yaml": "name: lab\nnodeTypes: 3\npartitions: []\n", "job.sh": "#!/bin/bash\nhostname\n",
        ])
        defer { try? FileManager.default.removeItem(at: saved) }
        let bad = try JobGenProcess.run([
            "validate", "--cluster", saved.appendingPathComponent("bad.yaml").path,
            saved.appendingPathComponent("job.sh").path,
        ])
        #expect(bad.status == 65 && bad.stderr.contains("bad.yaml") && bad.stderr.contains("nodeTypes"))
        #expect(bad.stdout.isEmpty)
        let missing = try JobGenProcess.run([
            "cluster", "import", "--from", saved.appendingPathComponent("nothing").path,
        ])
        #expect(
            missing.status == 65 && missing.stderr.contains("scontrol-show-node.txt")
                && missing.stdout.isEmpty)
    }
}
