import Testing

/// Every fake node has its own `SLURM_TMPDIR`, like the local disks of real compute nodes, so a
/// per-node virtualenv (the seed's pattern) is really built once per node.
@Suite(.needsLocalCluster)
struct NodeLocalScratchTests {
    @Test("each node writes and reads back its own SLURM_TMPDIR")
    func scratchIsPerNode() throws {
        let job = try BatchJob.submit(
            """
            #!/bin/bash
            #SBATCH --nodes=2
            #SBATCH --ntasks-per-node=1
            set -e
            test -d "$SLURM_TMPDIR"
            srun bash -c 'echo "$SLURMD_NODENAME" > "$SLURM_TMPDIR/owner"'
            srun bash -c 'echo "$SLURMD_NODENAME sees $(cat "$SLURM_TMPDIR/owner")"'
            """)
        try #require(job.exitCode == 0, Comment(rawValue: job.report))
        #expect(job.output.contains("n1 sees n1"), Comment(rawValue: job.report))
        #expect(job.output.contains("n2 sees n2"), Comment(rawValue: job.report))
    }
}
