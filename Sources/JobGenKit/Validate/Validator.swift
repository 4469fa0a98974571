/// Runs every rule over a script and returns the findings in script order.
public struct Validator: Sendable {
    public let rules: [any Rule]
    /// The Slurm release the scripts are checked for.
    public let target: SlurmVersion

    /// A validator with all of jobgen's rules, for the newest Slurm jobgen knows unless told.
    public init(rules: [any Rule] = AllRules.list, target: SlurmVersion = .newestKnown) {
        self.rules = rules
        self.target = target
    }

    /// Validates a script read for this validator's target release.
    public func validate(_ script: BatchScript) -> [Diagnostic] {
        assert(script.release == target, "a script read for Slurm \(script.release) validated for \(target)")
        return rules.flatMap { $0.check(script, for: target) }.sorted {
            ($0.position, $0.rule) < ($1.position, $1.rule)
        }
    }

    /// Reads and validates a script from its bytes.
    public func validate(bytes: [UInt8], name: String) -> [Diagnostic] {
        validate(BatchScript(bytes: bytes, name: name, release: target))
    }

    /// The rule with this code (case-insensitive), if any.
    public static func rule(code: String) -> (any Rule)? {
        let wanted = code.uppercased()
        return AllRules.list.first { $0.description.code == wanted }
    }
}
