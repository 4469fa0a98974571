import Foundation

extension Communicator {
    /// Broadcasts a `Codable` value from `root` to every rank and returns it on all of them,
    /// like mpi4py's lowercase `bcast`: the root encodes the value, broadcasts its length, then
    /// its bytes. Other ranks pass `nil` (their argument is ignored).
    ///
    /// ```swift
    /// let config = try world.broadcastObject(world.rank == 0 ? Settings.load() : nil, root: 0)
    /// ```
    ///
    /// - Throws: `MPIError.invalidArgument` on every rank alike when the root passes `nil` or its
    ///   value cannot be encoded, and on a non-root rank when the bytes do not decode as `T`.
    public func broadcastObject<T: Codable>(_ value: T?, root: Int) throws(MPIError) -> T {
        _ = try checkRank(root, role: "root", "broadcastObject")
        var encoded = [UInt8]()
        var problem = ""
        if rank == root {
            if let value {
                do {
                    encoded = Array(try JSONEncoder().encode(value))
                } catch {
                    problem = "the root's \(T.self) value could not be encoded: \(error)"
                }
            } else {
                problem = "the root (rank \(root)) passed nil; the root must pass the value to send"
            }
        }
        // A negative length tells every rank the root has nothing to send, so all throw together.
        var length = [Int64(problem.isEmpty ? encoded.count : -1)]
        try broadcast(&length, root: root)
        guard length[0] >= 0 else {
            throw .invalidArgument(
                operation: "broadcastObject",
                message: rank == root ? problem : "the root (rank \(root)) had no \(T.self) value to send")
        }
        if rank != root { encoded = [UInt8](repeating: 0, count: Int(length[0])) }
        try broadcast(&encoded, root: root)
        if rank == root, let value { return value }
        do {
            return try JSONDecoder().decode(T.self, from: Data(encoded))
        } catch {
            throw .invalidArgument(
                operation: "broadcastObject",
                message: "the \(encoded.count) bytes from the root do not decode as \(T.self): \(error)")
        }
    }
}
