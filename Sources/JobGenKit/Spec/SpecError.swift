/// A spec value that is wrong, named by the flag or spec key it came from.
public struct SpecError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The flag (`--time`) or spec key (`time`) the value came from.
    public var field: String
    /// The offending value as given ("" when the problem is a combination).
    public var value: String
    public var reason: String
    public var accepted: String
    public var example: String
    /// True when `example` is written whole rather than after `field` (the example for an
    /// unknown key uses the key that was meant).
    public var exampleStandsAlone: Bool

    public init(
        field: String, value: String, reason: String, accepted: String, example: String,
        exampleStandsAlone: Bool = false
    ) {
        self.field = field
        self.value = value
        self.reason = reason
        self.accepted = accepted
        self.example = example
        self.exampleStandsAlone = exampleStandsAlone
    }

    public init(field: String, _ error: GrammarError) {
        self.init(
            field: field, value: error.value, reason: error.reason, accepted: error.accepted,
            example: error.example)
    }

    public var description: String {
        let separator = example.hasPrefix("=") ? "" : field.hasPrefix("-") ? " " : ": "
        let shown = value.isEmpty ? "" : " '\(Self.visible(value))'"
        let shownExample = exampleStandsAlone ? example : "\(field)\(separator)\(example)"
        return "\(field)\(shown): \(reason); accepted: \(accepted); example: \(shownExample)"
    }

    /// `text` with control characters written as escapes, so a message stays on one line.
    static func visible(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case _ where TextChecks.firstControlCharacter(in: String(scalar)) != nil:
                result += "\\u{" + String(scalar.value, radix: 16) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// Parses an optional text with a grammar, naming `field` in the error; `example` replaces the
/// grammar's own example where the field has a better one (a job name for `--job-name`).
func parse<V: SlurmValue>(_ type: V.Type, _ text: String?, field: String, example: String? = nil)
    throws(SpecError) -> V?
{
    guard let text else { return nil }
    let value: V
    do { value = try V(slurm: text) } catch {
        var specError = SpecError(field: field, error)
        if let example { specError.example = example }
        throw specError
    }
    if let refusal = value.generatorRefusal {
        throw SpecError(
            field: field, value: text, reason: "jobgen does not write this: \(refusal)", accepted: V.accepted,
            example: example ?? V.example)
    }
    return value
}
