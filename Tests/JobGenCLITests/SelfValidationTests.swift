import Foundation
import Testing

/// The generator judges its own rendered text with the validator and prints nothing it rejects.
@Suite("jobgen validates what it renders")
struct SelfValidationTests {
    @Test func templateThatHidesADirectiveIsRefused() throws {
        let directory = try JobGenProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let template = directory.appendingPathComponent("distributed.mustache")
        try "#!/bin/bash\nset -euo pipefail\n#SBATCH --time=10\nhostname\n".write(
            to: template, atomically: true, encoding: .utf8)

        let result = try JobGenProcess.run(["distributed", "--template", template.path])
        #expect(result.status == 64)
        #expect(result.stderr.contains("change the template \(template.path);"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("<generated>:3:1: error:"), "\(result.stderr)")
        #expect(result.stderr.contains("[JG201]"), "\(result.stderr)")
    }

    @Test func refusedScriptIsNotWritten() throws {
        let directory = try JobGenProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let template = directory.appendingPathComponent("gpu.mustache")
        try "#!/bin/bash\n#SBATCH --tim=10\nhostname\n".write(to: template, atomically: true, encoding: .utf8)
        let target = directory.appendingPathComponent("job.sh")

        let result = try JobGenProcess.run(["gpu", "--template", template.path, "--write", target.path])
        #expect(result.status == 64)
        #expect(result.stderr.contains("[JG402]"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    /// A contradiction passed through `--sbatch` is the user's input: exit 64 with the
    /// validator's findings and a line naming the pass-through option to change (only the one
    /// the findings point at).
    @Test(arguments: [
        (
            ["distributed", "--sbatch", "distribution=arbitrary"], "JG516",
            "change --sbatch distribution=arbitrary;"
        ),
        (
            ["distributed", "--sbatch", "hold", "--sbatch", "distribution=arbitrary"], "JG516",
            "change --sbatch distribution=arbitrary;"
        ),
        (
            ["gpu", "--cpus-per-task", "2", "--sbatch", "cpus-per-gpu=4"], "JG513",
            "change --sbatch cpus-per-gpu=4;"
        ),
        (
            ["gpu", "--gpus", "2", "--sbatch", "ntasks-per-gpu=1", "--sbatch", "gpus-per-task=1"], "JG514",
            "change --sbatch "
        ),
    ])
    func contradictionThroughSbatchIsBadUsage(arguments: [String], rule: String, advice: String) throws {
        let result = try JobGenProcess.run(arguments)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("<generated>:"), "\(result.stderr)")
        #expect(result.stderr.contains("[\(rule)"), "\(result.stderr)")
        #expect(result.stderr.contains(advice), "\(result.stderr)")
    }

    @Test func contradictionInTheSpecFilesSbatchListIsBadUsage() throws {
        let directory = try JobGenProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let spec = directory.appendingPathComponent("job.yaml")
        try "kind: distributed\nsbatch: [\"distribution=arbitrary\"]\n".write(
            to: spec, atomically: true, encoding: .utf8)
        let result = try JobGenProcess.run(["render", spec.path])
        #expect(result.status == 64, "\(result.stderr)")
        #expect(
            result.stderr.contains("change the spec file's sbatch list (distribution=arbitrary);"),
            "\(result.stderr)")
    }
}
