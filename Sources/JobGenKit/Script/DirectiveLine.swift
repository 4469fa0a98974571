/// A line sbatch reads options from: `#SBATCH` (or the deprecated `#SLURM`) at column 1, inside
/// the directive block.
public struct DirectiveLine: Sendable, Equatable {
    public enum Prefix: String, Sendable { case sbatch = "#SBATCH", slurm = "#SLURM" }

    public var line: Int
    public var prefix: Prefix
    /// The arguments sbatch splits the rest of the line into.
    public var tokens: [ScriptToken]
    /// Where an unmatched quote opens, and which quote it is; sbatch stops with an error.
    public var unmatchedQuote: (quote: Character, position: SourcePosition)?
    /// Where an argument starts with ':' ; sbatch stops with "Unexpected `:`".
    public var unexpectedColon: SourcePosition?
    /// The line holds the `hetjob` separator: its options and the following ones belong to the
    /// next component of a heterogeneous job.
    public var startsComponent = false

    public static func == (a: Self, b: Self) -> Bool {
        a.line == b.line && a.prefix == b.prefix && a.tokens == b.tokens
            && a.unmatchedQuote?.quote == b.unmatchedQuote?.quote
            && a.unmatchedQuote?.position == b.unmatchedQuote?.position
            && a.unexpectedColon == b.unexpectedColon && a.startsComponent == b.startsComponent
    }
}
