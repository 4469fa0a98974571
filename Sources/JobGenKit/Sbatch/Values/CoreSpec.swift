/// `--core-spec`/`-S`: cores per node reserved for system use; 0 is allowed.
public struct CoreSpec: SlurmValue {
    public let cores: Int

    public init(slurm text: String) throws(GrammarError) {
        // sbatch reads an empty value as 0.
        guard text.allSatisfy(\.isASCIIDigit), let cores = text.isEmpty ? 0 : Int(text) else {
            throw GrammarError(Self.self, value: text, reason: "not a whole number of cores (0 or more)")
        }
        // strtol saturates at the largest long, which sbatch reports as "to big".
        guard cores < Int.max else {
            throw GrammarError(Self.self, value: text, reason: "number too large")
        }
        self.cores = cores
    }

    public static let accepted = "a whole number of cores, 0 or more"
    public static let example = "2"
    public var description: String { String(cores) }
}
