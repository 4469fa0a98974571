/// A count of at least 1 (`--ntasks`, `--cpus-per-task`, `--ntasks-per-node`, ...): sbatch rejects
/// `0`, negatives, decimals, exponents and empty text ("Invalid numeric value").
public struct PositiveCount: SlurmValue, Comparable {
    public let value: Int

    public static let accepted = "a whole number of at least 1"
    public static let example = "4"

    public init(slurm text: String) throws(GrammarError) {
        try TextChecks.rejectControlCharacters(text, for: Self.self)
        guard let number = TextChecks.unsignedInteger(Substring(text)) else {
            throw GrammarError(Self.self, value: text, reason: TextChecks.notANumberReason(Substring(text)))
        }
        guard number >= 1 else { throw GrammarError(Self.self, value: text, reason: "must be at least 1") }
        value = number
    }

    /// A count known to be positive (a built-in default).
    public init(_ value: Int) {
        precondition(value >= 1, "PositiveCount(\(value))")
        self.value = value
    }

    public var description: String { String(value) }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.value < rhs.value }
}
