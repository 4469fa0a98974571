import Testing

/// Scripts rendered by `jobgen` with several parameter sets, piped into the local cluster's
/// `sbatch --wait`: each job exits 0 and its output shows the bundled payload's broadcast
/// verified on every rank.
@Suite(.needsLocalCluster)
struct RenderedJobTests {
    static func verified(on ranks: Int) -> String {
        "broadcast OK: 100 x Int32 from rank 0 verified on \(ranks) ranks"
    }

    @Test("jobgen distributed runs its payload on every rank", arguments: 1...8)
    func distributed(tasks: Int) throws {
        let script = try JobGenBinary.render(
            "distributed", ["--ntasks", "\(tasks)", "--time", "5", "--mem-per-cpu", "500M"])
        let job = try BatchJob.submit(script)
        try #require(job.exitCode == 0, Comment(rawValue: job.report))
        #expect(job.output.contains(Self.verified(on: tasks)), Comment(rawValue: job.report))
    }

    @Test("jobgen whole-node runs across 2 fake nodes", arguments: [1, 2, 4])
    func wholeNode(tasksPerNode: Int) throws {
        let script = try JobGenBinary.render(
            "whole-node",
            [
                "--nodes", "2", "--ntasks-per-node", "\(tasksPerNode)", "--time", "5", "--account",
                "def-someprof",
            ])
        let job = try BatchJob.submit(script)
        try #require(job.exitCode == 0, Comment(rawValue: job.report))
        #expect(job.output.contains(Self.verified(on: 2 * tasksPerNode)), Comment(rawValue: job.report))
    }

    // `--gpus` counts for the whole job: `--nodes 1` keeps the GPUs with the batch shell, which
    // the scheduler could otherwise place on another node.
    @Test(
        "jobgen gpu gets the fake GPUs and its payload falls back to host memory",
        arguments: [
            (["--gpus", "1", "--nodes", "1"], 2, "0"),
            (["--gpus-per-node", "a100:2"], 2, "0,1"),
            (["--gpus", "a100:2", "--ntasks", "3", "--nodes", "1"], 3, "0,1"),
        ])
    func gpu(flags: [String], ranks: Int, devices: String) throws {
        let script = try JobGenBinary.render("gpu", flags + ["--time", "5", "--mem-per-cpu", "500M"])
        // One line appended after the payload, so the test can see what the job was given.
        let job = try BatchJob.submit(
            script + "echo \"job saw CUDA_VISIBLE_DEVICES=$CUDA_VISIBLE_DEVICES\"\n")
        try #require(job.exitCode == 0, Comment(rawValue: job.report))
        #expect(
            job.output.contains("job saw CUDA_VISIBLE_DEVICES=\(devices)\n"), Comment(rawValue: job.report))
        #expect(job.output.contains("host memory"), Comment(rawValue: job.report))
        #expect(job.output.contains(Self.verified(on: ranks)), Comment(rawValue: job.report))
    }

    @Test("a jobgen job array runs the payload in every task", arguments: ["0-2", "3,5"])
    func array(spec: String) throws {
        let script = try JobGenBinary.render(
            "distributed", ["--array", spec, "--ntasks", "2", "--time", "5", "--mem-per-cpu", "500M"])
        let job = try BatchJob.submit(script)
        let indices = SbatchBasicsTests.indices(of: spec)
        try #require(job.exitCode == 0, Comment(rawValue: job.report))
        #expect(job.outputs.count == indices.count, Comment(rawValue: job.report))
        for index in indices {
            let output = job.outputs["slurm-\(job.jobID ?? -1)_\(index).out"] ?? ""
            #expect(output.contains(Self.verified(on: 2)), Comment(rawValue: job.report))
        }
    }

    @Test("a failing payload fails the job with its exit code")
    func failingPayloadExitCode() throws {
        let script = try JobGenBinary.render(
            "distributed", ["--ntasks", "2", "--time", "5", "--run", "bash -c 'exit 3'"])
        let job = try BatchJob.submit(script)
        #expect(job.exitCode == 3, Comment(rawValue: job.report))
    }

    @Test("the bundled payload's own failure (a root that does not exist) fails the job")
    func failingBundledPayload() throws {
        let script = try JobGenBinary.render(
            "distributed",
            ["--ntasks", "2", "--time", "5", "--run", "\(JobGenBinary.jobgenMPI) bcast --root 7"])
        let job = try BatchJob.submit(script)
        #expect(job.exitCode != 0, Comment(rawValue: job.report))
        #expect(job.output.contains("7"), Comment(rawValue: job.report))
        #expect(!job.output.contains("broadcast OK"), Comment(rawValue: job.report))
    }
}
