import Testing

/// The local cluster behaves like a real one for what jobgen relies on: `sbatch --wait` passes
/// the job's exit code on, arrays run every task, impossible requests are refused up front.
@Suite(.needsLocalCluster)
struct SbatchBasicsTests {
    @Test("sbatch --wait returns the job's exit code", arguments: [0, 1, 3, 42])
    func exitCodePropagates(code: Int32) throws {
        let job = try BatchJob.submit(
            """
            #!/bin/bash
            #SBATCH --ntasks=1
            #SBATCH --time=1
            echo "about to exit \(code)"
            exit \(code)
            """)
        #expect(job.exitCode == code, Comment(rawValue: job.report))
        #expect(job.output.contains("about to exit \(code)"), Comment(rawValue: job.report))
    }

    @Test("a failing srun step fails the job under set -e")
    func failingStepFailsJob() throws {
        let job = try BatchJob.submit(
            """
            #!/bin/bash
            #SBATCH --ntasks=2
            set -e
            srun bash -c 'exit 5'
            echo "not reached"
            """)
        #expect(job.exitCode != 0, Comment(rawValue: job.report))
        #expect(!job.output.contains("not reached"), Comment(rawValue: job.report))
    }

    @Test(
        "a job array runs every index, each with its own output file", arguments: ["0-3", "1,4,7", "0-6:3"])
    func arrayRunsEveryIndex(spec: String) throws {
        let job = try BatchJob.submit(
            """
            #!/bin/bash
            #SBATCH --array=\(spec)
            #SBATCH --ntasks=1
            echo "array task $SLURM_ARRAY_TASK_ID of job $SLURM_ARRAY_JOB_ID"
            """)
        let expected = Self.indices(of: spec)
        try #require(job.exitCode == 0, Comment(rawValue: job.report))
        #expect(job.outputs.count == expected.count, Comment(rawValue: job.report))
        for index in expected {
            let file = "slurm-\(job.jobID ?? -1)_\(index).out"
            #expect(
                job.outputs[file]?.contains("array task \(index) of job \(job.jobID ?? -1)") == true,
                Comment(rawValue: job.report))
        }
    }

    @Test(
        "an impossible request is refused at submission, not left pending",
        arguments: [
            "--nodes=9", "--ntasks-per-node=99", "--mem=999999", "--gpus-per-node=a100:9",
        ])
    func impossibleRequestRefused(directive: String) throws {
        let job = try BatchJob.submit(
            """
            #!/bin/bash
            #SBATCH \(directive)
            true
            """, timeout: .seconds(30))
        #expect(job.exitCode != 0, Comment(rawValue: job.report))
        #expect(!job.sbatch.timedOut, Comment(rawValue: job.report))
        #expect(job.sbatch.stderr.contains("sbatch: error:"), Comment(rawValue: job.report))
    }

    /// The indices an `--array` spec of comma-separated `a`, `a-b` or `a-b:step` parts names.
    static func indices(of spec: String) -> [Int] {
        spec.split(separator: ",").flatMap { part -> [Int] in
            let rangeAndStep = part.split(separator: ":")
            let step = rangeAndStep.count > 1 ? Int(rangeAndStep[1])! : 1
            let bounds = rangeAndStep[0].split(separator: "-").map { Int($0)! }
            return Array(stride(from: bounds[0], through: bounds.last!, by: step))
        }
    }
}
