/// A count of at least 1 (`--ntasks`, `--cpus-per-task`, `--ntasks-per-node`, ...): sbatch rejects
/// `0`, negatives, decimals, exponents and empty text ("Invalid numeric value"), and numbers above
/// 2147483647, which overflow its C `int`. A leading `+` is accepted (with a note) as `strtol` does.
public struct PositiveCount: SlurmValue, Comparable {
    public let value: Int
    public let notes: [String]

    public static let accepted = "a whole number of at least 1"
    public static let example = "4"

    public init(slurm text: String) throws(GrammarError) {
        try TextChecks.rejectControlCharacters(text, for: Self.self)
        guard let (number, plus) = TextChecks.slurmUnsigned(Substring(text)) else {
            throw GrammarError(Self.self, value: text, reason: TextChecks.notANumberReason(Substring(text)))
        }
        guard number >= 1 else { throw GrammarError(Self.self, value: text, reason: "must be at least 1") }
        guard number <= TextChecks.largestCount else {
            throw GrammarError(
                Self.self, value: text,
                reason: "number too large: sbatch reads at most \(TextChecks.largestCount)")
        }
        value = number
        notes = plus ? [TextChecks.plusNote(text, clean: String(number))] : []
    }

    /// A count known to be positive (a built-in default).
    public init(_ value: Int) {
        precondition(value >= 1, "PositiveCount(\(value))")
        self.value = value
        notes = []
    }

    public var description: String { String(value) }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.value < rhs.value }
}
