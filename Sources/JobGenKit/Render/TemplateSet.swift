import Foundation

/// The Mustache templates a render uses: the embedded ones, optionally overridden by the
/// user's files. A directory overrides by name (`base.mustache` replaces the shared skeleton,
/// `gpu.mustache` the gpu kind ...); a single file replaces the template of the kind rendered.
public struct TemplateSet: Sendable {
    /// Template text by name.
    public private(set) var texts: [String: String]
    /// The file each of the user's templates was read from, by template name.
    public private(set) var paths: [String: String] = [:]

    /// The templates built into jobgen.
    public static let embedded = TemplateSet(texts: EmbeddedTemplates.all)

    public init(texts: [String: String]) {
        self.texts = texts
    }

    /// Errors reading a user's templates.
    public struct LoadError: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "--template '\(path)': \(reason)" }
    }

    /// These templates with the user's file or directory at `path` laid over them; a file
    /// becomes the template of `kind`.
    public func overridden(by path: String, kind: JobKind) throws(LoadError) -> TemplateSet {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw LoadError(path: path, reason: "no such file or directory")
        }
        var result = self
        if isDirectory.boolValue {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            let templates = names.filter { $0.hasSuffix(".mustache") }
            if templates.isEmpty { throw LoadError(path: path, reason: "holds no .mustache file") }
            for name in templates {
                let file = (path as NSString).appendingPathComponent(name)
                let templateName = (name as NSString).deletingPathExtension
                result.texts[templateName] = try Self.read(file)
                result.paths[templateName] = file
            }
        } else {
            result.texts[kind.rawValue] = try Self.read(path)
            result.paths[kind.rawValue] = path
        }
        return result
    }

    private static func read(_ path: String) throws(LoadError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(path: path, reason: "cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LoadError(path: path, reason: "is not UTF-8 text")
        }
        return text
    }
}
