/// An error from the MPI runtime: either a call that MPI itself reported as failed, or an
/// argument refused before it reached MPI (where MPI would abort the whole job instead of
/// returning an error).
public enum MPIError: Error, Equatable, Sendable, CustomStringConvertible {
    /// MPI returned a non-success code from `operation`; `message` is `MPI_Error_string`'s text.
    case callFailed(operation: String, code: Int, message: String)
    /// An argument to `operation` was refused before calling MPI; `message` says which, the
    /// bad value, what is accepted and an example.
    case invalidArgument(operation: String, message: String)
    /// `MPI.initialize` was called while MPI is already initialised.
    case alreadyInitialized
    /// An MPI operation was used before `MPI.initialize`.
    case notInitialized(operation: String)
    /// MPI was used, or initialised again, after `MPI.finalize`; MPI cannot be restarted.
    case alreadyFinalized(operation: String)

    /// A one-line message a person can act on.
    public var description: String {
        switch self {
        case .callFailed(let operation, let code, let message):
            return "\(operation) failed: \(message) (MPI error code \(code))"
        case .invalidArgument(let operation, let message):
            return "\(operation): \(message)"
        case .alreadyInitialized:
            return "MPI_Init_thread: MPI is already initialized; initialize once per process, "
                + "or use MPI.run { world in ... } which does it for you"
        case .notInitialized(let operation):
            return "\(operation): MPI is not initialized; call MPI.initialize() first, "
                + "or wrap the work in MPI.run { world in ... }"
        case .alreadyFinalized(let operation):
            return "\(operation): MPI has already been finalized in this process and cannot "
                + "be initialized or used again; do all MPI work before MPI.finalize()"
        }
    }
}
