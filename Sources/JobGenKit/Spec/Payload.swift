/// What the job runs with `srun`.
public enum Payload: Sendable, Equatable {
    /// jobgen's own Swift MPI example (`jobgen-mpi bcast`), the default.
    case bundled
    /// The user's command, written as given (it is shell by intent: `python mpi4py-np-bc.py`).
    case command(String)

    static let accepted = "a one-line shell command, e.g. \"python mpi4py-np-bc.py\""

    /// A user command; refuses empty text and control characters (a newline would let the
    /// command escape its line).
    public static func command(_ text: String, field: String) throws(SpecError) -> Payload {
        if text.trimmingSpaces.isEmpty || TextChecks.firstControlCharacter(in: text) != nil {
            let reason = text.trimmingSpaces.isEmpty ? "empty" : "contains a newline or control character"
            throw SpecError(
                field: field, value: text, reason: reason, accepted: accepted,
                example: "\"python mpi4py-np-bc.py\"")
        }
        return .command(text)
    }
}

extension String {
    var trimmingSpaces: Substring {
        let start = firstIndex { $0 != " " } ?? endIndex
        let end = lastIndex { $0 != " " }.map { index(after: $0) } ?? endIndex
        return start < end ? self[start..<end] : ""
    }
}
