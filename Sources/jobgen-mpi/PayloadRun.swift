import ArgumentParser
import Foundation
import MPI

/// Why a payload stopped early; each maps to one exit code.
enum PayloadFailure: Error {
    /// Bad usage seen alike by every rank (e.g. a root outside the job): exit 64.
    case usage(String)
    /// A data check failed on some rank; every rank has agreed on it already: exit 1.
    case checkFailed
}

/// Runs `body` on the world communicator with MPI initialised and finalised around it, and
/// turns failures into a message and an exit code.
///
/// Usage errors are seen by every rank alike, so rank 0 alone reports them and all ranks
/// finalise cleanly. An MPI call failure may leave other ranks waiting in a collective, so it
/// is reported by the failing rank and ends the whole job with `MPI_Abort`.
func runPayload(_ command: String, _ body: (Communicator) throws -> Void) throws {
    let world: Communicator
    do {
        try MPI.initialize()
        world = try MPI.world
    } catch {
        printError("jobgen-mpi \(command): \(error)")
        throw ExitCode(70)
    }
    var exitCode: Int32 = 0
    do {
        try body(world)
    } catch PayloadFailure.usage(let message) {
        if world.rank == 0 { printError("jobgen-mpi \(command): \(message)") }
        exitCode = 64
    } catch PayloadFailure.checkFailed {
        exitCode = 1
    } catch MPIError.invalidArgument(let operation, let message) {
        if world.rank == 0 { printError("jobgen-mpi \(command): \(operation): \(message)") }
        exitCode = 64
    } catch {
        printError("jobgen-mpi \(command): rank \(world.rank): \(error)")
        MPI.abort(exitCode: 70)
    }
    do {
        try MPI.finalize()
    } catch {
        printError("jobgen-mpi \(command): rank \(world.rank): \(error)")
        throw ExitCode(70)
    }
    if exitCode != 0 { throw ExitCode(exitCode) }
}

/// Writes one line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// Writes one line to standard output unbuffered, so lines from a job arrive whole and in order.
func printLine(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
