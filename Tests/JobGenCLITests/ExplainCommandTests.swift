import Foundation
import Testing

@Suite("jobgen explain")
struct ExplainCommandTests {
    /// Neither JOBGEN_CLUSTER nor $CC_CLUSTER names a profile.
    static let noClusterNamed = ["JOBGEN_CLUSTER": "", "CC_CLUSTER": ""]

    static func script(_ text: String) throws -> URL {
        let directory = try JobGenProcess.temporaryDirectory()
        let file = directory.appendingPathComponent("job.sh")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test func scriptOnNarval() throws {
        let file = try Self.script(
            "#!/bin/bash\n#SBATCH --ntasks=8 --mem-per-cpu=8G --time=12:00:00\nsrun ./app\n")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let result = try JobGenProcess.run([
            "explain", file.path, "--cluster", "narval", "--slurm-version", "23.02",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("on cluster narval"))
        #expect(result.stdout.contains("8 tasks x 1 CPU per task = 8 CPUs"))
        #expect(result.stdout.contains("cpu (1145 x 64 CPUs, 256000 MB)"))
        // 8 x 8192 MB = 65536 MB = 16 core-equivalents, for 12 h.
        #expect(result.stdout.contains("192 core-equivalent-hours at the time limit"))
        #expect(result.stdout.contains("= max(8, 65536 / 4096) = max(8, 16) = 16"))
    }

    @Test func gpuKindAsJSON() throws {
        let result = try JobGenProcess.run([
            "explain", "gpu", "--account", "def-someprof", "--gpus-per-node", "a100:1", "--cluster", "narval",
            "--format", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        // The gpu kind's defaults: 2 tasks, 2G per CPU, 8 h. max(4.0, 2 / 12 x 4.0, 4096 / 127488 x 4.0) = 4.
        let charge = try #require(object["charge"] as? [String: Any])
        #expect(charge["unit"] as? String == "RGU-hours")
        #expect(charge["amount"] as? Double == 32)
        #expect(object["fits"] as? Bool == true && object["partitions"] as? [String] == ["default"])
        #expect(object["cluster"] as? String == "narval" && object["minutes"] as? Int == 480)
    }

    @Test func ruleCodeIsTheRulePageOfValidateExplain() throws {
        let explain = try JobGenProcess.run(["explain", "JG201"])
        let validate = try JobGenProcess.run(["validate", "--explain", "JG201"])
        #expect(explain.status == 0 && validate.status == 0)
        #expect(explain.stdout.hasPrefix("## JG201") && explain.stdout == validate.stdout)
        let unknown = try JobGenProcess.run(["explain", "JG999"])
        #expect(unknown.status == 2 && unknown.stderr.contains("unknown rule code 'JG999'"))
    }

    @Test func requestThatDoesNotFitGetsSbatchsRefusal() throws {
        let file = try Self.script(
            "#!/bin/bash\n#SBATCH --nodes=1 --ntasks-per-node=65 --time=1:00:00\nsrun ./app\n")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let result = try JobGenProcess.run([
            "explain", file.path, "--cluster", "narval", "--slurm-version", "23.02",
        ])
        #expect(result.status == 1)
        #expect(result.stdout.contains("does not fit: 65 CPUs per node asked"))
        #expect(
            result.stdout.contains(
                "sbatch: error: Batch job submission failed: Requested node configuration is not available"))
        #expect(result.stdout.contains("cpu (64 CPUs, 65 asked per node)"))
    }

    @Test func withoutAClusterTheRequestIsStillDescribed() throws {
        let file = try Self.script(
            "#!/bin/bash\n#SBATCH --nodes=2 --ntasks-per-node=4 --time=30\nsrun ./app\n")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let text = try JobGenProcess.run(["explain", file.path], environment: Self.noClusterNamed)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("2 nodes x 4 tasks per node x 1 CPU per task = 8 CPUs"))
        #expect(text.stdout.contains("no cluster named") && text.stdout.contains("--cluster NAME|FILE"))
        let json = try JobGenProcess.run(
            ["explain", file.path, "--format", "json"], environment: Self.noClusterNamed)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["charge"] is NSNull && object["cluster"] is NSNull && object["cpus"] as? Int == 8)
    }

    @Test func badInputIsNamed() throws {
        let file = try Self.script("#!/bin/bash\n#SBATCH --ntasks=2 --time=1:00:00\nsrun ./app\n")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let cluster = try JobGenProcess.run(["explain", file.path, "--cluster", "graham"])
        #expect(cluster.status == 65 && cluster.stdout.isEmpty)
        #expect(
            cluster.stderr.contains("--cluster graham") && cluster.stderr.contains("built-ins (fir, narval"))
        let missing = file.deletingLastPathComponent().appendingPathComponent("nothing.sh").path
        let unread = try JobGenProcess.run(["explain", missing, "--cluster", "narval"])
        #expect(unread.status == 2 && unread.stdout.isEmpty)
        #expect(unread.stderr.contains("cannot read '\(missing)'") && unread.stderr.contains("No such file"))
        let format = try JobGenProcess.run(["explain", file.path, "--format", "yaml"])
        #expect(format.status == 2 && format.stderr.contains("'yaml' for --format; accepted: text, json"))
    }

    @Test func standardInput() throws {
        let file = try Self.script("#!/bin/bash\n#SBATCH --ntasks=4 --mem=32G --time=2:00:00\nsrun ./app\n")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let result = try JobGenProcess.run(
            [
                "-c", "\"$0\" explain - --cluster fir --slurm-version 23.02 < \"$1\"",
                JobGenProcess.executable.path, file.path,
            ],
            executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(result.status == 0, "\(result.stderr)")
        // 32768 MB / 4096 MB = 8 core-equivalents against 4 cores, for 2 h.
        #expect(result.stdout.hasPrefix("standard input (Slurm 23.02) on cluster fir:"))
        #expect(result.stdout.contains("16 core-equivalent-hours at the time limit"))
    }
}
