/// One option sbatch will apply, as written in the script.
public struct OptionUse: Sendable, Equatable {
    /// How the option's name was written.
    public enum Spelling: Sendable, Equatable {
        /// `--ntasks-per-node`, `--job-n`, `--tasks-per-node` (an old name of another option), `-n`.
        case long, abbreviated, alias, short
    }

    /// The option sbatch applies (for an alias, the option it stands for).
    public var option: SbatchOption
    /// The name as written: `--job-n`, `-J`.
    public var written: String
    public var spelling: Spelling
    /// The value, if the option has one.
    public var value: String?
    /// Where the option's name starts.
    public var position: SourcePosition
    /// Where the value starts (the value's own token for `--time 10`).
    public var valuePosition: SourcePosition?
    /// Which component of a heterogeneous job it belongs to (0 unless `hetjob` is used).
    public var component = 0
}

/// One getopt_long step over the directive arguments: an option sbatch applies, or a reason
/// sbatch stops.
public enum DirectiveArgument: Sendable, Equatable {
    case option(OptionUse)
    /// `--ntask`: a prefix of several options.
    case ambiguous(written: String, candidates: [SbatchOption], position: SourcePosition)
    /// `--walltime`, `-y`: no such option.
    case unknown(written: String, suggestions: [SbatchOption], position: SourcePosition)
    /// A required value is missing (`--time` at the very end).
    case missingValue(option: SbatchOption, written: String, position: SourcePosition)
    /// A value given to a flag: `--hold=yes`.
    case unexpectedValue(option: SbatchOption, written: String, value: String, position: SourcePosition)
    /// An argument that is not an option: the `G` of `--mem-per-cpu=4 G`.
    case stray(ScriptToken)
}
