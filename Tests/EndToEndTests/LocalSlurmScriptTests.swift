import Foundation
import Testing

/// `scripts/local-slurm` itself: bad knobs are refused before anything is touched, and `up`
/// on a running cluster reuses it.
struct LocalSlurmScriptTests {
    static let script = LocalCluster.repositoryRoot.appendingPathComponent("scripts/local-slurm").path

    @Test(
        "a bad knob is refused with exit 64, naming the flag and the value",
        arguments: [
            (["--nodes", "0"], "--nodes"), (["--cpus", "four"], "--cpus"), (["--mem", "8G"], "--mem"),
            (["--gpus", "-1"], "--gpus"), (["--gpu-type", "A100!"], "--gpu-type"),
            (["--port", "0"], "--port"),
            (["--frob"], "--frob"),
        ])
    func badKnobRefused(knob: [String], flag: String) throws {
        // A folder that must stay absent: nothing is written before the knobs are checked.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "local-slurm-\(UUID().uuidString)")
        let result = try Command.run(
            "bash", [Self.script, "up", "--dir", folder.path] + knob, timeout: .seconds(30))
        #expect(result.status == 64, Comment(rawValue: result.report))
        #expect(result.stderr.contains(flag), Comment(rawValue: result.report))
        if let value = knob.dropFirst().first {
            #expect(result.stderr.contains("'\(value)'"), Comment(rawValue: result.report))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path), Comment(rawValue: result.report))
    }

    @Test("an unknown command is refused with exit 64")
    func unknownCommand() throws {
        let result = try Command.run("bash", [Self.script, "start"], timeout: .seconds(30))
        #expect(result.status == 64, Comment(rawValue: result.report))
        #expect(result.stderr.contains("unknown command 'start'"), Comment(rawValue: result.report))
    }

    @Test("up on the running cluster reuses its daemons", .needsLocalCluster)
    func upIsIdempotent() throws {
        let before = try Command.run("bash", [Self.script, "status"], environment: LocalCluster.environment)
        let up = try Command.run(
            "bash", [Self.script, "up"], environment: LocalCluster.environment, timeout: .seconds(120))
        let after = try Command.run("bash", [Self.script, "status"], environment: LocalCluster.environment)
        #expect(before.status == 0, Comment(rawValue: before.report))
        #expect(up.status == 0, Comment(rawValue: up.report))
        #expect(
            Self.pids(after.stdout) == Self.pids(before.stdout),
            Comment(rawValue: before.report + after.report))
        #expect(!Self.pids(before.stdout).isEmpty, Comment(rawValue: before.report))
    }

    @Test("up with other knobs on the running cluster is refused and leaves it up", .needsLocalCluster)
    func upWithOtherKnobsRefused() throws {
        let up = try Command.run(
            "bash", [Self.script, "up", "--cpus", "7", "--no-wheels"], environment: LocalCluster.environment,
            timeout: .seconds(60))
        let status = try Command.run("bash", [Self.script, "status"], environment: LocalCluster.environment)
        #expect(up.status == 1, Comment(rawValue: up.report))
        #expect(up.stderr.contains("already running with other settings"), Comment(rawValue: up.report))
        #expect(status.status == 0, Comment(rawValue: status.report))
    }

    /// The `name pid N` lines of `status`, in order.
    static func pids(_ status: String) -> [String] {
        status.split(separator: "\n").filter { $0.contains(" pid ") }.map(String.init)
    }
}
