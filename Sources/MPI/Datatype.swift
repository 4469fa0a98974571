import CMPI

/// An MPI datatype handle, as used by every buffer operation. Obtain one through a type's
/// `MPIDatatype` conformance; it cannot be created from outside this module.
public struct Datatype: @unchecked Sendable, Equatable {
    // A predefined handle: the address of a library global, valid for the whole process.
    @usableFromInline let handle: MPI_Datatype

    @usableFromInline
    init(_ handle: MPI_Datatype) {
        self.handle = handle
    }
}

/// A Swift type whose values are exchanged with MPI as the matching predefined MPI datatype:
/// every fixed-width integer, `Int` and `UInt`, `Float`, `Double`, `Bool` and
/// `MPI.Complex<Float>` / `MPI.Complex<Double>`.
///
/// Conforming types must have exactly the memory layout of their MPI datatype.
public protocol MPIDatatype: BitwiseCopyable {
    /// The predefined MPI datatype with this type's layout.
    static var mpiDatatype: Datatype { get }
}

extension Int8: MPIDatatype {
    /// `MPI_INT8_T`.
    @inlinable public static var mpiDatatype: Datatype { Datatype(cmpi_int8()) }
}
extension Int16: MPIDatatype {
    /// `MPI_INT16_T`.
    @inlinable public static var mpiDatatype: Datatype { Datatype(cmpi_int16()) }
}
extension Int32: MPIDatatype {
    /// `MPI_INT32_T`.
    @inlinable public static var mpiDatatype: Datatype { Datatype(cmpi_int32()) }
}
extension Int64: MPIDatatype {
    /// `MPI_INT64_T`.
    @inlinable public static var mpiDatatype: Datatype { Datatype(cmpi_int64()) }
}
extension Int: MPIDatatype {
    /// `MPI_INT64_T` on 64-bit platforms, `MPI_INT32_T` on 32-bit ones.
    @inlinable public static var mpiDatatype: Datatype {
        MemoryLayout<Int>.size == 8 ? Int64.mpiDatatype : Int32.mpiDatatype
    }
}
extension UInt8: MPIDatatype {
    /// `MPI_UINT8_T`.
    @inlinable public static var mpiDatatype: Datatype { Datatype(cmpi_uint8()) }
}
extension UInt16: MPIDatatype {
    /// `MPI_UINT16_T`.
    @inlinable public static var mpiDatatype: Datatype { Datatype(cmpi_uint16()) }
}
extension UInt32: MPIDatatype {
    /// `MPI_UINT32_T`.
    @inlinable public static var mpiDatatype: Datatype { Datatype(cmpi_uint32()) }
}
extension UInt64: MPIDatatype {
    /// `MPI_UINT64_T`.
    @inlinable public static var mpiDatatype: Datatype { Datatype(cmpi_uint64()) }
}
extension UInt: MPIDatatype {
    /// `MPI_UINT64_T` on 64-bit platforms, `MPI_UINT32_T` on 32-bit ones.
    @inlinable public static var mpiDatatype: Datatype {
        MemoryLayout<UInt>.size == 8 ? UInt64.mpiDatatype : UInt32.mpiDatatype
    }
}
extension Float: MPIDatatype {
    /// `MPI_FLOAT`.
    @inlinable public static var mpiDatatype: Datatype { Datatype(cmpi_float()) }
}
extension Double: MPIDatatype {
    /// `MPI_DOUBLE`.
    @inlinable public static var mpiDatatype: Datatype { Datatype(cmpi_double()) }
}
extension Bool: MPIDatatype {
    /// `MPI_C_BOOL` (one byte, like Swift's `Bool`).
    @inlinable public static var mpiDatatype: Datatype { Datatype(cmpi_bool()) }
}
