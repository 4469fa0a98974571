import Testing

extension MPILaunches {
    /// Lifetime rules and the errors the runtime throws instead of letting MPI abort.
    @Suite struct ErrorPaths {
        @Test("init twice, finalize twice, and init after finalize are refused", arguments: [1, 2, 3, 4])
        func lifetime(ranks: Int) throws {
            let result = try MPILauncher.run(ranks: ranks, "mpi-probe", ["lifetime"])
            try #require(result.exitCode == 0, "\(result.transcript)")
            let output = ProbeOutput(result.standardOutput)
            #expect(output.duplicateKeys.isEmpty, "\(output.duplicateKeys)")
            for rank in 0..<ranks {
                let line = { (key: String) in output[rank, key] ?? "<missing \(key) on rank \(rank)>" }
                #expect(
                    line("world-before-initialize").contains("MPI is not initialized"), "\(result.transcript)"
                )
                #expect(line("second-initialize").contains("already initialized"))
                #expect(line("is-initialized") == "true")
                #expect(line("is-finalized") == "true")
                for key in [
                    "finalize-again", "world-after-finalize", "initialize-after-finalize",
                    "run-after-finalize",
                ] {
                    #expect(line(key).contains("already been finalized"), "\(key): \(line(key))")
                }
                #expect(line("initialize-after-finalize").hasPrefix("MPI_Init_thread:"))
            }
        }

        @Test(
            "bad roots, peers, tags and counts are refused before the call; MPI's own errors carry its text",
            arguments: [1, 2, 3, 4])
        func refusedArguments(ranks: Int) throws {
            let result = try MPILauncher.run(ranks: ranks, "mpi-probe", ["errors"])
            try #require(result.exitCode == 0, "\(result.transcript)")
            let output = ProbeOutput(result.standardOutput)
            let accepted = ranks == 1 ? "only 0" : "0...\(ranks - 1)"
            let rootRefusals = [
                ("bcast.bad-root", "MPI_Bcast", "root \(ranks)"),
                ("bcast.negative-root", "MPI_Bcast", "root -1"),
                ("reduce.bad-root", "MPI_Reduce", "root \(ranks)"),
                ("gather.bad-root", "MPI_Gather", "root \(ranks)"),
                ("scatter.bad-root", "MPI_Scatter", "root \(ranks)"),
                ("object.bad-root", "broadcastObject", "root \(ranks)"),
                ("send.bad-destination", "MPI_Send", "destination \(ranks)"),
            ]
            for rank in 0..<ranks {
                for (key, operation, value) in rootRefusals {
                    let message = output[rank, key] ?? ""
                    #expect(
                        message.hasPrefix("\(operation): \(value) is not a rank"),
                        "\(key): \(message)\n\(result.transcript)")
                    #expect(message.contains("(accepted: \(accepted))"), "\(key): \(message)")
                }
                #expect(output[rank, "send.bad-tag"]?.hasPrefix("MPI_Send: tag -5 is out of range") == true)
                #expect(
                    output[rank, "bcast.count-over-int32"]?.contains("element count 2147483648 does not fit")
                        == true)
                #expect(
                    output[rank, "allreduce.complex-minimum"]?.hasPrefix("MPI_Allreduce failed: MPI_ERR_OP")
                        == true,
                    "\(output[rank, "allreduce.complex-minimum"] ?? "missing")")
            }
            if ranks >= 2 {
                #expect(output[0, "recv.truncated"] == "no error")
                #expect(
                    output[1, "recv.truncated"]?.hasPrefix("MPI_Recv failed: MPI_ERR_TRUNCATE") == true,
                    "\(result.transcript)")
            }
        }
    }
}
