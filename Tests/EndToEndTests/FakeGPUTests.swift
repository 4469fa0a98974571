import Testing

/// Jobs that ask for the cluster's fake GPUs get them through gres, as `CUDA_VISIBLE_DEVICES`.
@Suite(.needsLocalCluster)
struct FakeGPUTests {
    @Test(
        "a GPU request is granted and visible to the job",
        arguments: [
            ("--gpus-per-node=a100:1", "0"),
            ("--gpus=2", "0,1"),
            ("--gres=gpu:a100:2", "0,1"),
            ("--gpus-per-node=1", "0"),
        ])
    func gpuRequestVisible(directive: String, devices: String) throws {
        let job = try BatchJob.submit(
            """
            #!/bin/bash
            #SBATCH --ntasks=1
            #SBATCH \(directive)
            echo "batch sees CUDA_VISIBLE_DEVICES=$CUDA_VISIBLE_DEVICES"
            srun bash -c 'echo "step sees CUDA_VISIBLE_DEVICES=$CUDA_VISIBLE_DEVICES"'
            """)
        try #require(job.exitCode == 0, Comment(rawValue: job.report))
        #expect(
            job.output.contains("batch sees CUDA_VISIBLE_DEVICES=\(devices)\n"), Comment(rawValue: job.report)
        )
        #expect(
            job.output.contains("step sees CUDA_VISIBLE_DEVICES=\(devices)\n"), Comment(rawValue: job.report))
    }

    @Test("a job without a GPU request sees none")
    func noRequestNoDevices() throws {
        let job = try BatchJob.submit(
            """
            #!/bin/bash
            #SBATCH --ntasks=1
            echo "devices=[${CUDA_VISIBLE_DEVICES-unset}]"
            """)
        try #require(job.exitCode == 0, Comment(rawValue: job.report))
        #expect(!job.output.contains("devices=[0"), Comment(rawValue: job.report))
    }
}
