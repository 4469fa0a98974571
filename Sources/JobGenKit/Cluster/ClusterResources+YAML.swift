import Yams

extension ClusterResources {
    /// A cluster profile read from YAML (what `jobgen cluster import` writes).
    public init(yaml text: String, file: String) throws(ClusterFileError) {
        do {
            self = try YAMLDecoder().decode(ClusterResources.self, from: text)
        } catch let error as DecodingError {
            throw ClusterFileError(file: file, reason: Self.describe(error))
        } catch {
            throw ClusterFileError(file: file, reason: "not YAML: \(error)")
        }
    }

    /// The profile as YAML, keys in a stable order.
    public func yaml() throws -> String {
        let encoder = YAMLEncoder()
        encoder.options.sortKeys = false
        return try encoder.encode(self)
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }
                .joined()
            return keys.isEmpty ? "the top level" : String(keys.drop { $0 == "." })
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "\(path(context)): missing key '\(key.stringValue)'"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(path(context)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}

/// A cluster profile file that cannot be used, with what is wrong where.
public struct ClusterFileError: Error, Sendable, CustomStringConvertible {
    public let file: String
    public let reason: String
    public var description: String { "\(file): \(reason)" }

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }
}
