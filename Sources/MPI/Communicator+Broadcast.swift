import CMPI

extension Communicator {
    /// Broadcasts `buffer` from `root` to every rank, in place (`MPI_Bcast`).
    ///
    /// Every rank passes an array of the same count; on the root it holds the data, on the
    /// others it is overwritten with the root's.
    ///
    /// ```swift
    /// var data = world.rank == 0 ? Array(0..<100 as Range<Int32>) : [Int32](repeating: 0, count: 100)
    /// try world.broadcast(&data, root: 0)
    /// ```
    @inlinable
    public func broadcast<T: MPIDatatype>(_ buffer: inout [T], root: Int) throws(MPIError) {
        try buffer.withUnsafeMutableBufferPointer { (pointer) throws(MPIError) in
            try broadcast(pointer, root: root)
        }
    }

    /// Broadcasts the memory at `buffer` from `root` in place. The memory may be device
    /// memory when `MPI.isCUDAAware` is true; it is never read by Swift.
    @inlinable
    public func broadcast<T: MPIDatatype>(
        _ buffer: UnsafeMutableBufferPointer<T>, root: Int
    ) throws(MPIError) {
        let root = try checkRank(root, role: "root", "MPI_Bcast")
        let count = try checkedCount(buffer.count, "MPI_Bcast")
        try check(MPI_Bcast(buffer.baseAddress, count, T.mpiDatatype.handle, root, handle), "MPI_Bcast")
    }
}
