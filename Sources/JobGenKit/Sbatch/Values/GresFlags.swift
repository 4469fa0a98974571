/// `--gres-flags=enforce-binding|disable-binding`.
public struct GresFlags: SlurmValue {
    public let flag: String

    public init(slurm text: String) throws(GrammarError) {
        let lowered = text.lowercased()
        guard lowered == "enforce-binding" || lowered == "disable-binding" else {
            throw GrammarError(Self.self, value: text, reason: "not a gres flag")
        }
        flag = lowered
    }

    public static let accepted = "enforce-binding or disable-binding"
    public static let example = "enforce-binding"
    public var description: String { flag }
}
