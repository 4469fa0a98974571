/// Whether an sbatch option takes a value, as getopt_long sees it.
public enum ArgumentKind: String, Sendable, Equatable {
    /// A flag: `--hold`. A value (`--hold=yes`) is an error.
    case none
    /// `--time=10`, `--time 10`, `-t 10` or `-t10`.
    case required
    /// Only attached: `--exclusive=user`, `-k`; a separate word is NOT its value.
    case optional
}

/// What a second use of an option does to the first, as the option's setter in Slurm's
/// `slurm_opt.c` does it for that release.
public enum RepeatRule: String, Sendable, Equatable {
    /// The last value wins (`--time`).
    case replace
    /// The values add up: bits OR-ed together (`--mail-type` before 25.05).
    case combine
    /// Each use counts (`-v -v`).
    case count
    /// A flag without a value: a repeat changes nothing.
    case flag
}

/// One of sbatch's options: long name, short letter, argument kind and value grammar.
public struct SbatchOption: Sendable, Equatable, CustomStringConvertible {
    /// The long name without dashes: `time`.
    public let name: String
    /// The short letter, if any: `t`.
    public let short: Character?
    public let argument: ArgumentKind
    /// The grammar its value is checked against.
    public let grammar: ValueGrammar
    /// The option sbatch applies and `sbatch -v` prints: `ntasks-per-node` for the old alias
    /// `tasks-per-node`; the name itself for every other option.
    public let canonical: String
    public let repeatRule: RepeatRule
    /// False for the options sbatch takes from its command line only (`--wrap`, `--verbose`,
    /// `--help`, ...): in an `#SBATCH` line they are read and then skipped.
    public let readInScript: Bool
    /// Whether salloc takes it too (Slurm's table says which commands take each option):
    /// `jobgen try` passes these to its allocation.
    public let sallocTakes: Bool

    public init(
        _ name: String, _ short: Character? = nil, _ argument: ArgumentKind, _ grammar: ValueGrammar,
        canonical: String? = nil, repeatRule: RepeatRule = .replace, readInScript: Bool = true,
        sallocTakes: Bool = true
    ) {
        self.name = name
        self.short = short
        self.argument = argument
        self.grammar = grammar
        self.canonical = canonical ?? name
        self.repeatRule = repeatRule
        self.readInScript = readInScript
        self.sallocTakes = sallocTakes
    }

    /// True for an old name kept for another option (`--tasks-per-node`).
    public var isAlias: Bool { canonical != name }

    /// `--time` (or `--time/-t`).
    public var description: String { short.map { "--\(name)/-\($0)" } ?? "--\(name)" }
}
