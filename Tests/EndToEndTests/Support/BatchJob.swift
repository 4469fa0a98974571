import Foundation

/// A batch script piped into the local cluster's `sbatch --wait`, and everything it left behind.
struct BatchJob: Sendable {
    /// The script text that was submitted.
    var script: String
    /// sbatch's own result; with `--wait` its status is the job's exit code.
    var sbatch: CommandResult
    /// The job id sbatch printed (`--parsable`), when it got that far.
    var jobID: Int?
    /// Files the job wrote into its working directory (`slurm-%j.out` and friends), by name.
    var outputs: [String: String]

    /// All job output files, concatenated in name order.
    var output: String {
        outputs.keys.sorted().map { outputs[$0]! }.joined()
    }

    /// The exit code `sbatch --wait` passed on from the job.
    var exitCode: Int32 { sbatch.status }

    /// What was submitted, what sbatch said and what the job wrote: the failure message of every
    /// end-to-end expectation, so a red CI run explains itself.
    var report: String {
        var text = "=== submitted script ===\n\(script)\n=== sbatch ===\n\(sbatch.report)"
        for name in outputs.keys.sorted() {
            text += "=== job output \(name) ===\n\(outputs[name]!)\n"
        }
        if outputs.isEmpty { text += "=== no job output files ===\n" }
        return text
    }

    /// Pipes `script` into `sbatch --wait --parsable [arguments]`, run in a fresh working
    /// directory holding `files` (name: contents), and collects the other files the job left
    /// there (its output). A job still running at `timeout` is cancelled.
    static func submit(
        _ script: String,
        arguments: [String] = [],
        files: [String: String] = [:],
        environment: [String: String] = [:],
        timeout: Duration = .seconds(240)
    ) throws -> BatchJob {
        let workDir = FileManager.default.temporaryDirectory
            .appendingPathComponent("jobgen-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: workDir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: workDir) }
        for (name, contents) in files {
            try contents.write(to: workDir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }

        let env = LocalCluster.environment.merging(environment) { _, given in given }
        let sbatch = try Command.run(
            "sbatch", ["--wait", "--parsable"] + arguments,
            input: script, environment: env, workingDirectory: workDir, timeout: timeout)
        let jobID = sbatch.stdout.split(whereSeparator: \.isNewline).first
            .flatMap { Int($0.split(separator: ";").first ?? "") }
        if sbatch.timedOut, let jobID {
            _ = try? Command.run("scancel", [String(jobID)], environment: env, timeout: .seconds(10))
        }
        var outputs: [String: String] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: workDir.path)) ?? []
        where files[name] == nil {
            let file = workDir.appendingPathComponent(name)
            outputs[name] = (try? String(contentsOf: file, encoding: .utf8)) ?? "<unreadable>"
        }
        return BatchJob(script: script, sbatch: sbatch, jobID: jobID, outputs: outputs)
    }
}
