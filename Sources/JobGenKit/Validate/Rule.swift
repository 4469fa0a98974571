/// A check over a batch script. One rule a file under `Rules/`; each carries its own metadata
/// and examples, which the generic test runs and `docs/rules.md` is generated from.
public protocol Rule: Sendable {
    var description: RuleDescription { get }
    /// Every violation in `script`, positioned at the offending character.
    func check(_ script: BatchScript) -> [Diagnostic]
    /// Every violation in `script` for a cluster running `target`. Rules whose verdict depends
    /// on the Slurm release implement this; the others need not.
    func check(_ script: BatchScript, for target: SlurmVersion) -> [Diagnostic]
    /// The rule as its examples are checked (a rule that needs a cluster gets an example one).
    var forExamples: any Rule { get }
    /// This rule as a `ClusterRule`, when it is one (a dynamic cast per rule showed in every run's start).
    var asClusterRule: (any ClusterRule)? { get }
}

extension Rule {
    public func check(_ script: BatchScript, for target: SlurmVersion) -> [Diagnostic] { check(script) }
    public var forExamples: any Rule { self }
    public var asClusterRule: (any ClusterRule)? { nil }
}

/// What a rule is: its stable code, what it checks and why, and example scripts.
public struct RuleDescription: Sendable {
    /// Stable code: `JG401`. Never reused for another check.
    public let code: String
    /// Short kebab-case name: `unknown-option`.
    public let name: String
    /// One line: "Unknown option".
    public let title: String
    public let severity: Severity
    /// Why it matters, in a few sentences.
    public let rationale: String
    /// Scripts that must trigger the rule; each `↓` marks a position where it must report.
    /// `«XX»` stands for the raw byte 0xXX (for non-UTF-8 examples).
    public let triggering: [String]
    /// Scripts that must not trigger it.
    public let nonTriggering: [String]
    /// The Slurm release the examples are read and checked for.
    public let exampleRelease: SlurmVersion
    /// Which Slurm releases the rule applies to, and how it differs between them.
    public let releases: String

    /// What a rule applies to when it says nothing: every release of the option table.
    public static let everyRelease =
        "every release jobgen knows (\(SlurmVersion.oldestKnown)-\(SlurmVersion.newestKnown)); verdicts checked against sbatch 22.05"

    public init(
        code: String, name: String, title: String, severity: Severity, rationale: String,
        triggering: [String], nonTriggering: [String], exampleRelease: SlurmVersion = .newestKnown,
        releases: String = everyRelease
    ) {
        self.code = code
        self.name = name
        self.title = title
        self.severity = severity
        self.rationale = rationale
        self.triggering = triggering
        self.nonTriggering = nonTriggering
        self.exampleRelease = exampleRelease
        self.releases = releases
    }

    /// A diagnostic from this rule.
    public func diagnostic(
        in script: BatchScript, at position: SourcePosition, _ message: String, hint: String
    ) -> Diagnostic {
        Diagnostic(
            file: script.name, position: position, severity: severity, rule: code, message: message,
            hint: hint)
    }
}
