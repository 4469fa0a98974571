/// A `--array` index specification: a comma list of indexes and ranges, ranges with an optional
/// `:step`, and an optional `%max` running at once, e.g. `0-15`, `0,6,16-32`, `0-15:4`, `0-15%4`.
///
/// sbatch also takes the list in brackets (`[1-5]`) and skips empty items (`1,2,`); both are
/// accepted with a note and written back without them. No Slurm cluster takes an index above
/// 4000000 (MaxArraySize is at most 4000001), so larger indexes are rejected.
public struct ArraySpec: SlurmValue {
    /// The text as given.
    public let text: String
    /// The comma list's items, less brackets and empty items, as written back.
    let items: [String]
    /// The highest index requested (Slurm's MaxArraySize must be above it).
    public let highestIndex: Int
    /// The items read: each `N`, `A-B` or `A-B:step` as its bounds and step.
    let ranges: [IndexRange]
    /// The `%max` limit on tasks running at once, if given.
    public let maxRunning: Int?

    public let notes: [String]

    /// The largest index any Slurm accepts: slurm.conf's MaxArraySize may not exceed 4000001.
    public static let largestIndex = 4_000_000
    /// Slurm's default MaxArraySize is 1001: indexes up to 1000.
    public static let defaultLargestIndex = 1000

    public static let accepted =
        "indexes and ranges joined by ',' (N, A-B, A-B:step), optionally ending in %max"
    public static let example = "0-15%4"

    public init(slurm text: String) throws(GrammarError) {
        try TextChecks.rejectControlCharacters(text, for: Self.self)
        self.text = text
        if text.isEmpty { throw GrammarError(Self.self, value: text, reason: "empty") }
        var list = Substring(text)
        var collected: [String] = []
        if let percent = text.firstIndex(of: "%") {
            // sbatch reads the limit with strtol and ignores what follows the digits (`%2x` is
            // %2, `%x` and a bare `%` are %0).
            let limit = text[text.index(after: percent)...]
            let signed = limit.hasPrefix("+") ? limit.dropFirst() : limit
            let digits = signed.prefix { $0.isASCII && $0.isNumber }
            guard let max = digits.isEmpty ? 0 : TextChecks.unsignedInteger(digits) else {
                throw GrammarError(Self.self, value: text, reason: "the %max limit '\(limit)': number too large")
            }
            if digits.count < signed.count || digits.isEmpty {
                collected.append("Slurm reads the %max limit '%\(limit)' as %\(max), ignoring what is not a digit")
            }
            maxRunning = max
            list = text[..<percent]
        } else {
            maxRunning = nil
        }
        let bracketed = list.hasPrefix("[") || list.hasSuffix("]")
        if list.hasPrefix("[") { list = list.dropFirst() }
        if list.hasSuffix("]") { list = list.dropLast() }
        let all = list.split(ascii: ",", omittingEmptySubsequences: false)
        var given = all.filter { !$0.isEmpty }
        if given.isEmpty {
            // With a %max, sbatch reads the empty list as index 0; without, as no array at all.
            guard maxRunning != nil else {
                (items, ranges, highestIndex, notes) = ([], [], 0, ["'\(text)' names no index: sbatch submits an ordinary job, not an array"])
                return
            }
            collected.append("'\(text)' names no index; Slurm reads it as index 0")
            given = ["0"]
        }
        var read: [IndexRange] = []
        for item in given { read.append(try Self.range(of: item, in: text)) }
        ranges = read
        let highest = read.map(\.reached).max() ?? 0
        highestIndex = highest
        // strtol takes a '+' before any number; the clean form drops it.
        items = given.map { String($0.filter { $0 != "+" }) }
        let clean = items.joined(separator: ",") + (maxRunning.map { "%\($0)" } ?? "")
        if bracketed {
            collected.append("sbatch drops the brackets of '\(text)'; write \(clean)")
        }
        if text.contains("+") {
            collected.append("a '+' before a number in '\(text)' is ignored; write \(clean)")
        }
        if items.count < all.count {
            collected.append("'\(text)' has an empty item, which Slurm skips; write \(clean)")
        }
        if maxRunning == 0 {
            collected.append("'\(text)' ends in %0, which sbatch accepts but sets no useful limit; did you mean %1?")
        }
        if highest > Self.defaultLargestIndex {
            collected.append(
                "index \(highest) is above \(Self.defaultLargestIndex), the highest Slurm's default MaxArraySize (1001) allows; check 'scontrol show config | grep MaxArraySize' on the cluster"
            )
        }
        notes = collected
    }

    /// The list less brackets and empty items, with its `%max`.
    public var description: String {
        items.joined(separator: ",") + (maxRunning.map { "%\($0)" } ?? "")
    }

    private static func number(_ part: Substring, in text: String) throws(GrammarError) -> Int {
        guard let (value, _) = TextChecks.slurmUnsigned(part) else {
            let reason = part.isEmpty ? "an index is missing" : TextChecks.notANumberReason(part)
            throw GrammarError(Self.self, value: text, reason: reason)
        }
        guard value <= largestIndex else {
            throw GrammarError(
                Self.self, value: text,
                reason: "index \(part) is above \(largestIndex), the largest any Slurm cluster allows (MaxArraySize is at most 4000001)")
        }
        return value
    }

    /// Checks one `N`, `A-B` or `A-B:step` item and reads it.
    private static func range(of item: Substring, in text: String) throws(GrammarError) -> IndexRange {
        let stepParts = item.split(ascii: ":", omittingEmptySubsequences: false)
        guard stepParts.count <= 2 else {
            throw GrammarError(Self.self, value: text, reason: "'\(item)' has more than one ':'")
        }
        let bounds = stepParts[0].split(ascii: "-", omittingEmptySubsequences: false)
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
        return IndexRange(first: first, last: last, step: step)
    }
}
