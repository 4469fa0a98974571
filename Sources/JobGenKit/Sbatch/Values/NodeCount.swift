/// A `--nodes` request: `N` or `min-max`. As in sbatch, a bound may carry a `+` (noted). sbatch
/// keeps a bound in a C `int`: one that wraps to a negative number (2147483648) is "not a valid
/// node count", one that wraps to 0 or more (4294967297 is 1) is accepted: a warning, refused by
/// the generator.
public struct NodeCount: SlurmValue {
    public let minimum: Int
    /// The upper bound of a `min-max` range; nil for a single count.
    public let maximum: Int?
    public let notes: [String]
    public let generatorRefusal: String?

    public static let accepted = "a node count N or a range min-max"
    public static let example = "2"

    public init(slurm text: String) throws(GrammarError) {
        try TextChecks.rejectControlCharacters(text, for: Self.self)
        let parts = text.split(ascii: "-", omittingEmptySubsequences: false)
        guard parts.count <= 2 else {
            throw GrammarError(
                Self.self, value: text,
                reason: text.hasPrefix("-") ? "negative numbers are not accepted" : "more than one '-'")
        }
        var numbers: [Int] = []
        var plus = false
        var wraps: [String] = []
        for part in parts {
            guard let (parsed, signed) = TextChecks.slurmUnsigned(part) else {
                let reason =
                    part.isEmpty
                    ? (text.hasPrefix("-")
                        ? "negative numbers are not accepted" : "a bound of the range is missing")
                    : TextChecks.notANumberReason(part)
                throw GrammarError(Self.self, value: text, reason: reason)
            }
            var number = parsed
            if number > TextChecks.largestCount {
                let low = Int(Int32(truncatingIfNeeded: number))
                guard low >= 0 else {
                    throw GrammarError(
                        Self.self, value: text,
                        reason:
                            "number too large: sbatch keeps it in a 32-bit int, where it wraps to \(low) (not a valid node count); at most \(TextChecks.largestCount)"
                    )
                }
                wraps.append("'\(part)' wraps to \(low)")
                number = low
            }
            plus = plus || signed
            numbers.append(number)
        }
        minimum = numbers[0]
        maximum = numbers.count == 2 ? numbers[1] : nil
        generatorRefusal =
            wraps.isEmpty
            ? nil
            : "sbatch keeps node counts in a 32-bit int: " + wraps.joined(separator: ", ")
                + "; write the count you mean (at most \(TextChecks.largestCount))"
        if let maximum, maximum < minimum, wraps.isEmpty {
            throw GrammarError(
                Self.self, value: text,
                reason: "the range's minimum \(minimum) is above its maximum \(maximum)")
        }
        let clean = numbers.map(String.init).joined(separator: "-")
        notes =
            (plus ? [TextChecks.plusNote(text, clean: clean)] : [])
            + (minimum == 0 && maximum == nil ? ["0 nodes runs no job step; did you mean 1?"] : [])
    }

    /// A single known node count (a built-in default).
    public init(_ count: Int) {
        minimum = count
        maximum = nil
        notes = []
        generatorRefusal = nil
    }

    public var description: String { maximum.map { "\(minimum)-\($0)" } ?? String(minimum) }
}
