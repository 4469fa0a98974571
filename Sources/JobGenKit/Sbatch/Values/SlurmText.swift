/// Free text for an `#SBATCH` value people write as prose: a job name, a comment.
///
/// sbatch reads a double-quoted directive value back whole, spaces, `'` and `#` included
/// (`#SBATCH --job-name="sweep a"`), so `description` writes such a value in double quotes and a
/// plain one as is. jobgen quotes prose but never escapes it: a `"` or `\` (which would need
/// sbatch's backslash escapes) is refused, as are control characters (a newline would end the line).
public struct SlurmText: SlurmValue {
    public let text: String

    public static let accepted = "non-empty text, spaces included, without '\"', '\\' or control characters"
    public static let example = "mpi4py-bcast"
    /// The sbatch options whose values are prose (`--sbatch comment="nightly run"` too).
    public static let options: Set<String> = ["job-name", "comment"]

    public init(slurm text: String) throws(GrammarError) {
        try TextChecks.rejectControlCharacters(text, for: Self.self)
        if text.isEmpty { throw GrammarError(Self.self, value: text, reason: "empty") }
        if let bad = text.first(where: { "\"\\".contains($0) }) {
            throw GrammarError(
                Self.self, value: text,
                reason: "contains '\(bad)', which sbatch reads only behind a backslash escape")
        }
        self.text = text
    }

    /// The value as written on an `#SBATCH` line, read back by sbatch as `text`.
    public var specText: String { text }

    public var description: String {
        text.contains(where: { $0.isWhitespace || "'#".contains($0) }) ? "\"" + text + "\"" : text
    }
}
