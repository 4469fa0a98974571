import Foundation
import Testing

extension MPILaunches {
    /// The timing payloads: their tables' shape, sizes and numbers (values vary, formats do not).
    @Suite struct BenchmarkPayloads {
        @Test("osu-bcast prints OSU's header and one row per doubling size", arguments: [1, 2, 3])
        func osuBroadcast(ranks: Int) throws {
            let result = try MPILauncher.run(
                ranks: ranks, "jobgen-mpi",
                [
                    "osu-bcast", "--min-size", "2", "--max-size", "32768", "--iterations", "20", "--warmup",
                    "2",
                    "--iterations-large", "5", "--warmup-large", "1",
                ])
            try #require(result.exitCode == 0, "\(result.transcript)")
            let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(
                String.init)
            #expect(lines.first == "# OSU MPI Broadcast Latency Test", "\(result.transcript)")
            #expect(
                lines.dropFirst().first == "# Size" + String(repeating: " ", count: 9) + "Avg Latency(us)")
            let rows = lines.dropFirst(2).filter { !$0.isEmpty }
            let sizes = (1...15).map { 1 << $0 }  // 2 B ... 32 KiB
            #expect(rows.count == sizes.count, "\(result.transcript)")
            for (row, size) in zip(rows, sizes) {
                #expect(row.count == 30, "row '\(row)' is not %-10d%20.2f")
                #expect(Int(row.prefix(10).trimmingCharacters(in: .whitespaces)) == size, "row '\(row)'")
                let latency = Double(row.dropFirst(10).trimmingCharacters(in: .whitespaces))
                #expect(latency.map { $0 >= 0 } == true, "row '\(row)'")
            }
        }

        @Test("pingpong prints mpi4py.bench's table", arguments: [1, 2, 3])
        func pingPong(ranks: Int) throws {
            let result = try MPILauncher.run(
                ranks: ranks, "jobgen-mpi", ["pingpong", "-m", "1", "-n", "1024", "-s", "2", "-l", "20"])
            try #require(result.exitCode == 0, "\(result.transcript)")
            let lines = result.standardOutput.split(separator: "\n").map(String.init)
            #expect(lines.first == "# MPI PingPong Test", "\(result.transcript)")
            #expect(
                lines.dropFirst().first
                    == "# Size [B]  Bandwidth [MB/s] | Time Mean [s] \u{b1} StdDev [s]  Samples")
            let rows = Array(lines.dropFirst(2))
            #expect(rows.count == 11, "\(result.transcript)")
            let pattern = /^ *(\d+) +(\d+\.\d\d) \| (\d\.\d{7}e[-+]\d\d) ± (\d\.\d{4}e[-+]\d\d) +(\d+)$/
            for (row, size) in zip(rows, (0...10).map { 1 << $0 }) {
                let match = try #require(row.wholeMatch(of: pattern), "row '\(row)'")
                #expect(Int(match.1) == size && Int(match.5) == 20, "row '\(row)'")
                #expect(
                    row.prefix(10) == String(repeating: " ", count: 10 - String(size).count) + String(size))
            }
        }

        @Test("ringtest prints mpi4py.bench's one-line summary", arguments: [1, 2, 4])
        func ringTest(ranks: Int) throws {
            let result = try MPILauncher.run(
                ranks: ranks, "jobgen-mpi", ["ringtest", "-n", "64", "-l", "5", "-s", "1"])
            try #require(result.exitCode == 0, "\(result.transcript)")
            let pattern = /^time for 5 loops = ([0-9.e+-]+) seconds \((\d+) processes, 64 bytes\)\n$/
            let match = try #require(result.standardOutput.wholeMatch(of: pattern), "\(result.transcript)")
            #expect(Int(match.2) == ranks)
            #expect(Double(match.1).map { $0 > 0 } == true)
        }
    }
}
