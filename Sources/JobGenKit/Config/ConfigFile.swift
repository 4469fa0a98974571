import Foundation
import Yams

/// One config file's settings, as read: each with the line it is on.
public struct ConfigFile: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        case text(String)
        case texts([String])
    }

    public struct Setting: Sendable, Equatable {
        public let value: Value
        public let line: Int?

        public init(value: Value, line: Int?) {
            self.value = value
            self.line = line
        }
    }

    public let file: String
    /// By flat name (`validate.format`, `modules.gpu`); a key the file leaves out is absent.
    public let settings: [String: Setting]

    /// The settings of `text`, or every problem with it, each naming file, line and key. An
    /// empty file has no settings. `home` expands a leading `~/`; a relative path in `cluster`
    /// or `templates` is taken from the file's own directory.
    public static func read(yaml text: String, file: String, home: String) -> Result<ConfigFile, ConfigProblems> {
        let root: Node
        switch ProfileCheck.compose(yaml: text, file: file) {
        case .failure(let problem): return .failure(ConfigProblems([problem]))
        case .success(nil): return .success(ConfigFile(file: file, settings: [:]))
        case .success(let node?): root = node
        }
        let shape = ProfileShape(file: file).problems(
            root, fields: ConfigFields.file, of: "a jobgen config file", at: ProfileKeyPath())
        // A value is checked once its key's shape is right, so one pass names every problem.
        let misshapen = shape.compactMap { $0.key?.description }
        var settings: [String: Setting] = [:]
        var problems = shape
        for name in ConfigFields.names
        where !misshapen.contains(where: { $0 == name || $0.hasPrefix(name + "[") || name.hasPrefix($0 + ".") }) {
            let path = ProfileKeyPath(name.split(ascii: ".").map { .key(String($0)) })
            guard let node = Self.node(at: path, in: root), node.null == nil else { continue }
            let line = path.line(in: root)
            let value: Value
            if case .sequence(let items) = node {
                value = .texts(items.compactMap(\.string))
            } else {
                value = .text(node.string ?? "")
            }
            switch ConfigValueCheck.checked(value, name: name, file: file, home: home) {
            case .success(let checked): settings[name] = Setting(value: checked, line: line)
            case .failure(let reason):
                problems.append(ClusterFileError(file: file, line: line, key: path, reason: reason.description, problem: .badValue))
            }
        }
        guard problems.isEmpty else { return .failure(.ofOneFile(problems)) }
        return .success(ConfigFile(file: file, settings: settings))
    }

    /// The file's text; nil when it cannot be read. Read through a handle, not
    /// `FileManager.contents`, so that `/dev/null` is an empty file.
    public static func text(atPath path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path), let data = try? handle.readToEnd() ?? Data() else {
            return nil
        }
        return String(decoding: data, as: UTF8.self)
    }

    private static func node(at path: ProfileKeyPath, in root: Node) -> Node? {
        var node = root
        for case .key(let key) in path.steps {
            guard case .mapping(let mapping) = node, let value = mapping[key] else { return nil }
            node = value
        }
        return node
    }
}

/// Everything wrong with the config files: the site file's, then the user's, each in line order.
public struct ConfigProblems: Error, Sendable, Equatable, CustomStringConvertible {
    public let problems: [ClusterFileError]

    public init(_ problems: [ClusterFileError]) { self.problems = problems }

    /// One file's problems, in line order.
    static func ofOneFile(_ problems: [ClusterFileError]) -> ConfigProblems {
        ConfigProblems(
            problems.enumerated().sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }
                .map(\.element))
    }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
