import CMPI

/// A group of MPI processes that communicate: rank and size, and the collective and
/// point-to-point operations. Obtain the world communicator from `MPI.run` or `MPI.world`.
///
/// All operations check their arguments before calling MPI (roots and peers inside
/// `0..<size`, counts that fit MPI's 32-bit counts, tags within the library's bound) and
/// throw `MPIError` instead of letting MPI abort the job.
public struct Communicator: @unchecked Sendable {
    // An MPI communicator handle; valid until MPI_Finalize.
    @usableFromInline let handle: MPI_Comm

    /// This process's rank in the communicator, in `0..<size`.
    public let rank: Int
    /// The number of processes in the communicator.
    public let size: Int
    /// The largest tag this MPI library accepts (`MPI_TAG_UB`, at least 32767).
    public let tagUpperBound: Int

    init(handle: MPI_Comm) throws(MPIError) {
        self.handle = handle
        var rank: Int32 = 0
        var size: Int32 = 0
        try check(MPI_Comm_rank(handle, &rank), "MPI_Comm_rank")
        try check(MPI_Comm_size(handle, &size), "MPI_Comm_size")
        self.rank = Int(rank)
        self.size = Int(size)
        var attribute: UnsafeMutableRawPointer?
        var found: Int32 = 0
        try check(MPI_Comm_get_attr(handle, cmpi_tag_ub_key(), &attribute, &found), "MPI_Comm_get_attr")
        if found != 0, let attribute {
            tagUpperBound = Int(attribute.load(as: Int32.self))
        } else {
            tagUpperBound = 32767
        }
    }

    /// The name of the host this process runs on (`MPI_Get_processor_name`).
    public var processorName: String {
        get throws(MPIError) { try MPI.processorName() }
    }

    /// Blocks until every process of the communicator has called `barrier()`.
    @inlinable
    public func barrier() throws(MPIError) {
        try check(MPI_Barrier(handle), "MPI_Barrier")
    }

    /// Refuses a root or peer rank outside `0..<size`; every rank sees the same size, so a
    /// bad root is refused on all ranks alike and no rank is left waiting.
    @inlinable @inline(__always)
    func checkRank(_ value: Int, role: StaticString, _ operation: StaticString) throws(MPIError) -> Int32 {
        guard value >= 0 && value < size else { throw rankFailure(value, role: role, operation) }
        return Int32(truncatingIfNeeded: value)
    }

    @usableFromInline
    func rankFailure(_ value: Int, role: StaticString, _ operation: StaticString) -> MPIError {
        let accepted = size == 1 ? "only 0" : "0...\(size - 1)"
        return .invalidArgument(
            operation: "\(operation)",
            message: "\(role) \(value) is not a rank of this communicator of \(size) "
                + "process\(size == 1 ? "" : "es") (accepted: \(accepted)); e.g. \(role) 0")
    }

    func checkTag(_ tag: Int, _ operation: StaticString) throws(MPIError) -> Int32 {
        guard (0...tagUpperBound).contains(tag) else {
            throw .invalidArgument(
                operation: "\(operation)",
                message: "tag \(tag) is out of range (accepted: 0...\(tagUpperBound)); e.g. tag 0")
        }
        return Int32(tag)
    }
}
