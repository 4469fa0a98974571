/// `--kill-on-invalid-dep=yes|no`.
public struct KillOnInvalidDep: SlurmValue {
    public let kill: Bool

    public init(slurm text: String) throws(GrammarError) {
        switch text.lowercased() {
        case "yes": kill = true
        case "no": kill = false
        default: throw GrammarError(Self.self, value: text, reason: "neither yes nor no")
        }
    }

    public static let accepted = "yes or no"
    public static let example = "yes"
    public var description: String { kill ? "yes" : "no" }
}
