import CMPI

/// A predefined reduction applied element-wise by `reduce` and `allreduce`.
public enum ReductionOperation: Sendable, CaseIterable, CustomStringConvertible {
    /// `MPI_SUM`.
    case sum
    /// `MPI_PROD`.
    case product
    /// `MPI_MIN` (not defined for complex types).
    case minimum
    /// `MPI_MAX` (not defined for complex types).
    case maximum
    /// `MPI_LAND`: logical and (integers and `Bool`).
    case logicalAnd
    /// `MPI_LOR`: logical or (integers and `Bool`).
    case logicalOr

    /// The operation's MPI name, e.g. `MPI_SUM`.
    public var description: String {
        switch self {
        case .sum: "MPI_SUM"
        case .product: "MPI_PROD"
        case .minimum: "MPI_MIN"
        case .maximum: "MPI_MAX"
        case .logicalAnd: "MPI_LAND"
        case .logicalOr: "MPI_LOR"
        }
    }

    var handle: MPI_Op {
        switch self {
        case .sum: cmpi_op_sum()
        case .product: cmpi_op_prod()
        case .minimum: cmpi_op_min()
        case .maximum: cmpi_op_max()
        case .logicalAnd: cmpi_op_land()
        case .logicalOr: cmpi_op_lor()
        }
    }
}
