/// `--switches=count[@max-time]`: the most leaf switches wanted, and how long to wait for them.
public struct Switches: SlurmValue {
    public let count: PositiveCount
    /// The wait as written; sbatch does not check it.
    public let wait: String?

    public init(slurm text: String) throws(GrammarError) {
        let parts = text.split(ascii: "@", maxSplits: 1, omittingEmptySubsequences: false)
        do {
            count = try PositiveCount(slurm: String(parts[0]))
        } catch {
            throw GrammarError(Self.self, value: text, reason: "switch count: \(error.reason)")
        }
        wait = parts.count > 1 ? String(parts[1]) : nil
    }

    public var generatorRefusal: String? { count.generatorRefusal }

    public static let accepted = "COUNT or COUNT@MAX-WAIT (a positive switch count, then a time)"
    public static let example = "1@1:00:00"
    public var description: String { count.description + (wait.map { "@" + $0 } ?? "") }
}
