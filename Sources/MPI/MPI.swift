import CMPI
import Foundation

/// The MPI runtime of this process: initialisation, finalisation and process-wide queries.
///
/// MPI can be initialised once per process and finalised once; after `finalize()` it cannot
/// be used or initialised again. The simplest use is the scoped entry point:
///
/// ```swift
/// try MPI.run { world in
///     print("rank \(world.rank) of \(world.size)")
/// }
/// ```
public enum MPI {
    private enum Phase {
        case uninitialized
        case initialized(Communicator)
        case finalized
    }

    /// Guards `phase`; MPI's own lifetime calls are not thread-safe before initialisation.
    private final class Lifetime: @unchecked Sendable {
        let lock = NSLock()
        var phase = Phase.uninitialized
    }
    private static let lifetime = Lifetime()

    /// Initialises MPI with the requested thread support, puts `MPI_ERRORS_RETURN` on the world
    /// communicator (so failures are thrown, not fatal) and returns the level actually provided.
    ///
    /// - Throws: `MPIError.alreadyInitialized`, `MPIError.alreadyFinalized` (MPI cannot be
    ///   restarted), or `MPIError.callFailed` if `MPI_Init_thread` fails.
    @discardableResult
    public static func initialize(threadLevel: ThreadLevel = .single) throws(MPIError) -> ThreadLevel {
        lifetime.lock.lock()
        defer { lifetime.lock.unlock() }
        switch lifetime.phase {
        case .initialized: throw .alreadyInitialized
        case .finalized: throw .alreadyFinalized(operation: "MPI_Init_thread")
        case .uninitialized: break
        }
        var finalized: Int32 = 0
        MPI_Finalized(&finalized)
        if finalized != 0 { throw .alreadyFinalized(operation: "MPI_Init_thread") }

        var provided: Int32 = 0
        try check(MPI_Init_thread(nil, nil, threadLevel.mpiValue, &provided), "MPI_Init_thread")
        try check(MPI_Comm_set_errhandler(cmpi_comm_world(), cmpi_errors_return()), "MPI_Comm_set_errhandler")
        let world = try Communicator(handle: cmpi_comm_world())
        lifetime.phase = .initialized(world)
        return ThreadLevel(mpiValue: provided)
    }

    /// Finalises MPI. Call it exactly once, after all MPI work, on every rank.
    ///
    /// - Throws: `MPIError.notInitialized`, `MPIError.alreadyFinalized`, or `.callFailed`.
    public static func finalize() throws(MPIError) {
        lifetime.lock.lock()
        defer { lifetime.lock.unlock() }
        switch lifetime.phase {
        case .uninitialized: throw .notInitialized(operation: "MPI_Finalize")
        case .finalized: throw .alreadyFinalized(operation: "MPI_Finalize")
        case .initialized: break
        }
        lifetime.phase = .finalized
        try check(MPI_Finalize(), "MPI_Finalize")
    }

    /// Initialises MPI, runs `body` with the world communicator, and finalises MPI on the way
    /// out, whether `body` returns or throws. Errors from `body` are rethrown after finalising.
    ///
    /// Every rank must reach the end of `body` (finalisation is collective); when one rank
    /// fails alone while others wait in a collective, call `MPI.abort(exitCode:)` instead.
    public static func run<Result>(
        threadLevel: ThreadLevel = .single,
        _ body: (Communicator) throws -> Result
    ) throws -> Result {
        try initialize(threadLevel: threadLevel)
        let world = try self.world
        let result: Result
        do {
            result = try body(world)
        } catch {
            try? finalize()
            throw error
        }
        try finalize()
        return result
    }

    /// The communicator of all processes started together (`MPI_COMM_WORLD`).
    ///
    /// - Throws: `MPIError.notInitialized` or `.alreadyFinalized`.
    public static var world: Communicator {
        get throws(MPIError) {
            lifetime.lock.lock()
            defer { lifetime.lock.unlock() }
            switch lifetime.phase {
            case .uninitialized: throw .notInitialized(operation: "MPI_COMM_WORLD")
            case .finalized: throw .alreadyFinalized(operation: "MPI_COMM_WORLD")
            case .initialized(let world): return world
            }
        }
    }

    /// Whether `initialize` has succeeded and `finalize` has not yet been called.
    public static var isInitialized: Bool {
        lifetime.lock.lock()
        defer { lifetime.lock.unlock() }
        if case .initialized = lifetime.phase { return true }
        return false
    }

    /// Whether `finalize` has been called in this process.
    public static var isFinalized: Bool {
        lifetime.lock.lock()
        defer { lifetime.lock.unlock() }
        if case .finalized = lifetime.phase { return true }
        return false
    }

    /// Ends every process of the job with `exitCode` (`MPI_Abort` on the world communicator).
    /// Use it when one rank fails while others may be waiting for it in a collective.
    public static func abort(exitCode: Int32) -> Never {
        MPI_Abort(cmpi_comm_world(), exitCode)
        exit(exitCode)
    }

    /// Seconds since an arbitrary time in the past (`MPI_Wtime`); use differences only.
    @inlinable
    public static func wallTime() -> Double {
        MPI_Wtime()
    }

    /// The resolution of `wallTime()` in seconds (`MPI_Wtick`).
    public static var wallTimeResolution: Double {
        MPI_Wtick()
    }

    /// Whether the MPI library reports CUDA-aware support at run time, so that device
    /// (GPU) memory may be passed straight to communication calls.
    public static var isCUDAAware: Bool {
        cmpi_cuda_aware() != 0
    }

    /// The name of the processor (host) this process runs on (`MPI_Get_processor_name`).
    public static func processorName() throws(MPIError) -> String {
        var buffer = [CChar](repeating: 0, count: Int(cmpi_max_processor_name()) + 1)
        var length: Int32 = 0
        try check(MPI_Get_processor_name(&buffer, &length), "MPI_Get_processor_name")
        return String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
