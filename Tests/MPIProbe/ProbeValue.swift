import MPI

/// Builds the k-th probe value of a type, so every datatype can carry a known sequence.
protocol ProbeValue: MPIDatatype {
    static func probe(_ k: Int) -> Self
}

extension Int8: ProbeValue { static func probe(_ k: Int) -> Int8 { Int8(k) } }
extension Int16: ProbeValue { static func probe(_ k: Int) -> Int16 { Int16(k) } }
extension Int32: ProbeValue { static func probe(_ k: Int) -> Int32 { Int32(k) } }
extension Int64: ProbeValue { static func probe(_ k: Int) -> Int64 { Int64(k) } }
extension Int: ProbeValue { static func probe(_ k: Int) -> Int { k } }
extension UInt8: ProbeValue { static func probe(_ k: Int) -> UInt8 { UInt8(k) } }
extension UInt16: ProbeValue { static func probe(_ k: Int) -> UInt16 { UInt16(k) } }
extension UInt32: ProbeValue { static func probe(_ k: Int) -> UInt32 { UInt32(k) } }
extension UInt64: ProbeValue { static func probe(_ k: Int) -> UInt64 { UInt64(k) } }
extension UInt: ProbeValue { static func probe(_ k: Int) -> UInt { UInt(k) } }
extension Float: ProbeValue { static func probe(_ k: Int) -> Float { Float(k) + 0.5 } }
extension Double: ProbeValue { static func probe(_ k: Int) -> Double { Double(k) + 0.25 } }
extension Bool: ProbeValue { static func probe(_ k: Int) -> Bool { k % 3 == 1 } }
extension MPI.Complex: ProbeValue {
    static func probe(_ k: Int) -> MPI.Complex<Real> { MPI.Complex(Real(k), -Real(k) - 1) }
}

/// Every datatype the runtime maps, with the name the probe prints for it.
var probeTypes: [(name: String, type: any ProbeValue.Type)] {
    [
        ("Int8", Int8.self), ("Int16", Int16.self), ("Int32", Int32.self), ("Int64", Int64.self),
        ("Int", Int.self), ("UInt8", UInt8.self), ("UInt16", UInt16.self), ("UInt32", UInt32.self),
        ("UInt64", UInt64.self), ("UInt", UInt.self), ("Float", Float.self), ("Double", Double.self),
        ("Bool", Bool.self), ("ComplexFloat", MPI.Complex<Float>.self),
        ("ComplexDouble", MPI.Complex<Double>.self),
    ]
}
