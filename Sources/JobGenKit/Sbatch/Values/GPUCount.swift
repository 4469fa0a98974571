/// A `--gpus`/`-G` request: `[type:]count`, e.g. `1` or `a100:2`.
public struct GPUCount: SlurmValue {
    /// The GPU model (`a100`, `h100`), nil for any.
    public let type: String?
    public let count: Int
    public let notes: [String]

    public static let accepted = "a GPU count, optionally after a GPU type: [type:]count"
    public static let example = "a100:1"

    public init(slurm text: String) throws(GrammarError) {
        (type, count) = try GPUItem.parse(text, whole: text, as: Self.self)
        notes = count == 0 ? ["0 GPUs requests no GPU"] : []
    }

    public var description: String { type.map { "\($0):\(count)" } ?? String(count) }
}

/// The `[type:]count` item shared by the GPU options.
enum GPUItem {
    static func parse<V: SlurmValue>(_ item: Substring, whole: String, as value: V.Type) throws(GrammarError)
        -> (String?, Int)
    {
        try TextChecks.rejectControlCharacters(whole, for: V.self)
        let parts = item.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count <= 2 else {
            throw GrammarError(V.self, value: whole, reason: "'\(item)' has more than one ':'")
        }
        let countText = parts[parts.count - 1]
        guard let count = TextChecks.unsignedInteger(countText) else {
            throw GrammarError(
                V.self, value: whole, reason: "GPU count: \(TextChecks.notANumberReason(countText))")
        }
        if parts.count == 2 {
            let type = parts[0]
            guard !type.isEmpty,
                type.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "_.-".contains($0)) })
            else {
                throw GrammarError(
                    V.self, value: whole,
                    reason: "GPU type '\(type)' must be letters, digits, '_', '.' or '-'")
            }
            return (String(type), count)
        }
        return (nil, count)
    }

    static func parse<V: SlurmValue>(_ text: String, whole: String, as value: V.Type) throws(GrammarError)
        -> (String?, Int)
    {
        try parse(Substring(text), whole: whole, as: value)
    }
}
