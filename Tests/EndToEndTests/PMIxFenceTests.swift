import Foundation
import Testing

/// srun's PMIx fences are barriers across nodes. OpenMPI's MPI_Init ends with a fence that
/// collects no data and relies on it: a rank that leaves it early sends MPI messages to ranks
/// still inside MPI_Init, and their TCP BTL calls a handler that is not registered yet (a
/// SIGSEGV through a null pointer, about 1 job in 200 under load). Slurm 22.05 turned that fence
/// into a node-local one when TreeWidth exceeds the step's node count, so scripts/local-slurm
/// sends every fence round the ring (mpi.conf `PMIxCollFence=ring`).
@Suite(.needsLocalCluster)
struct PMIxFenceTests {
    /// Every rank but `sleeper` enters the fence at once; `sleeper` enters it 2 s later. Each
    /// prints when it entered and left, by the one clock all fake nodes share.
    static let fenceProgram = """
        #include <pmix.h>
        #include <stdio.h>
        #include <stdlib.h>
        #include <string.h>
        #include <time.h>
        #include <unistd.h>

        static double now(void) {
            struct timespec t;
            clock_gettime(CLOCK_REALTIME, &t);
            return t.tv_sec + t.tv_nsec / 1e9;
        }

        int main(int argc, char **argv) {
            pmix_proc_t me;
            if (argc != 3 || PMIx_Init(&me, NULL, 0) != PMIX_SUCCESS) return 2;
            bool collect = strcmp(argv[1], "collect") == 0;
            pmix_info_t info;
            PMIX_INFO_CONSTRUCT(&info);
            PMIX_INFO_LOAD(&info, PMIX_COLLECT_DATA, &collect, PMIX_BOOL);
            if (me.rank == (pmix_rank_t)atoi(argv[2])) sleep(2);
            double entered = now();
            pmix_status_t rc = PMIx_Fence(NULL, 0, collect ? &info : NULL, collect ? 1 : 0);
            double left = now();
            printf("rank %u entered %.6f left %.6f status %d\\n", me.rank, entered, left, rc);
            fflush(stdout);
            PMIx_Finalize(NULL, 0);
            return rc != PMIX_SUCCESS;
        }

        """

    /// One rank's line of the program's output.
    struct FenceTimes {
        var rank: Int
        var entered: Double
        var left: Double
        var status: Int

        /// Parses `rank R entered T left T status S`; nil for any other line.
        init?(_ line: Substring) {
            let words = line.split(separator: " ")
            guard words.count == 8, words[0] == "rank", words[2] == "entered", words[4] == "left",
                words[6] == "status", let rank = Int(words[1]), let entered = Double(words[3]),
                let left = Double(words[5]), let status = Int(words[7])
            else { return nil }
            (self.rank, self.entered, self.left, self.status) = (rank, entered, left, status)
        }
    }

    @Test(
        "no rank leaves a PMIx fence before the last one entered it",
        arguments: [
            // (fence kind, nodes, tasks per node): "barrier" is MPI_Init's last fence.
            ("barrier", 2, 1), ("barrier", 2, 2), ("collect", 2, 1),
        ])
    func fenceWaitsForEveryNode(kind: String, nodes: Int, tasksPerNode: Int) throws {
        let size = nodes * tasksPerNode
        let job = try BatchJob.submit(
            """
            #!/bin/bash
            #SBATCH --nodes=\(nodes)
            #SBATCH --ntasks-per-node=\(tasksPerNode)
            #SBATCH --time=5
            set -e
            gcc -O1 -o fence fence.c $(pkg-config --cflags --libs pmix)
            srun --mpi=pmix ./fence \(kind) \(size - 1)
            """, files: ["fence.c": Self.fenceProgram])
        try #require(job.exitCode == 0, Comment(rawValue: job.report))
        // The compiled program is an output file too; only the job's own output is read.
        let output = job.outputs["slurm-\(job.jobID ?? -1).out"] ?? ""
        let times = output.split(separator: "\n").compactMap(FenceTimes.init)
        try #require(times.map(\.rank).sorted() == Array(0..<size), Comment(rawValue: job.report))
        #expect(times.allSatisfy { $0.status == 0 }, Comment(rawValue: job.report))
        let lastEntered = times.map(\.entered).max()!
        for rank in times {
            #expect(
                rank.left >= lastEntered,
                "rank \(rank.rank) left the fence \(lastEntered - rank.left) s before rank \(size - 1) entered it\n\(job.report)"
            )
        }
    }
}
