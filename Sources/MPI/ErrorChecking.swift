import CMPI

// The checks below sit on every call's hot path, so they are inlinable with the failure
// (message building) kept out of line.

/// Turns an MPI return code into a thrown `MPIError.callFailed` carrying `MPI_Error_string`.
@inlinable @inline(__always)
func check(_ code: Int32, _ operation: StaticString) throws(MPIError) {
    if code != MPI_SUCCESS { throw callFailure(code, operation) }
}

@usableFromInline
func callFailure(_ code: Int32, _ operation: StaticString) -> MPIError {
    .callFailed(operation: "\(operation)", code: Int(code), message: errorString(code))
}

func errorString(_ code: Int32) -> String {
    var buffer = [CChar](repeating: 0, count: Int(cmpi_max_error_string()) + 1)
    var length: Int32 = 0
    guard MPI_Error_string(code, &buffer, &length) == MPI_SUCCESS else {
        return "unknown MPI error"
    }
    return String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

/// Refuses element counts MPI cannot represent (its counts are C `int`).
@inlinable @inline(__always)
func checkedCount(_ count: Int, _ operation: StaticString) throws(MPIError) -> Int32 {
    guard let count32 = Int32(exactly: count), count32 >= 0 else {
        throw countFailure(count, operation)
    }
    return count32
}

@usableFromInline
func countFailure(_ count: Int, _ operation: StaticString) -> MPIError {
    .invalidArgument(
        operation: "\(operation)",
        message: "element count \(count) does not fit MPI's 32-bit count "
            + "(accepted: 0...\(Int32.max)); split the data into smaller messages, "
            + "e.g. chunks of 1_000_000 elements")
}
