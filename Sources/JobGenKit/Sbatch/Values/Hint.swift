/// `--hint`: a comma list of task-binding hints.
public struct Hint: SlurmValue {
    static let known = ["compute_bound", "memory_bound", "multithread", "nomultithread", "help"]
    /// The hints, lower-cased.
    public let hints: [String]

    public init(slurm text: String) throws(GrammarError) {
        let hints = text.split(ascii: ",", omittingEmptySubsequences: false).map { $0.lowercased() }
        for hint in hints where !Self.known.contains(hint) {
            throw GrammarError(Self.self, value: text, reason: "unknown hint '\(hint)'")
        }
        self.hints = hints
    }

    public static let accepted = "compute_bound, memory_bound, multithread or nomultithread (comma list)"
    public static let example = "nomultithread"
    public var description: String { hints.joined(separator: ",") }
}
