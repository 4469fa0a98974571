import CMPI

/// The thread support level requested from, and provided by, `MPI_Init_thread`.
public enum ThreadLevel: Int, Sendable, Comparable, CaseIterable, CustomStringConvertible {
    /// Only one thread exists in the process.
    case single
    /// Only the thread that initialised MPI makes MPI calls.
    case funneled
    /// Any thread may call MPI, but never two at once.
    case serialized
    /// Any thread may call MPI at any time.
    case multiple

    /// Orders levels by the support they give: `single < funneled < serialized < multiple`.
    public static func < (lhs: ThreadLevel, rhs: ThreadLevel) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// The level's MPI name, e.g. `MPI_THREAD_FUNNELED`.
    public var description: String {
        switch self {
        case .single: "MPI_THREAD_SINGLE"
        case .funneled: "MPI_THREAD_FUNNELED"
        case .serialized: "MPI_THREAD_SERIALIZED"
        case .multiple: "MPI_THREAD_MULTIPLE"
        }
    }

    var mpiValue: Int32 {
        switch self {
        case .single: cmpi_thread_single()
        case .funneled: cmpi_thread_funneled()
        case .serialized: cmpi_thread_serialized()
        case .multiple: cmpi_thread_multiple()
        }
    }

    init(mpiValue: Int32) {
        self = ThreadLevel.allCases.first { $0.mpiValue == mpiValue } ?? .single
    }
}
