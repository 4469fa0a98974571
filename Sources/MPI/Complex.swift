import CMPI

/// A floating-point type that can be the component of an `MPI.Complex` value.
public protocol ComplexComponent: BinaryFloatingPoint, BitwiseCopyable, Sendable {
    /// The predefined MPI complex datatype whose components are of this type.
    static var complexDatatype: Datatype { get }
}

extension Float: ComplexComponent {
    /// `MPI_C_FLOAT_COMPLEX`.
    public static var complexDatatype: Datatype { Datatype(cmpi_complex_float()) }
}

extension Double: ComplexComponent {
    /// `MPI_C_DOUBLE_COMPLEX`.
    public static var complexDatatype: Datatype { Datatype(cmpi_complex_double()) }
}

extension MPI {
    /// A complex number laid out like C's `float _Complex` / `double _Complex` (real part, then
    /// imaginary part), exchanged as `MPI_C_FLOAT_COMPLEX` or `MPI_C_DOUBLE_COMPLEX`.
    @frozen
    public struct Complex<Real: ComplexComponent>: Equatable, Sendable, MPIDatatype,
        CustomStringConvertible
    {
        /// The real part.
        public var real: Real
        /// The imaginary part.
        public var imaginary: Real

        /// Creates `real + imaginary·i`.
        public init(_ real: Real, _ imaginary: Real = 0) {
            self.real = real
            self.imaginary = imaginary
        }

        /// The matching MPI complex datatype.
        public static var mpiDatatype: Datatype { Real.complexDatatype }

        /// `a+bi` form, e.g. `1.0+2.0i`.
        public var description: String {
            imaginary < 0 ? "\(real)\(imaginary)i" : "\(real)+\(imaginary)i"
        }
    }
}
