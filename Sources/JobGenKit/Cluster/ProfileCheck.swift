import Yams

/// Reads a cluster profile's YAML and finds everything wrong with it, each problem with its file,
/// line and key: what `jobgen cluster check` prints and what refuses a profile elsewhere.
public enum ProfileCheck {
    /// The profile, when its YAML decodes, and its problems in line order (none: it is usable).
    public static func read(yaml text: String, file: String) -> (
        profile: ClusterResources?, problems: [ClusterFileError]
    ) {
        let root: Node
        switch compose(yaml: text, file: file) {
        case .failure(let problem): return (nil, [problem])
        case .success(nil):
            return (nil, [notYAML(file, nil, "empty; a profile has at least name, nodeTypes and partitions")])
        case .success(let node?): root = node
        }
        let shape = ProfileShape(file: file).problems(
            root, fields: ProfileFields.profile, of: "a cluster profile", at: ProfileKeyPath())
        guard shape.isEmpty else { return (nil, sorted(shape)) }
        let profile: ClusterResources
        do {
            profile = try YAMLNodeDecoder().decode(ClusterResources.self, from: root)
        } catch let error as DecodingError {
            // ProfileFields said the shape is right: the two disagree, which a test should catch.
            let (path, reason) = describe(error)
            return (nil, [ClusterFileError(file: file, line: path.line(in: root), key: path, reason: reason)])
        } catch {
            return (nil, [notYAML(file, nil, "\(error)")])
        }
        let inconsistencies = profile.inconsistencies().map {
            ClusterFileError(
                file: file, line: $0.key.line(in: root), key: $0.key, reason: $0.reason, problem: $0.problem)
        }
        return (profile, sorted(inconsistencies))
    }

    /// The YAML document of `text` (nil when it is empty), or why it is not YAML, with its line.
    /// Scalars are left untagged (Yams' basic resolver: its default one matches each against a
    /// dozen regular expressions); readers go by their text (`YAMLScalar`).
    static func compose(yaml text: String, file: String) -> Result<Node?, ClusterFileError> {
        do {
            return .success(try Yams.compose(yaml: text, .basic))
        } catch let error as YamlError {
            return .failure(yamlProblem(error, file: file))
        } catch {
            return .failure(notYAML(file, nil, "\(error)"))
        }
    }

    private static func sorted(_ problems: [ClusterFileError]) -> [ClusterFileError] {
        problems.enumerated().sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }
            .map(\.element)
    }

    private static func notYAML(_ file: String, _ line: Int?, _ reason: String) -> ClusterFileError {
        ClusterFileError(file: file, line: line, reason: "not YAML: \(reason)", problem: .notYAML)
    }

    private static func yamlProblem(_ error: YamlError, file: String) -> ClusterFileError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            return notYAML(file, mark.line, (context.map { "\($0.text), " } ?? "") + problem)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return notYAML(
                file, context.mark.line,
                "a key given twice in one mapping: \(duplicates.sorted().joined(separator: ", "))")
        default:
            return notYAML(file, nil, "\(error)")
        }
    }

    private static func describe(_ error: DecodingError) -> (ProfileKeyPath, String) {
        func path(_ context: DecodingError.Context) -> ProfileKeyPath {
            ProfileKeyPath(context.codingPath.map { $0.intValue.map { .index($0) } ?? .key($0.stringValue) })
        }
        switch error {
        case .keyNotFound(let key, let context):
            return (path(context), "missing key '\(key.stringValue)'")
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return (path(context), context.debugDescription)
        @unknown default:
            return (ProfileKeyPath(), "\(error)")
        }
    }
}
