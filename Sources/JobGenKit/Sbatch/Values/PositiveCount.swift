/// A count of at least 1 (`--ntasks-per-node`, `--mincpus`, `--cores-per-socket`, ...), read as
/// sbatch's `parse_int` reads it: `strtol`, then `0`, negatives, junk after the digits (decimals,
/// exponents, `0x5`), empty text and numbers that overflow a `long` are rejected ("Invalid numeric
/// value"); a leading `+` or blank is accepted with a note. The number is then kept in a C `int`:
/// above 2147483647 only its low 32 bits count (`4294967297` is 1), which sbatch accepts for most
/// options (a warning, refused by the generator); `TaskCount` and `CPUsPerTaskCount` are the
/// options that reject a wrapped value below 0 or 1.
public struct PositiveCount: SlurmValue, Comparable {
    /// The count Slurm uses: the number written, or its low 32 bits when it overflows an `int`.
    public let value: Int
    public let notes: [String]
    public let generatorRefusal: String?

    public static let accepted = "a whole number of at least 1"
    public static let example = "4"

    public init(slurm text: String) throws(GrammarError) {
        try self.init(slurm: text, smallestWrapped: Int(Int32.min), refusedAs: "")
    }

    /// Reads `text`; a number that wraps to below `smallestWrapped` is rejected with `refusedAs`
    /// (what sbatch says).
    init(slurm text: String, smallestWrapped: Int, refusedAs: String) throws(GrammarError) {
        try TextChecks.rejectControlCharacters(text, for: Self.self)
        let number = CLong(text)
        guard number.isWhole else {
            throw GrammarError(Self.self, value: text, reason: TextChecks.notANumberReason(Substring(text)))
        }
        guard number.value >= 1 else {
            let reason = number.value < 0 ? "negative numbers are not accepted" : "must be at least 1"
            throw GrammarError(Self.self, value: text, reason: reason)
        }
        guard number.value < Int.max else {
            throw GrammarError(
                Self.self, value: text,
                reason: "number too large: sbatch reads at most \(TextChecks.largestCount) without overflow")
        }
        let wrapped = number.int32
        guard number.value <= TextChecks.largestCount || wrapped >= smallestWrapped else {
            throw GrammarError(
                Self.self, value: text,
                reason:
                    "number too large: sbatch keeps it in a 32-bit int, where it wraps to \(wrapped) (\(refusedAs)); at most \(TextChecks.largestCount)"
            )
        }
        value = wrapped
        var notes: [String] = []
        if number.plus { notes.append(TextChecks.plusNote(text, clean: String(number.value))) }
        if number.leadingBlanks {
            notes.append("'\(text)' is read as \(number.value); write it without the blanks")
        }
        self.notes = notes
        generatorRefusal =
            number.value > TextChecks.largestCount
            ? "sbatch keeps '\(text)' in a 32-bit int, where it wraps to \(wrapped)"
                + (wrapped == number.value
                    ? "" : "; write the count you mean (at most \(TextChecks.largestCount))")
            : nil
    }

    /// A count known to be positive (a built-in default).
    public init(_ value: Int) {
        precondition(value >= 1, "PositiveCount(\(value))")
        self.value = value
        notes = []
        generatorRefusal = nil
    }

    public var description: String { String(value) }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.value < rhs.value }
}
