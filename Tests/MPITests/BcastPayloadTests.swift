import Testing

extension MPILaunches {
    /// `jobgen-mpi bcast`, the scripts' default payload.
    @Suite struct BcastPayload {
        @Test(
            "the root prints exactly one summary line",
            arguments: [
                (1, 0, 100), (2, 0, 100), (2, 1, 7), (3, 2, 1), (4, 0, 100), (4, 3, 100_000),
            ])
        func verifiedBroadcast(ranks: Int, root: Int, count: Int) throws {
            let result = try MPILauncher.run(
                ranks: ranks, "jobgen-mpi", ["bcast", "--count", String(count), "--root", String(root)])
            #expect(result.exitCode == 0, "\(result.transcript)")
            #expect(
                result.standardOutput
                    == "broadcast OK: \(count) x Int32 from rank \(root) verified on \(ranks) ranks\n",
                "\(result.transcript)")
        }

        @Test("defaults are 100 elements from rank 0")
        func defaults() throws {
            let result = try MPILauncher.run(ranks: 4, "jobgen-mpi", ["bcast"])
            #expect(
                result.standardOutput == "broadcast OK: 100 x Int32 from rank 0 verified on 4 ranks\n",
                "\(result.transcript)")
        }

        @Test(
            "a root outside the job exits 64 naming the root, without hanging",
            arguments: [(1, 1), (2, 7), (4, 4)])
        func badRoot(ranks: Int, root: Int) throws {
            let result = try MPILauncher.run(
                ranks: ranks, "jobgen-mpi", ["bcast", "--root", String(root)], timeout: 60)
            #expect(!result.timedOut, "\(result.transcript)")
            #expect(result.exitCode == 64, "\(result.transcript)")
            #expect(result.standardOutput.isEmpty, "\(result.transcript)")
            let accepted = ranks == 1 ? "0...0" : "0...\(ranks - 1)"
            #expect(
                result.standardError.contains("--root \(root) is not a rank of this job of \(ranks) process")
                    && result.standardError.contains("accepted: \(accepted)"),
                "\(result.transcript)")
        }

        @Test(
            "mismatched data: the failing rank reports its first bad index and the job exits 1",
            arguments: [(2, 1, 0), (3, 2, 17), (4, 0, 99), (4, 3, 50)])
        func mismatchedData(ranks: Int, corruptRank: Int, index: Int) throws {
            let result = try MPILauncher.run(
                ranks: ranks, "jobgen-mpi",
                ["bcast", "--corrupt-rank", String(corruptRank), "--corrupt-index", String(index)])
            #expect(result.exitCode == 1, "\(result.transcript)")
            #expect(!result.standardOutput.contains("broadcast OK"), "\(result.transcript)")
            #expect(
                result.standardError.contains(
                    "rank \(corruptRank): element \(index) is \(~Int32(index)), expected \(index) (first bad index \(index) of 100)"
                ),
                "\(result.transcript)")
            #expect(
                result.standardError.contains("broadcast FAILED: 1 of \(ranks) ranks received wrong data"))
        }

        @Test(
            "bad --count is a usage error (64) before MPI starts",
            arguments: ["0", "-3", "3000000000", "ten"])
        func badCount(count: String) throws {
            let result = try MPILauncher.run(
                ranks: 1, "jobgen-mpi", ["bcast", "--count", count], timeout: 60)
            #expect(result.exitCode == 64, "\(result.transcript)")
            #expect(result.standardError.contains("--count"), "\(result.transcript)")
        }
    }
}
