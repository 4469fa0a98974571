import Foundation
import Yams

extension JobSpec {
    /// Reads a spec from YAML or JSON text (JSON when the text starts with `{`).
    public init(specText: String) throws {
        let trimmed = specText.drop { $0.isWhitespace }
        if trimmed.hasPrefix("{") {
            self = try JSONDecoder().decode(JobSpec.self, from: Data(specText.utf8))
        } else {
            self = try YAMLDecoder().decode(JobSpec.self, from: specText)
        }
    }

    /// The spec as YAML, readable back by `init(specText:)`.
    public func yaml() throws -> String {
        try YAMLEncoder().encode(self)
    }
}
