import Testing

/// Real OpenMPI programs run across the cluster's fake nodes, launched by srun (PMIx) or mpirun.
@Suite(.needsLocalCluster)
struct MPIAcrossNodesTests {
    /// Rank 0 broadcasts 1000 ints; every rank checks them and reports its node.
    static let broadcastCheck = """
        #include <mpi.h>
        #include <stdio.h>
        #include <stdlib.h>
        int main(int argc, char **argv) {
            MPI_Init(&argc, &argv);
            int rank, size, n = 1000, bad = 0;
            MPI_Comm_rank(MPI_COMM_WORLD, &rank);
            MPI_Comm_size(MPI_COMM_WORLD, &size);
            int *data = malloc(n * sizeof(int));
            for (int i = 0; i < n; i++) data[i] = rank == 0 ? i : -1;
            MPI_Bcast(data, n, MPI_INT, 0, MPI_COMM_WORLD);
            for (int i = 0; i < n; i++) bad += data[i] != i;
            printf("rank %d of %d on %s: %s\\n", rank, size, getenv("SLURMD_NODENAME"), bad ? "BAD" : "ok");
            MPI_Finalize();
            return bad != 0;
        }

        """

    @Test(
        "a broadcast is verified on every rank across 2 nodes",
        arguments: [
            ("srun ./bcast", 2, 2),
            ("srun ./bcast", 2, 1),
            ("mpirun ./bcast", 2, 2),
            ("srun --overcommit --ntasks=12 ./bcast", 2, 3),
        ])
    func broadcastAcrossNodes(launch: String, nodes: Int, tasksPerNode: Int) throws {
        let job = try BatchJob.submit(
            """
            #!/bin/bash
            #SBATCH --nodes=\(nodes)
            #SBATCH --ntasks-per-node=\(tasksPerNode)
            #SBATCH --time=5
            set -e
            module load gcc openmpi
            mpicc -O1 -o bcast bcast.c
            \(launch)
            """, files: ["bcast.c": Self.broadcastCheck])
        let size = launch.contains("--ntasks=12") ? 12 : nodes * tasksPerNode
        try #require(job.exitCode == 0, Comment(rawValue: job.report))
        for rank in 0..<size {
            #expect(job.output.contains("rank \(rank) of \(size) on n"), Comment(rawValue: job.report))
        }
        for node in 1...nodes {
            #expect(job.output.contains("on n\(node): ok"), Comment(rawValue: job.report))
        }
        #expect(!job.output.contains("BAD"), Comment(rawValue: job.report))
    }
}
