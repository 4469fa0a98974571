import MPI
import Testing

extension MPILaunches {
    /// The runtime's collectives, each run by mpi-probe under mpirun and compared with values
    /// computed here from the same per-rank inputs.
    @Suite struct Collectives {
        /// How the probe prints the k-th probe value of each datatype.
        static let probeFormats: [(type: String, format: @Sendable (Int) -> String)] = [
            ("Int8", { "\(Int8($0))" }), ("Int16", { "\(Int16($0))" }), ("Int32", { "\(Int32($0))" }),
            ("Int64", { "\(Int64($0))" }), ("Int", { "\($0)" }), ("UInt8", { "\(UInt8($0))" }),
            ("UInt16", { "\(UInt16($0))" }), ("UInt32", { "\(UInt32($0))" }), ("UInt64", { "\(UInt64($0))" }),
            ("UInt", { "\(UInt($0))" }), ("Float", { "\(Float($0) + 0.5)" }),
            ("Double", { "\(Double($0) + 0.25)" }),
            ("Bool", { "\($0 % 3 == 1)" }),
            ("ComplexFloat", { "\(MPI.Complex<Float>(Float($0), -Float($0) - 1))" }),
            ("ComplexDouble", { "\(MPI.Complex<Double>(Double($0), -Double($0) - 1))" }),
        ]

        @Test("broadcast carries every datatype from the root to all ranks", arguments: ranksAndRoots)
        func broadcastEveryDatatype(ranks: Int, root: Int) throws {
            let result = try MPILauncher.run(ranks: ranks, "mpi-probe", ["bcast-types", String(root)])
            try #require(result.exitCode == 0, "\(result.transcript)")
            let output = ProbeOutput(result.standardOutput)
            for rank in 0..<ranks {
                for (type, format) in Self.probeFormats {
                    let expected = (0..<5).map { format($0 + 10 * root + 1) }.joined(separator: ",")
                    #expect(
                        output[rank, "bcast.\(type)"] == expected,
                        "rank \(rank) \(type)\n\(result.transcript)")
                }
            }
        }

        @Test("reduce and allreduce with sum, product, minimum, maximum, and, or", arguments: ranksAndRoots)
        func reductions(ranks: Int, root: Int) throws {
            let result = try MPILauncher.run(ranks: ranks, "mpi-probe", ["reduce", String(root)])
            try #require(result.exitCode == 0, "\(result.transcript)")
            let output = ProbeOutput(result.standardOutput)
            let integers = (0..<ranks).map { r in [r + 1, 2 * r - 3, 7 - r, r * r] }
            let flags = (0..<ranks).map { r in [r % 2 == 0, r != 1, false, true] }
            func columns<T>(_ rows: [[T]], _ combine: ([T]) -> T) -> [T] {
                (0..<rows[0].count).map { column in combine(rows.map { $0[column] }) }
            }
            let expected: [String: String] = [
                "MPI_SUM": listed(columns(integers) { $0.reduce(0, +) }),
                "MPI_PROD": listed(columns(integers) { $0.reduce(1, *) }),
                "MPI_MIN": listed(columns(integers) { $0.min()! }),
                "MPI_MAX": listed(columns(integers) { $0.max()! }),
                "MPI_LAND": listed(columns(flags) { $0.allSatisfy { $0 } }),
                "MPI_LOR": listed(columns(flags) { $0.contains(true) }),
            ]
            for rank in 0..<ranks {
                for (operation, value) in expected {
                    #expect(
                        output[rank, "allreduce.\(operation)"] == value,
                        "rank \(rank) \(operation)\n\(result.transcript)")
                    #expect(
                        output[rank, "reduce.\(operation)"] == (rank == root ? value : "nil"),
                        "rank \(rank) \(operation)")
                }
                let doubleSum = (0..<ranks).map { Double($0) * 0.5 + 0.25 }.reduce(0, +)
                #expect(output[rank, "allreduce.double.sum"] == "\(doubleSum)")
                let complexSum = MPI.Complex<Double>(
                    Double(ranks * (ranks - 1) / 2), -Double(ranks * (ranks - 1)))
                #expect(output[rank, "allreduce.complex.sum"] == "\(complexSum)")
            }
        }

        @Test("gather collects on the root in rank order; allgather on every rank", arguments: ranksAndRoots)
        func gathers(ranks: Int, root: Int) throws {
            let result = try MPILauncher.run(ranks: ranks, "mpi-probe", ["gather", String(root)])
            try #require(result.exitCode == 0, "\(result.transcript)")
            let output = ProbeOutput(result.standardOutput)
            let all = listed((0..<ranks).flatMap { [$0 * 10, $0 * 10 + 1] })
            for rank in 0..<ranks {
                #expect(
                    output[rank, "gather"] == (rank == root ? all : "nil"),
                    "rank \(rank)\n\(result.transcript)")
                #expect(output[rank, "allgather"] == all, "rank \(rank)")
            }
        }

        @Test("scatter hands block r of the root's data to rank r", arguments: ranksAndRoots)
        func scatters(ranks: Int, root: Int) throws {
            let result = try MPILauncher.run(ranks: ranks, "mpi-probe", ["scatter", String(root)])
            try #require(result.exitCode == 0, "\(result.transcript)")
            let output = ProbeOutput(result.standardOutput)
            for rank in 0..<ranks {
                #expect(
                    output[rank, "scatter"] == listed([6 * rank, 6 * rank + 3]),
                    "rank \(rank)\n\(result.transcript)")
            }
        }

        @Test("sendrecv around a ring and tagged send/recv with wildcard status", arguments: [1, 2, 3, 4])
        func pointToPoint(ranks: Int) throws {
            let result = try MPILauncher.run(ranks: ranks, "mpi-probe", ["point-to-point"])
            try #require(result.exitCode == 0, "\(result.transcript)")
            let output = ProbeOutput(result.standardOutput)
            for rank in 0..<ranks {
                let previous = (rank - 1 + ranks) % ranks
                #expect(
                    output[rank, "sendrecv"] == listed([previous, previous * previous]),
                    "rank \(rank)\n\(result.transcript)")
                #expect(
                    output[rank, "sendrecv.status"] == listed([previous, 100 + previous, 2]), "rank \(rank)")
                if rank > 0 {
                    #expect(
                        output[rank, "recv"] == listed((0..<rank).map { Double($0) * 1.5 }), "rank \(rank)")
                    #expect(output[rank, "recv.status"] == listed([0, 40 + rank, rank]), "rank \(rank)")
                }
            }
        }

        @Test("a Codable value broadcast from the root arrives whole", arguments: ranksAndRoots)
        func objectBroadcast(ranks: Int, root: Int) throws {
            let result = try MPILauncher.run(ranks: ranks, "mpi-probe", ["object", String(root)])
            try #require(result.exitCode == 0, "\(result.transcript)")
            let output = ProbeOutput(result.standardOutput)
            for rank in 0..<ranks {
                #expect(
                    output[rank, "object.name"] == "from rank \(root) ✓", "rank \(rank)\n\(result.transcript)"
                )
                #expect(output[rank, "object.sizes"] == listed([root, 2, 3]))
                #expect(output[rank, "object.limits.walltime"] == "1.5")
                let nilError = try #require(output[rank, "object.nil-root"])
                #expect(nilError.hasPrefix("broadcastObject: the root (rank \(root))"), "\(nilError)")
            }
        }

        @Test("rank, size, processor name, thread level, wall time and barrier", arguments: [1, 2, 3, 4])
        func environment(ranks: Int) throws {
            let result = try MPILauncher.run(ranks: ranks, "mpi-probe", ["environment"])
            try #require(result.exitCode == 0, "\(result.transcript)")
            let output = ProbeOutput(result.standardOutput)
            #expect(output.values.keys.sorted() == Array(0..<ranks), "\(result.transcript)")
            for rank in 0..<ranks {
                #expect(output[rank, "size"] == String(ranks))
                #expect(output[rank, "processor-name"] == localHostName)
                #expect(output[rank, "thread-level"] == "at least funneled")
                #expect(output[rank, "wtime-50ms"] == "elapsed")
                #expect(output[rank, "barrier"] == "passed")
            }
        }
    }
}
