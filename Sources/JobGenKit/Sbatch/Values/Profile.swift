/// `--profile`: a comma list of the data the accounting plugin gathers.
public struct Profile: SlurmValue {
    static let known = ["all", "none", "energy", "task", "lustre", "network"]
    /// The kinds, lower-cased.
    public let kinds: [String]

    public init(slurm text: String) throws(GrammarError) {
        // sbatch skips empty items ("task," is fine) but refuses a list with none.
        let kinds = text.split(ascii: ",").map { $0.lowercased() }
        guard !kinds.isEmpty else { throw GrammarError(Self.self, value: text, reason: "empty") }
        for kind in kinds where !Self.known.contains(kind) {
            throw GrammarError(Self.self, value: text, reason: "unknown profile '\(kind)'")
        }
        self.kinds = kinds
    }

    public static let accepted = "all, none, or a comma list of energy, task, lustre, network"
    public static let example = "task"
    public var description: String { kinds.joined(separator: ",") }
}
