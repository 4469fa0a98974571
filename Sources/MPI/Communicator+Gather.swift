import CMPI

extension Communicator {
    /// Collects every rank's `values` on `root`, in rank order (`MPI_Gather`); other ranks get
    /// `nil`. Every rank passes the same count `n`; the root receives `n * size` elements.
    public func gather<T: MPIDatatype>(_ values: [T], root: Int) throws(MPIError) -> [T]? {
        let root32 = try checkRank(root, role: "root", "MPI_Gather")
        let count = try checkedCount(values.count, "MPI_Gather")
        let isRoot = rank == root
        let total = isRoot ? values.count * size : 0
        _ = try checkedCount(total, "MPI_Gather")
        let gathered = try [T](unsafeUninitializedCapacity: total) {
            (receive, initialized) throws(MPIError) in
            let code = values.withUnsafeBufferPointer { send in
                MPI_Gather(
                    send.baseAddress, count, T.mpiDatatype.handle,
                    isRoot ? receive.baseAddress : nil, count, T.mpiDatatype.handle, root32, handle)
            }
            try check(code, "MPI_Gather")
            initialized = total
        }
        return isRoot ? gathered : nil
    }

    /// Collects every rank's `values` on every rank, in rank order (`MPI_Allgather`). Every rank
    /// passes the same count `n` and receives `n * size` elements.
    public func allgather<T: MPIDatatype>(_ values: [T]) throws(MPIError) -> [T] {
        let count = try checkedCount(values.count, "MPI_Allgather")
        let total = values.count * size
        _ = try checkedCount(total, "MPI_Allgather")
        return try [T](unsafeUninitializedCapacity: total) { (receive, initialized) throws(MPIError) in
            let code = values.withUnsafeBufferPointer { send in
                MPI_Allgather(
                    send.baseAddress, count, T.mpiDatatype.handle,
                    receive.baseAddress, count, T.mpiDatatype.handle, handle)
            }
            try check(code, "MPI_Allgather")
            initialized = total
        }
    }

    /// Splits the root's `values` into `size` consecutive blocks of `count` elements and sends
    /// block `r` to rank `r` (`MPI_Scatter`). `values` is read on the root only and must hold
    /// `count * size` elements there; the other ranks may pass `[]`.
    ///
    /// The root alone can see a wrong `values.count`; it then throws while the other ranks wait
    /// in `MPI_Scatter`, so treat that error with `MPI.abort(exitCode:)`.
    public func scatter<T: MPIDatatype>(_ values: [T], count: Int, root: Int) throws(MPIError) -> [T] {
        let root32 = try checkRank(root, role: "root", "MPI_Scatter")
        let count32 = try checkedCount(count, "MPI_Scatter")
        let isRoot = rank == root
        if isRoot, values.count != count * size {
            throw .invalidArgument(
                operation: "MPI_Scatter",
                message: "the root holds \(values.count) elements but count \(count) x \(size) ranks "
                    + "needs \(count * size) (accepted: exactly count x size); e.g. count "
                    + "\(values.count / max(size, 1)) for \(values.count / max(size, 1) * size) elements")
        }
        return try [T](unsafeUninitializedCapacity: count) { (receive, initialized) throws(MPIError) in
            let code = values.withUnsafeBufferPointer { send in
                MPI_Scatter(
                    isRoot ? send.baseAddress : nil, count32, T.mpiDatatype.handle,
                    receive.baseAddress, count32, T.mpiDatatype.handle, root32, handle)
            }
            try check(code, "MPI_Scatter")
            initialized = count
        }
    }
}
