/// A `--gpus`/`-G` request: `[type:]count`, e.g. `1` or `a100:2`, or a comma list of them
/// (`a100:1,v100:2`), which sbatch reads like `--gpus-per-node`'s: empty items are skipped, and
/// items with and without a type cannot be mixed. sbatch also takes a type alone (`a100`, one GPU)
/// and a count with `+`; both carry a note and are written back as `a100:1`/`2`. The generator
/// works with one item (`type`, `count`) and refuses a list.
public struct GPUCount: SlurmValue {
    /// Each requested item, in the order given.
    public let items: [GPUTypeCount]
    /// The GPU model (`a100`, `h100`) of the first item, nil for any.
    public var type: String? { items.first?.type }
    /// The GPUs of all items together.
    public var count: Int { items.reduce(0) { $0 + $1.count } }
    public let notes: [String]

    /// The generator's form; a validated script may also hold a comma list (see the type's doc).
    public static let accepted = "a GPU count, optionally after a GPU type: [type:]count"
    public static let example = "a100:1"

    public init(slurm text: String) throws(GrammarError) {
        try TextChecks.rejectControlCharacters(text, for: Self.self)
        if text.isEmpty { throw GrammarError(Self.self, value: text, reason: "empty") }
        let all = text.split(ascii: ",", omittingEmptySubsequences: false)
        var parsed: [GPUTypeCount] = []
        var collected: [String] = []
        for item in all where !item.isEmpty {
            let one = try GPUItem.parse(item, whole: text, as: Self.self)
            parsed.append(GPUTypeCount(type: one.type, count: one.count))
            collected += one.notes
        }
        if parsed.contains(where: { $0.type == nil }) && parsed.contains(where: { $0.type != nil }) {
            throw GrammarError(
                Self.self, value: text,
                reason: "mixes items with and without a GPU type (sbatch: Invalid GRES specification)")
        }
        items = parsed
        if parsed.isEmpty {
            collected.append("'\(text)' names no GPU: Slurm skips the empty items and requests none")
        } else if parsed.count < all.count {
            let clean = parsed.map(\.description).joined(separator: ",")
            collected.append("'\(text)' has an empty item, which Slurm skips; write \(clean)")
        }
        if !parsed.isEmpty, parsed.allSatisfy({ $0.count == 0 }) {
            collected.append("0 GPUs requests no GPU")
        }
        notes = collected
    }

    public var description: String { items.isEmpty ? "0" : items.map(\.description).joined(separator: ",") }
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
        let parts = item.split(ascii: ":", omittingEmptySubsequences: false)
        guard parts.count <= 2 else {
            throw GrammarError(V.self, value: whole, reason: "'\(item)' has more than one ':'")
        }
        // sbatch reads a lone GPU type as one GPU of that type.
        if parts.count == 1, let first = item.first, first.isASCII, first.isLetter {
            let type = try checkedType(item, whole: whole, as: V.self)
            return Parsed(
                type: type, count: 1,
                notes: [
                    "'\(item)' names a GPU type without a count; Slurm reads it as \(type):1, so write that"
                ])
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
        guard plus else { return Parsed(type: type, count: count, notes: []) }
        let clean = type.map { "\($0):\(count)" } ?? String(count)
        return Parsed(type: type, count: count, notes: [TextChecks.plusNote(String(item), clean: clean)])
    }

    private static func checkedType<V: SlurmValue>(_ type: Substring, whole: String, as value: V.Type)
        throws(GrammarError) -> String
    {
        // Byte by byte: ASCII letters, digits, `_`, `.` and `-` are what the characters may be.
        guard !type.isEmpty,
            type.utf8.allSatisfy({ byte in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "."),
                    UInt8(ascii: "-"):
                    true
                default: false
                }
            })
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
