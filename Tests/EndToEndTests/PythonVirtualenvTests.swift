import Testing

/// The seed's Python pattern works offline: modules first, a virtualenv created on every node
/// with `pip install --no-index` from the local wheelhouse, then mpi4py broadcasting a NumPy array.
@Suite(.needsLocalCluster, .needsWheelhouse)
struct PythonVirtualenvTests {
    /// The seed's mpi4py-np-bc.py, with a line per rank so the test can see every rank passed.
    static let broadcastCheck = """
        from mpi4py import MPI
        import numpy as np

        comm = MPI.COMM_WORLD
        rank = comm.Get_rank()

        if rank == 0:
            data = np.arange(100, dtype='i')
        else:
            data = np.empty(100, dtype='i')

        comm.Bcast(data, root=0)

        for i in range(100):
            assert data[i] == i
        print(f"rank {rank} of {comm.Get_size()}: numpy {np.__version__} broadcast ok", flush=True)

        """

    @Test("the seed's distributed script runs as written", arguments: [(1, 2), (2, 2)])
    func seedDistributedScript(nodes: Int, tasksPerNode: Int) throws {
        // The seed's submit-mpi4py-distributed.sh, with the account and sizes of this cluster.
        let job = try BatchJob.submit(
            """
            #!/bin/bash

            #SBATCH --account=def-someprof    # adjust this to match the accounting group you are using to submit jobs
            #SBATCH --time=00:10:00           # adjust this to match the walltime of your job
            #SBATCH --nodes=\(nodes)
            #SBATCH --ntasks-per-node=\(tasksPerNode)
            #SBATCH --mem-per-cpu=1G          # adjust this according to the memory you need per process

            # Load modules dependencies.
            module load StdEnv/2023 gcc mpi4py/4.0.0 python/3.12

            # create the virtual environment on each allocated node:
            srun --ntasks $SLURM_NNODES --tasks-per-node=1 bash << EOF
            virtualenv --no-download $SLURM_TMPDIR/env
            source $SLURM_TMPDIR/env/bin/activate

            pip install --no-index --upgrade pip
            pip install --no-index numpy==2.1.1
            EOF

            # activate only on main node
            source $SLURM_TMPDIR/env/bin/activate;

            # srun exports the current env, which contains $VIRTUAL_ENV and $PATH variables
            srun python mpi4py-np-bc.py;
            """, files: ["mpi4py-np-bc.py": Self.broadcastCheck], timeout: .seconds(300))
        let size = nodes * tasksPerNode
        try #require(job.exitCode == 0, Comment(rawValue: job.report))
        for rank in 0..<size {
            #expect(
                job.output.contains("rank \(rank) of \(size): numpy 2.1.1 broadcast ok"),
                Comment(rawValue: job.report))
        }
    }
}
