import Foundation
import Yams

extension JobSpec {
    /// Reads a spec from YAML or JSON text (JSON when the text starts with `{`). A bad value
    /// throws `SpecError` naming its key; bad syntax throws the parser's error.
    public init(specText: String) throws {
        let trimmed = specText.drop { $0.isWhitespace }
        if trimmed.isEmpty {
            throw SpecError(
                field: "kind", value: "", reason: "the spec is empty",
                accepted: "a YAML or JSON mapping with at least kind", example: "distributed")
        }
        if trimmed.hasPrefix("{") {
            self = try JSONDecoder().decode(JobSpec.self, from: Data(specText.utf8))
        } else {
            do {
                self = try YAMLDecoder().decode(JobSpec.self, from: specText)
            } catch DecodingError.dataCorrupted(let context) where context.underlyingError is SpecError {
                // Yams wraps errors thrown while decoding; the spec's own error is the useful one.
                throw context.underlyingError!
            }
        }
    }

    /// The spec as YAML, readable back by `init(specText:)` and by other YAML readers: values
    /// like `08:00:00` are quoted, since YAML 1.1 readers take them for base-60 numbers.
    public func yaml() throws -> String {
        let plain = try YAMLEncoder().encode(self)
        guard case .mapping(let mapping)? = try Yams.compose(yaml: plain) else { return plain }
        let pairs = mapping.map { key, value -> (Node, Node) in
            guard case .scalar(let scalar) = value, Self.looksSexagesimal(scalar.string) else {
                return (key, value)
            }
            return (key, Node(scalar.string, Tag(.str), .doubleQuoted))
        }
        return try Yams.serialize(node: Node(pairs))
    }

    private static func looksSexagesimal(_ text: String) -> Bool {
        text.contains(":") && text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ":" || $0 == "-") }
    }
}
