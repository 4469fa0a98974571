/// `--acctg-freq`: seconds between accounting samples, `N` or `type=N[,type=N...]` with types
/// task, energy, network, filesystem.
public struct AcctgFreq: SlurmValue {
    static let types = ["task", "energy", "network", "filesystem"]
    public let items: [String]

    public init(slurm text: String) throws(GrammarError) {
        let items = text.split(ascii: ",", omittingEmptySubsequences: false).map(String.init)
        for item in items {
            let parts = item.split(ascii: "=", maxSplits: 1, omittingEmptySubsequences: false)
            if parts.count == 2, !Self.types.contains(parts[0].lowercased()) {
                throw GrammarError(Self.self, value: text, reason: "unknown type '\(parts[0])'")
            }
            let seconds = parts.last ?? ""
            guard !seconds.isEmpty, seconds.allSatisfy(\.isASCIIDigit) else {
                throw GrammarError(Self.self, value: text, reason: "'\(item)' is not SECONDS or TYPE=SECONDS")
            }
        }
        self.items = items
    }

    public static let accepted = "SECONDS, or TYPE=SECONDS[,TYPE=SECONDS] with TYPE task, energy, network or filesystem"
    public static let example = "task=30"
    public var description: String { items.joined(separator: ",") }
}
