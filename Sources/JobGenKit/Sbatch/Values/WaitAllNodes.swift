/// `--wait-all-nodes=0|1`: start the script when the first node is ready (0) or all are (1).
public struct WaitAllNodes: SlurmValue {
    public let waitForAll: Bool

    public init(slurm text: String) throws(GrammarError) {
        switch text {
        case "0": waitForAll = false
        case "1": waitForAll = true
        default: throw GrammarError(Self.self, value: text, reason: "must be 0 or 1")
        }
    }

    public static let accepted = "0 (start when the first node is ready) or 1 (when all are)"
    public static let example = "1"
    public var description: String { waitForAll ? "1" : "0" }
}
