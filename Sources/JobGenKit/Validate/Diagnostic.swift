/// How serious a finding is.
public enum Severity: String, Sendable, Comparable, CaseIterable {
    case info, warning, error

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One finding in one script: where, how bad, which rule, what is wrong and how to fix it.
public struct Diagnostic: Sendable, Equatable {
    public var file: String
    public var position: SourcePosition
    public var severity: Severity
    /// The rule's stable code: `JG401`.
    public var rule: String
    /// What is wrong, naming the option or line and the bad value.
    public var message: String
    /// How to fix it: what is accepted, an example.
    public var hint: String
    /// Turned off by a `# jobgen disable=` comment or `--disable`; printed only on request.
    public var suppressed = false

    public init(
        file: String, position: SourcePosition, severity: Severity, rule: String, message: String,
        hint: String
    ) {
        self.file = file
        self.position = position
        self.severity = severity
        self.rule = rule
        self.message = message
        self.hint = hint
    }

    public var line: Int { position.line }
    public var column: Int { position.column }
}
