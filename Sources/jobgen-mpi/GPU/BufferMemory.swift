import MPI

/// Where a payload's communication buffers live. The payload keeps its data in Swift arrays
/// to fill and check; an implementation moves it to its memory, communicates, and brings the
/// result back.
protocol BufferMemory {
    /// Broadcasts `data` from `root` in place.
    func broadcast<T: MPIDatatype>(_ data: inout [T], root: Int, in world: Communicator) throws
    /// Reduces `data` over all ranks in place.
    func allreduce<T: MPIDatatype>(_ data: inout [T], _ operation: ReductionOperation, in world: Communicator)
        throws
    /// Sends `data` to `destination`.
    func send<T: MPIDatatype>(_ data: [T], to destination: Int, tag: Int, in world: Communicator) throws
    /// Receives exactly `data.count` elements from `source` into `data`.
    func receive<T: MPIDatatype>(_ data: inout [T], from source: Int, tag: Int, in world: Communicator) throws
}

/// Buffers in ordinary host memory: the Swift arrays themselves.
struct HostMemory: BufferMemory {
    func broadcast<T: MPIDatatype>(_ data: inout [T], root: Int, in world: Communicator) throws {
        try world.broadcast(&data, root: root)
    }

    func allreduce<T: MPIDatatype>(_ data: inout [T], _ operation: ReductionOperation, in world: Communicator)
        throws
    {
        try world.allreduce(inPlace: &data, operation)
    }

    func send<T: MPIDatatype>(_ data: [T], to destination: Int, tag: Int, in world: Communicator) throws {
        try world.send(data, to: destination, tag: tag)
    }

    func receive<T: MPIDatatype>(_ data: inout [T], from source: Int, tag: Int, in world: Communicator) throws
    {
        try data.withUnsafeMutableBufferPointer { buffer in
            _ = try world.receive(into: buffer, from: source, tag: tag)
        }
    }
}
