/// A per-unit GPU request for `--gpus-per-node`, `--gpus-per-socket` and `--gpus-per-task`:
/// `[type:]n[,type:n]...`, e.g. `a100:1` or `2`. As for `--gpus`, a lone type means one GPU and a
/// `+` is allowed; sbatch also skips empty items. Each carries a note; the clean form is written back.
public struct GPUsPerUnit: SlurmValue {
    /// Each requested `(type, count)`, in the order given.
    public let items: [GPUTypeCount]
    public let notes: [String]

    public static let accepted = "[type:]count, or a comma list of type:count"
    public static let example = "a100:1"

    public init(slurm text: String) throws(GrammarError) {
        if text.isEmpty { throw GrammarError(Self.self, value: text, reason: "empty") }
        var parsed: [GPUTypeCount] = []
        var collected: [String] = []
        let all = text.split(ascii: ",", omittingEmptySubsequences: false)
        for item in all where !item.isEmpty {
            let one = try GPUItem.parse(item, whole: text, as: Self.self)
            parsed.append(GPUTypeCount(type: one.type, count: one.count))
            collected += one.notes
        }
        if parsed.contains(where: { $0.type == nil }) && parsed.contains(where: { $0.type != nil }) {
            throw GrammarError(
                Self.self, value: text, reason: "mixes items with and without a GPU type (sbatch refuses that)")
        }
        items = parsed
        if parsed.isEmpty {
            collected.append("'\(text)' names no GPU: Slurm skips the empty items and requests none")
        } else if parsed.count < all.count {
            collected.append(
                "'\(text)' has an empty item, which Slurm skips; write \(parsed.map(\.description).joined(separator: ","))")
        }
        if parsed.allSatisfy({ $0.count == 0 }) { collected.append("0 GPUs requests no GPU") }
        notes = collected
    }

    public var description: String { items.map(\.description).joined(separator: ",") }
}

/// One `[type:]count` item of a GPU request.
public struct GPUTypeCount: Sendable, Equatable, CustomStringConvertible {
    public let type: String?
    public let count: Int

    public var description: String { type.map { "\($0):\(count)" } ?? String(count) }
}
