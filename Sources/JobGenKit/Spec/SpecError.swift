/// A spec value that is wrong, named by the flag or spec key it came from.
public struct SpecError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The flag (`--time`) or spec key (`time`) the value came from.
    public var field: String
    /// The offending value as given ("" when the problem is a combination).
    public var value: String
    public var reason: String
    public var accepted: String
    public var example: String

    public init(field: String, value: String, reason: String, accepted: String, example: String) {
        self.field = field
        self.value = value
        self.reason = reason
        self.accepted = accepted
        self.example = example
    }

    public init(field: String, _ error: GrammarError) {
        self.init(field: field, value: error.value, reason: error.reason, accepted: error.accepted, example: error.example)
    }

    public var description: String {
        "\(field) '\(value)': \(reason); accepted: \(accepted); example: \(field) \(example)"
    }
}

/// Parses an optional text with a grammar, naming `field` in the error.
func parse<V: SlurmValue>(_ type: V.Type, _ text: String?, field: String) throws(SpecError) -> V? {
    guard let text else { return nil }
    do { return try V(slurm: text) } catch { throw SpecError(field: field, error) }
}
