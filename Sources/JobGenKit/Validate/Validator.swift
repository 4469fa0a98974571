/// Runs every rule over a script and returns the findings in script order.
public struct Validator: Sendable {
    public let rules: [any Rule]

    /// A validator with all of jobgen's rules.
    public init(rules: [any Rule] = AllRules.list) {
        self.rules = rules
    }

    public func validate(_ script: BatchScript) -> [Diagnostic] {
        rules.flatMap { $0.check(script) }.sorted {
            ($0.position, $0.rule) < ($1.position, $1.rule)
        }
    }

    /// Reads and validates a script from its bytes.
    public func validate(bytes: [UInt8], name: String) -> [Diagnostic] {
        validate(BatchScript(bytes: bytes, name: name))
    }

    /// The rule with this code (case-insensitive), if any.
    public static func rule(code: String) -> (any Rule)? {
        AllRules.list.first { $0.description.code.caseInsensitiveCompare(code) }
    }
}

extension String {
    fileprivate func caseInsensitiveCompare(_ other: String) -> Bool { lowercased() == other.lowercased() }
}
