/// What sbatch will use for one option of a script, after aliases, prefixes, repeats and the
/// `SBATCH_*` environment: one line of `sbatch -v`'s "defined options".
public struct EffectiveOption: Sendable, Equatable {
    /// Where the value that counts came from.
    public enum Source: Sendable, Equatable {
        /// `#SBATCH` lines (the last line that changed the value).
        case script(line: Int)
        /// An input environment variable such as `SBATCH_ACCOUNT`.
        case environment(variable: String)
    }

    /// The option's name as sbatch prints it (an alias's option: `ntasks-per-node`).
    public let name: String
    /// The value in the form `sbatch -v` prints it when `exact`, else as written.
    public let value: String
    /// False where jobgen does not reproduce sbatch's printed form of the value (it depends on
    /// the clock, as `--begin=now+60`, or on lookups sbatch makes); the value is then as written.
    public let exact: Bool
    public let source: Source
    /// Every `#SBATCH` line that gave the option, in order.
    public let lines: [Int]
}
