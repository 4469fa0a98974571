/// A `--nodes` request: `N` or `min-max`. As in sbatch, a bound may carry a `+` (noted) and may
/// not exceed 2147483647 ("is not a valid node count").
public struct NodeCount: SlurmValue {
    public let minimum: Int
    /// The upper bound of a `min-max` range; nil for a single count.
    public let maximum: Int?
    public let notes: [String]

    public static let accepted = "a node count N or a range min-max"
    public static let example = "2"

    public init(slurm text: String) throws(GrammarError) {
        try TextChecks.rejectControlCharacters(text, for: Self.self)
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count <= 2 else {
            throw GrammarError(
                Self.self, value: text,
                reason: text.hasPrefix("-") ? "negative numbers are not accepted" : "more than one '-'")
        }
        var numbers: [Int] = []
        var plus = false
        for part in parts {
            guard let (number, signed) = TextChecks.slurmUnsigned(part) else {
                let reason =
                    part.isEmpty
                    ? (text.hasPrefix("-")
                        ? "negative numbers are not accepted" : "a bound of the range is missing")
                    : TextChecks.notANumberReason(part)
                throw GrammarError(Self.self, value: text, reason: reason)
            }
            guard number <= TextChecks.largestCount else {
                throw GrammarError(
                    Self.self, value: text,
                    reason: "number too large: sbatch reads at most \(TextChecks.largestCount)")
            }
            plus = plus || signed
            numbers.append(number)
        }
        minimum = numbers[0]
        maximum = numbers.count == 2 ? numbers[1] : nil
        if let maximum, maximum < minimum {
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
    }

    public var description: String { maximum.map { "\(minimum)-\($0)" } ?? String(minimum) }
}
