/// An `--exclusive` request: bare (no node sharing), or `=user`, `=mcs`, `=topo`.
public enum ExclusiveMode: String, SlurmValue, CaseIterable {
    case node = ""
    case user
    case mcs
    case topo

    public static let accepted = "nothing (--exclusive), user, mcs or topo"
    public static let example = "user"

    /// The Slurm release that added this mode (`topo`: 24.05, for topology/block); nil for modes
    /// every supported release has. Slurm 22.05 answers "Invalid --exclusive specification".
    public var introduced: SlurmVersion? { self == .topo ? .v24_05 : nil }

    public init(slurm text: String) throws(GrammarError) {
        guard let mode = Self(rawValue: text.lowercased()) else {
            try TextChecks.rejectControlCharacters(text, for: Self.self)
            throw GrammarError(Self.self, value: text, reason: "not an exclusive mode")
        }
        self = mode
    }

    public var notes: [String] {
        self == .topo ? ["--exclusive=topo needs a newer Slurm than 22.05, whose sbatch refuses it"] : []
    }

    public var description: String { rawValue }
}
