/// A value written in one of sbatch's option grammars (`--time`, `--mem`, `--array`, ...).
///
/// One implementation serves both sides of jobgen: the generator parses its typed flags with it,
/// and the validator checks `#SBATCH` values with it. A conforming type parses exactly the text
/// sbatch accepts, and `description` renders the text jobgen writes into a script.
public protocol SlurmValue: Sendable, Equatable, CustomStringConvertible {
    /// Parses `text` as sbatch would. Throws a `GrammarError` for anything sbatch rejects and for
    /// values jobgen refuses outright (control characters, ...).
    init(slurm text: String) throws(GrammarError)

    /// Warnings for values that are legal but surprising (e.g. `25:99:99`, which Slurm
    /// normalises). Empty for an unremarkable value.
    var notes: [String] { get }

    /// What the grammar accepts, in words, for error messages: "minutes, M:S, H:M:S, D-H, ...".
    static var accepted: String { get }

    /// A valid example, for error messages: "08:00:00".
    static var example: String { get }

    /// Set for a value sbatch accepts only through overflow, wrap-around or a reading jobgen must
    /// never write (`--ntasks=4294967296` is 0 tasks, `--nice=abc` is 0): it says what sbatch will
    /// actually do. The validator reports it as a warning; the generator refuses the value.
    var generatorRefusal: String? { get }

    /// The value as a spec file or the command line gives it; `description` where the
    /// `#SBATCH` line writes it the same way (a job name with spaces is quoted there only).
    var specText: String { get }
}

extension SlurmValue {
    public var notes: [String] { [] }
    public var generatorRefusal: String? { nil }
    public var specText: String { description }
}

/// Why a value does not fit its grammar. `message` reads on its own; callers add the flag or
/// line it came from.
public struct GrammarError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The offending text, exactly as given.
    public var value: String
    /// What was wrong with it ("seconds must be below 60 ...", "not a number").
    public var reason: String
    /// What the grammar accepts.
    public var accepted: String
    /// A valid example.
    public var example: String

    public init(value: String, reason: String, accepted: String, example: String) {
        self.value = value
        self.reason = reason
        self.accepted = accepted
        self.example = example
    }

    /// Builds the error with the grammar's own `accepted` and `example`.
    public init<V: SlurmValue>(_ type: V.Type, value: String, reason: String) {
        self.init(value: value, reason: reason, accepted: V.accepted, example: V.example)
    }

    public var description: String {
        "invalid value '\(value)': \(reason); accepted: \(accepted); example: \(example)"
    }
}
