import Foundation
import Testing

/// `jobgen submit` against the local cluster's real sbatch.
@Suite(.needsLocalCluster)
struct SubmitCommandTests {
    /// Runs `jobgen submit <arguments>` in a fresh folder (where the job's output lands).
    struct Submission {
        var result: CommandResult
        var outputs: [String: String]
        var report: String {
            result.report
                + outputs.keys.sorted().map { "=== \($0) ===\n\(outputs[$0]!)" }.joined(separator: "\n")
        }
    }

    static func submit(
        _ arguments: [String], files: [String: String] = [:], environment: [String: String] = [:]
    ) throws -> Submission {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "jobgen-submit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let result = try Command.run(
            JobGenBinary.jobgen, ["submit"] + arguments,
            environment: LocalCluster.environment.merging(environment) { _, given in given },
            workingDirectory: folder, timeout: .seconds(180))
        var outputs: [String: String] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        where files[name] == nil {
            outputs[name] = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        return Submission(result: result, outputs: outputs)
    }

    /// Whether the controller knows a job with this name (pending, running or recently ended).
    static func jobExists(named name: String) throws -> Bool {
        let result = try Command.run(
            "squeue", ["-h", "--states=all", "-n", name, "-o", "%i"], environment: LocalCluster.environment)
        return !result.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }

    @Test(
        "submit KIND --wait prints the job id and the job runs the payload",
        arguments: ["distributed", "whole-node", "gpu"])
    func renderedKindRuns(kind: String) throws {
        let sizes = kind == "whole-node" ? ["--nodes", "2", "--ntasks-per-node", "2"] : ["--ntasks", "2"]
        let run = try Self.submit([kind, "--time", "5", "--mem-per-cpu", "500M", "--wait"] + sizes)
        let ranks = kind == "whole-node" ? 4 : 2
        try #require(run.result.status == 0, Comment(rawValue: run.report))
        #expect(
            run.result.stdout.range(of: #"^[0-9]+\n$"#, options: .regularExpression) != nil,
            Comment(rawValue: run.report))
        let jobID = run.result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(
            run.outputs["slurm-\(jobID).out"]?.contains(
                "broadcast OK: 100 x Int32 from rank 0 verified on \(ranks) ranks") == true,
            Comment(rawValue: run.report))
    }

    @Test("submit --wait exits with the job's exit code", arguments: [Int32(0), 4, 9])
    func waitPassesExitCode(code: Int32) throws {
        let run = try Self.submit([
            "distributed", "--ntasks", "1", "--time", "1", "--run", "bash -c 'exit \(code)'", "--wait",
        ])
        #expect(run.result.status == code, Comment(rawValue: run.report))
    }

    @Test("a script with errors is not submitted")
    func invalidScriptNotSubmitted() throws {
        let name = "jobgen-invalid-\(UUID().uuidString.prefix(8))"
        let script = """
            #!/bin/bash
            #SBATCH --job-name=\(name)
            set -e
            #SBATCH --ntasks=2
            sleep 30

            """
        let run = try Self.submit(["job.sh"], files: ["job.sh": script])
        #expect(run.result.status == 1, Comment(rawValue: run.report))
        #expect(run.result.stdout.isEmpty, Comment(rawValue: run.report))
        #expect(run.result.stderr.contains("job.sh:4:"), Comment(rawValue: run.report))
        #expect(run.result.stderr.contains("nothing was submitted"), Comment(rawValue: run.report))
        #expect(try !Self.jobExists(named: name), Comment(rawValue: run.report))
    }

    @Test("a valid script file is submitted, with extra sbatch arguments after --")
    func scriptFileWithExtraArguments() throws {
        let name = "jobgen-extra-\(UUID().uuidString.prefix(8))"
        let script = """
            #!/bin/bash
            #SBATCH --ntasks=1
            #SBATCH --time=1
            echo "running as $SLURM_JOB_NAME"

            """
        let run = try Self.submit(
            ["job.sh", "--wait", "--", "--job-name=\(name)"], files: ["job.sh": script])
        try #require(run.result.status == 0, Comment(rawValue: run.report))
        #expect(
            run.outputs.values.contains { $0.contains("running as \(name)") }, Comment(rawValue: run.report))
    }

    @Test("--test-only asks the controller and submits nothing")
    func testOnlySubmitsNothing() throws {
        let name = "jobgen-testonly-\(UUID().uuidString.prefix(8))"
        let run = try Self.submit([
            "distributed", "--ntasks", "2", "--time", "5", "--job-name", name, "--test-only",
        ])
        try #require(run.result.status == 0, Comment(rawValue: run.report))
        #expect(run.result.stderr.contains("to start at"), Comment(rawValue: run.report))
        #expect(try !Self.jobExists(named: name), Comment(rawValue: run.report))
    }

    @Test("a job the controller refuses fails with sbatch's own message")
    func refusedJob() throws {
        let run = try Self.submit([
            "distributed", "--ntasks", "2", "--time", "5", "--", "--partition=no-such-partition",
        ])
        #expect(run.result.status == 69, Comment(rawValue: run.report))
        #expect(run.result.stdout.isEmpty, Comment(rawValue: run.report))
        #expect(run.result.stderr.contains("sbatch: error:"), Comment(rawValue: run.report))
        #expect(run.result.stderr.contains("nothing was submitted"), Comment(rawValue: run.report))
    }

    @Test("SBATCH_* variables that override the script are warned about, and do override it")
    func environmentOverrideWarned() throws {
        let name = "jobgen-env-\(UUID().uuidString.prefix(8))"
        let run = try Self.submit(
            [
                "distributed", "--ntasks", "1", "--time", "1", "--job-name", "from-the-script",
                "--run", "bash -c 'echo job name: $SLURM_JOB_NAME'", "--wait",
            ],
            environment: ["SBATCH_JOB_NAME": name])
        try #require(run.result.status == 0, Comment(rawValue: run.report))
        #expect(
            run.result.stderr.contains("warning: SBATCH_JOB_NAME is set in the environment"),
            Comment(rawValue: run.report))
        #expect(
            run.outputs.values.contains { $0.contains("job name: \(name)") }, Comment(rawValue: run.report))
    }

    @Test("a job name with spaces, quoted on its #SBATCH line, reaches Slurm whole (and -n1 after submit)")
    func quotedJobNameReachesSlurm() throws {
        let name = "jobgen sweep \(UUID().uuidString.prefix(8))"
        let run = try Self.submit([
            "distributed", "-n1", "-t1", "--job-name", name, "--sbatch", "comment=nightly run #1",
            "--run", "bash -c 'echo job name: $SLURM_JOB_NAME'", "--wait",
        ])
        try #require(run.result.status == 0, Comment(rawValue: run.report))
        #expect(
            run.outputs.values.contains { $0.contains("job name: \(name)") }, Comment(rawValue: run.report))
    }

    @Test("without sbatch on PATH the error says what to install")
    func missingSbatch() throws {
        let run = try Self.submit(["distributed", "--ntasks", "1"], environment: ["PATH": "/nonexistent"])
        #expect(run.result.status == 69, Comment(rawValue: run.report))
        #expect(run.result.stdout.isEmpty, Comment(rawValue: run.report))
        #expect(run.result.stderr.contains("sbatch was not found on PATH"), Comment(rawValue: run.report))
    }
}
