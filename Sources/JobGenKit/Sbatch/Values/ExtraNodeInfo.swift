/// `--extra-node-info`/`-B`: `sockets[:cores[:threads]]` per node, each a positive number or `*`.
public struct ExtraNodeInfo: SlurmValue {
    public let fields: [String]

    public init(slurm text: String) throws(GrammarError) {
        let fields = text.split(ascii: ":", omittingEmptySubsequences: false).map(String.init)
        guard fields.count <= 3 else {
            throw GrammarError(Self.self, value: text, reason: "at most sockets:cores:threads")
        }
        for (field, name) in zip(fields, ["sockets", "cores", "threads"]) where field != "*" {
            guard !field.isEmpty, field.allSatisfy(\.isASCIIDigit), CLong(field).value > 0 else {
                throw GrammarError(
                    Self.self, value: text, reason: "\(name) '\(field)' is not a positive number or *")
            }
            // sbatch: "Numeric argument (2147483648) to big for first arg of -B".
            guard CLong(field).value <= TextChecks.largestCount else {
                throw GrammarError(
                    Self.self, value: text,
                    reason: "\(name) '\(field)' is too large: at most \(TextChecks.largestCount)")
            }
        }
        self.fields = fields
    }

    public static let accepted = "SOCKETS[:CORES[:THREADS]], each a positive number or *"
    public static let example = "2:8:1"
    public var description: String { fields.joined(separator: ":") }
}
