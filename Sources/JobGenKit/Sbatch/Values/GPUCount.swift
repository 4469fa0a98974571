/// A `--gpus`/`-G` request: `[type:]count`, e.g. `1` or `a100:2`. sbatch also takes a type alone
/// (`a100`, one GPU) and a count with `+`; both carry a note and are written back as `a100:1`/`2`.
public struct GPUCount: SlurmValue {
    /// The GPU model (`a100`, `h100`), nil for any.
    public let type: String?
    public let count: Int
    public let notes: [String]

    public static let accepted = "a GPU count, optionally after a GPU type: [type:]count"
    public static let example = "a100:1"

    public init(slurm text: String) throws(GrammarError) {
        try TextChecks.rejectControlCharacters(text, for: Self.self)
        // sbatch reads --gpus as a comma list and skips empty items (`a100:1,`).
        let all = text.split(separator: ",", omittingEmptySubsequences: false)
        let given = all.filter { !$0.isEmpty }
        guard given.count <= 1, !text.isEmpty else {
            let reason =
                text.isEmpty
                ? "empty" : "'\(text)' lists several requests; write one [type:]count, or use --gpus-per-node for a list"
            throw GrammarError(Self.self, value: text, reason: reason)
        }
        guard let first = given.first else {
            (type, count) = (nil, 0)
            notes = ["'\(text)' names no GPU: Slurm skips the empty items and requests none"]
            return
        }
        let item = try GPUItem.parse(first, whole: text, as: Self.self)
        (type, count) = (item.type, item.count)
        let clean = item.type.map { "\($0):\(item.count)" } ?? String(item.count)
        notes =
            item.notes + (all.count > 1 ? ["'\(text)' has an empty item, which Slurm skips; write \(clean)"] : [])
            + (count == 0 ? ["0 GPUs requests no GPU"] : [])
    }

    public var description: String { type.map { "\($0):\(count)" } ?? String(count) }
}

/// The `[type:]count` item shared by the GPU options.
enum GPUItem {
    /// A parsed item and the notes it earned (`+` sign, type without count).
    struct Parsed {
        var type: String?
        var count: Int
        var notes: [String]
    }

    static func parse<V: SlurmValue>(_ item: Substring, whole: String, as value: V.Type) throws(GrammarError)
        -> Parsed
    {
        try TextChecks.rejectControlCharacters(whole, for: V.self)
        let parts = item.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count <= 2 else {
            throw GrammarError(V.self, value: whole, reason: "'\(item)' has more than one ':'")
        }
        // sbatch reads a lone GPU type as one GPU of that type.
        if parts.count == 1, let first = item.first, first.isASCII, first.isLetter {
            let type = try checkedType(item, whole: whole, as: V.self)
            return Parsed(
                type: type, count: 1,
                notes: ["'\(item)' names a GPU type without a count; Slurm reads it as \(type):1, so write that"])
        }
        let countText = parts[parts.count - 1]
        guard let (count, plus) = TextChecks.slurmUnsigned(countText) else {
            throw GrammarError(
                V.self, value: whole, reason: "GPU count: \(TextChecks.notANumberReason(countText))")
        }
        guard count <= TextChecks.largestCount else {
            throw GrammarError(
                V.self, value: whole,
                reason: "GPU count: number too large: sbatch reads at most \(TextChecks.largestCount)")
        }
        let type = parts.count == 2 ? try checkedType(parts[0], whole: whole, as: V.self) : nil
        let clean = type.map { "\($0):\(count)" } ?? String(count)
        return Parsed(type: type, count: count, notes: plus ? [TextChecks.plusNote(String(item), clean: clean)] : [])
    }

    private static func checkedType<V: SlurmValue>(_ type: Substring, whole: String, as value: V.Type)
        throws(GrammarError) -> String
    {
        guard !type.isEmpty,
            type.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "_.-".contains($0)) })
        else {
            throw GrammarError(
                V.self, value: whole, reason: "GPU type '\(type)' must be letters, digits, '_', '.' or '-'")
        }
        return String(type)
    }

    static func parse<V: SlurmValue>(_ text: String, whole: String, as value: V.Type) throws(GrammarError)
        -> Parsed
    {
        try parse(Substring(text), whole: whole, as: value)
    }
}
