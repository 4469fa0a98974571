import CMPI

/// What a receive matched: the sender, the tag and the number of elements received.
public struct Status: Equatable, Sendable {
    /// The rank that sent the message.
    public let source: Int
    /// The message's tag.
    public let tag: Int
    /// The number of elements received.
    public let count: Int
}

extension Communicator {
    /// Sends `values` to rank `destination` with `tag` (blocking `MPI_Send`).
    public func send<T: MPIDatatype>(_ values: [T], to destination: Int, tag: Int = 0) throws(MPIError) {
        try values.withUnsafeBufferPointer { (pointer) throws(MPIError) in
            try send(pointer, to: destination, tag: tag)
        }
    }

    /// Sends the memory at `buffer` (host memory, or device memory when `MPI.isCUDAAware`).
    public func send<T: MPIDatatype>(
        _ buffer: UnsafeBufferPointer<T>, to destination: Int, tag: Int = 0
    ) throws(MPIError) {
        let destination = try checkRank(destination, role: "destination", "MPI_Send")
        let tag = try checkTag(tag, "MPI_Send")
        let count = try checkedCount(buffer.count, "MPI_Send")
        try check(
            MPI_Send(buffer.baseAddress, count, T.mpiDatatype.handle, destination, tag, handle), "MPI_Send")
    }

    /// Receives a message of at most `count` elements (blocking `MPI_Recv`) from `source`
    /// (`nil`: any source) with `tag` (`nil`: any tag). Returns the elements actually received
    /// and the status; a longer message throws `MPIError.callFailed` (truncation).
    public func receive<T: MPIDatatype>(
        _ type: T.Type = T.self, count: Int, from source: Int? = nil, tag: Int? = nil
    ) throws(MPIError) -> (values: [T], status: Status) {
        var status = Status(source: 0, tag: 0, count: 0)
        let values = try [T](unsafeUninitializedCapacity: count) { (buffer, initialized) throws(MPIError) in
            status = try receive(into: buffer, from: source, tag: tag)
            initialized = status.count
        }
        return (values, status)
    }

    /// Receives into the memory at `buffer` (host memory, or device memory when
    /// `MPI.isCUDAAware`) from `source` (`nil`: any) with `tag` (`nil`: any).
    public func receive<T: MPIDatatype>(
        into buffer: UnsafeMutableBufferPointer<T>, from source: Int? = nil, tag: Int? = nil
    ) throws(MPIError) -> Status {
        let source32 = try source.map { (value) throws(MPIError) in
            try checkRank(value, role: "source", "MPI_Recv")
        }
        let tag32 = try tag.map { (value) throws(MPIError) in try checkTag(value, "MPI_Recv") }
        let count = try checkedCount(buffer.count, "MPI_Recv")
        var raw = MPI_Status()
        try check(
            MPI_Recv(
                buffer.baseAddress, count, T.mpiDatatype.handle, source32 ?? cmpi_any_source(),
                tag32 ?? cmpi_any_tag(), handle, &raw),
            "MPI_Recv")
        return try Status(raw, T.self)
    }

    /// Sends `values` to `destination` and receives up to `receiveCount` elements from `source`
    /// in one call that cannot deadlock against its partner (`MPI_Sendrecv`).
    public func sendReceive<T: MPIDatatype>(
        _ values: [T], to destination: Int, sendTag: Int = 0,
        receiveCount: Int, from source: Int? = nil, receiveTag: Int? = nil
    ) throws(MPIError) -> (values: [T], status: Status) {
        let destination32 = try checkRank(destination, role: "destination", "MPI_Sendrecv")
        let sendTag32 = try checkTag(sendTag, "MPI_Sendrecv")
        let source32 = try source.map { (value) throws(MPIError) in
            try checkRank(value, role: "source", "MPI_Sendrecv")
        }
        let receiveTag32 = try receiveTag.map { (value) throws(MPIError) in
            try checkTag(value, "MPI_Sendrecv")
        }
        let sendCount = try checkedCount(values.count, "MPI_Sendrecv")
        let receiveCount32 = try checkedCount(receiveCount, "MPI_Sendrecv")
        var status = Status(source: 0, tag: 0, count: 0)
        let received = try [T](unsafeUninitializedCapacity: receiveCount) {
            (receive, initialized) throws(MPIError) in
            var raw = MPI_Status()
            let code = values.withUnsafeBufferPointer { send in
                MPI_Sendrecv(
                    send.baseAddress, sendCount, T.mpiDatatype.handle, destination32, sendTag32,
                    receive.baseAddress, receiveCount32, T.mpiDatatype.handle,
                    source32 ?? cmpi_any_source(), receiveTag32 ?? cmpi_any_tag(), handle, &raw)
            }
            try check(code, "MPI_Sendrecv")
            status = try Status(raw, T.self)
            initialized = status.count
        }
        return (received, status)
    }
}

extension Status {
    init<T: MPIDatatype>(_ raw: MPI_Status, _: T.Type) throws(MPIError) {
        var raw = raw
        var count: Int32 = 0
        try check(MPI_Get_count(&raw, T.mpiDatatype.handle, &count), "MPI_Get_count")
        self.init(source: Int(raw.MPI_SOURCE), tag: Int(raw.MPI_TAG), count: Int(count))
    }
}
