/// A `--array` index specification: a comma list of indexes and ranges, ranges with an optional
/// `:step`, and an optional `%max` running at once, e.g. `0-15`, `0,6,16-32`, `0-15:4`, `0-15%4`.
public struct ArraySpec: SlurmValue {
    /// The text as given, which is also what jobgen writes back.
    public let text: String
    /// The highest index requested (Slurm's MaxArraySize must be above it).
    public let highestIndex: Int
    /// The `%max` limit on tasks running at once, if given.
    public let maxRunning: Int?

    public var notes: [String] {
        maxRunning == 0
            ? ["'\(text)' ends in %0, which sbatch accepts but sets no useful limit; did you mean %1?"] : []
    }

    public static let accepted =
        "indexes and ranges joined by ',' (N, A-B, A-B:step), optionally ending in %max"
    public static let example = "0-15%4"

    public init(slurm text: String) throws(GrammarError) {
        try TextChecks.rejectControlCharacters(text, for: Self.self)
        self.text = text
        if text.isEmpty { throw GrammarError(Self.self, value: text, reason: "empty") }
        var list = Substring(text)
        if let percent = text.firstIndex(of: "%") {
            let limit = text[text.index(after: percent)...]
            guard let max = TextChecks.unsignedInteger(limit) else {
                throw GrammarError(
                    Self.self, value: text,
                    reason: "the %max limit '\(limit)': \(TextChecks.notANumberReason(limit))")
            }
            maxRunning = max
            list = text[..<percent]
        } else {
            maxRunning = nil
        }
        var highest = 0
        for item in list.split(separator: ",", omittingEmptySubsequences: false) {
            highest = max(highest, try Self.highest(of: item, in: text))
        }
        highestIndex = highest
    }

    public var description: String { text }

    private static func number(_ part: Substring, in text: String) throws(GrammarError) -> Int {
        guard let value = TextChecks.unsignedInteger(part) else {
            let reason = part.isEmpty ? "an index is missing" : TextChecks.notANumberReason(part)
            throw GrammarError(Self.self, value: text, reason: reason)
        }
        return value
    }

    /// Checks one `N`, `A-B` or `A-B:step` item and returns its highest index.
    private static func highest(of item: Substring, in text: String) throws(GrammarError) -> Int {
        let stepParts = item.split(separator: ":", omittingEmptySubsequences: false)
        guard stepParts.count <= 2 else {
            throw GrammarError(Self.self, value: text, reason: "'\(item)' has more than one ':'")
        }
        let bounds = stepParts[0].split(separator: "-", omittingEmptySubsequences: false)
        guard bounds.count <= 2 else {
            throw GrammarError(Self.self, value: text, reason: "'\(item)' has more than one '-'")
        }
        let first = try number(bounds[0], in: text)
        let last = bounds.count == 2 ? try number(bounds[1], in: text) : first
        guard last >= first else {
            throw GrammarError(
                Self.self, value: text, reason: "the range '\(stepParts[0])' ends before it starts")
        }
        var step = 1
        if stepParts.count == 2 {
            guard bounds.count == 2 else {
                throw GrammarError(Self.self, value: text, reason: "a :step needs a range A-B, not '\(item)'")
            }
            step = try number(stepParts[1], in: text)
            guard step >= 1 else {
                throw GrammarError(Self.self, value: text, reason: "the step of '\(item)' must be at least 1")
            }
        }
        return last - (last - first) % step
    }
}
