import CMPI

extension Communicator {
    /// Combines `values` element-wise across all ranks with `operation` and returns the result
    /// on `root` (`MPI_Reduce`); other ranks get `nil`. Every rank passes the same count.
    ///
    /// ```swift
    /// let total = try world.reduce([Int32(world.rank)], .sum, root: 0)  // [0+1+...] on rank 0
    /// ```
    public func reduce<T: MPIDatatype>(
        _ values: [T], _ operation: ReductionOperation, root: Int
    ) throws(MPIError) -> [T]? {
        let root32 = try checkRank(root, role: "root", "MPI_Reduce")
        let count = try checkedCount(values.count, "MPI_Reduce")
        let isRoot = rank == root
        let received = isRoot ? values.count : 0
        let reduced = try [T](unsafeUninitializedCapacity: received) {
            (receive, initialized) throws(MPIError) in
            let code = values.withUnsafeBufferPointer { send in
                MPI_Reduce(
                    send.baseAddress, isRoot ? receive.baseAddress : nil, count, T.mpiDatatype.handle,
                    operation.handle, root32, handle)
            }
            try check(code, "MPI_Reduce")
            initialized = received
        }
        return isRoot ? reduced : nil
    }

    /// Combines `values` element-wise across all ranks with `operation`; every rank gets the
    /// result (`MPI_Allreduce`).
    public func allreduce<T: MPIDatatype>(
        _ values: [T], _ operation: ReductionOperation
    ) throws(MPIError) -> [T] {
        var result = values
        try allreduce(inPlace: &result, operation)
        return result
    }

    /// Combines `buffer` element-wise across all ranks with `operation`, replacing it with the
    /// result on every rank (`MPI_Allreduce` with `MPI_IN_PLACE`).
    public func allreduce<T: MPIDatatype>(
        inPlace buffer: inout [T], _ operation: ReductionOperation
    ) throws(MPIError) {
        try buffer.withUnsafeMutableBufferPointer { (pointer) throws(MPIError) in
            try allreduce(inPlace: pointer, operation)
        }
    }

    /// Combines the memory at `buffer` element-wise across all ranks in place. The memory may
    /// be device memory when `MPI.isCUDAAware` is true; it is never read by Swift.
    public func allreduce<T: MPIDatatype>(
        inPlace buffer: UnsafeMutableBufferPointer<T>, _ operation: ReductionOperation
    ) throws(MPIError) {
        let count = try checkedCount(buffer.count, "MPI_Allreduce")
        try check(
            MPI_Allreduce(
                cmpi_in_place(), buffer.baseAddress, count, T.mpiDatatype.handle,
                operation.handle, handle),
            "MPI_Allreduce")
    }
}
