import Foundation
import MPI

/// The rank printed on every line; before MPI is initialised, the rank mpirun announces.
nonisolated(unsafe) var reportingRank =
    ProcessInfo.processInfo.environment["OMPI_COMM_WORLD_RANK"].flatMap(Int.init) ?? -1

/// Prints one `rank=<r> <key>=<value>` line in a single write, so lines from ranks never mix.
func report(_ key: String, _ value: String) {
    FileHandle.standardOutput.write(Data("rank=\(reportingRank) \(key)=\(value)\n".utf8))
}

/// Prints a list as comma-separated elements, `nil` for a missing result.
func report<T>(_ key: String, _ values: [T]?) {
    report(key, values.map { $0.map { "\($0)" }.joined(separator: ",") } ?? "nil")
}

/// Prints the error a call threw, or `no error` when it did not throw.
func reportError(_ key: String, _ body: () throws -> Void) {
    do {
        try body()
        report(key, "no error")
    } catch {
        report(key, "\(error)")
    }
}

/// Runs `body` inside `MPI.run`, with `reportingRank` set.
func withWorld(_ body: (Communicator) throws -> Void) throws {
    try MPI.run { world in
        reportingRank = world.rank
        try body(world)
    }
}
