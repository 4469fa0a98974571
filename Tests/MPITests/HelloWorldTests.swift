import Testing

extension MPILaunches {
    /// `jobgen-mpi helloworld` against mpi4py.bench helloworld's output, byte for byte.
    @Suite struct HelloWorldPayload {
        @Test(
            "one greeting per rank in rank order, rank right-aligned to the width of size-1",
            arguments: [1, 2, 3, 4, 11])
        func greetings(ranks: Int) throws {
            let result = try MPILauncher.run(ranks: ranks, "jobgen-mpi", ["helloworld"])
            #expect(result.exitCode == 0, "\(result.transcript)")
            let width = String(ranks - 1).count
            let expected = (0..<ranks).map { rank in
                let padded = String(repeating: " ", count: width - String(rank).count) + String(rank)
                return "Hello, World! I am process \(padded) of \(ranks) on \(localHostName).\n"
            }.joined()
            #expect(result.standardOutput == expected, "\(result.transcript)")
        }

        @Test("--quiet prints nothing")
        func quiet() throws {
            let result = try MPILauncher.run(ranks: 2, "jobgen-mpi", ["helloworld", "--quiet"])
            #expect(result.exitCode == 0, "\(result.transcript)")
            #expect(result.standardOutput.isEmpty, "\(result.transcript)")
        }
    }
}
