/// A per-unit GPU request for `--gpus-per-node`, `--gpus-per-socket` and `--gpus-per-task`:
/// `[type:]n[,type:n]...`, e.g. `a100:1` or `2`.
public struct GPUsPerUnit: SlurmValue {
    /// Each requested `(type, count)`, in the order given.
    public let items: [GPUTypeCount]
    public let notes: [String]

    public static let accepted = "[type:]count, or a comma list of type:count"
    public static let example = "a100:1"

    public init(slurm text: String) throws(GrammarError) {
        if text.isEmpty { throw GrammarError(Self.self, value: text, reason: "empty") }
        var parsed: [GPUTypeCount] = []
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            if item.isEmpty {
                throw GrammarError(Self.self, value: text, reason: "an item of the comma list is empty")
            }
            let (type, count) = try GPUItem.parse(item, whole: text, as: Self.self)
            parsed.append(GPUTypeCount(type: type, count: count))
        }
        items = parsed
        notes = parsed.allSatisfy { $0.count == 0 } ? ["0 GPUs requests no GPU"] : []
    }

    public var description: String { items.map(\.description).joined(separator: ",") }
}

/// One `[type:]count` item of a GPU request.
public struct GPUTypeCount: Sendable, Equatable, CustomStringConvertible {
    public let type: String?
    public let count: Int

    public var description: String { type.map { "\($0):\(count)" } ?? String(count) }
}
