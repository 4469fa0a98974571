import Yams

/// The problems of a profile's YAML against `ProfileFields`: unknown and missing keys, values of
/// the wrong type and numbers below their minimum, each at its line.
struct ProfileShape {
    let file: String

    func problems(_ node: Node, fields: [ProfileField], of what: String, at path: ProfileKeyPath)
        -> [ClusterFileError]
    {
        guard case .mapping(let mapping) = node else {
            return [
                problem(
                    path, node.mark?.line,
                    "expected \(what) (a mapping with keys \(Self.keys(fields))), found \(Self.shown(node))",
                    .wrongType)
            ]
        }
        var found: [ClusterFileError] = []
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? "\(keyNode)"
            guard let field = fields.first(where: { $0.key == key }) else {
                let closest = fields.map(\.key).min {
                    OptionTable.editDistance(key, $0) < OptionTable.editDistance(key, $1)
                }
                let hint =
                    closest.map { OptionTable.editDistance(key, $0) <= 2 ? "did you mean '\($0)'? " : "" }
                    ?? ""
                found.append(
                    problem(
                        path.appending(key), keyNode.mark?.line,
                        "unknown key '\(key)'; \(hint)the keys of \(what) are \(Self.keys(fields))",
                        .unknownKey))
                continue
            }
            found += problems(value, field: field, at: path.appending(key), line: keyNode.mark?.line)
        }
        for field in fields where field.isRequired && mapping[field.key] == nil {
            found.append(
                problem(path, node.mark?.line, "missing key '\(field.key)': \(field.about)", .missingKey))
        }
        return found
    }

    private func problems(_ value: Node, field: ProfileField, at path: ProfileKeyPath, line: Int?)
        -> [ClusterFileError]
    {
        if value.null != nil, !field.isRequired { return [] }
        func wrong(_ expected: String) -> [ClusterFileError] {
            [problem(path, line, "expected \(expected), found \(Self.shown(value))", .wrongType)]
        }
        switch field.value {
        case .text:
            guard case .scalar = value, value.null == nil else { return wrong("text") }
            return []
        case .boolean:
            guard case .scalar(let scalar) = value, YAMLScalar.bool(scalar) != nil else {
                return wrong("true or false")
            }
            return []
        case .integer(let minimum):
            guard case .scalar(let scalar) = value, let number = YAMLScalar.int(scalar) else {
                return wrong("a whole number")
            }
            guard number < minimum else { return [] }
            let (wanted, kind): (String, ClusterFileError.Problem) =
                minimum == 1 ? ("positive", .notPositive) : ("at least \(minimum)", .negative)
            return [problem(path, line, "\(number) is not \(wanted); \(field.key): \(field.about)", kind)]
        case .texts:
            guard case .sequence(let items) = value else {
                return wrong("a list of text values, such as [a, b]")
            }
            return items.enumerated().flatMap { index, item -> [ClusterFileError] in
                guard case .scalar = item, item.null == nil else {
                    return [
                        problem(
                            path.appending(index), item.mark?.line,
                            "expected text, found \(Self.shown(item))",
                            .wrongType)
                    ]
                }
                return []
            }
        case .object(let what, let fields):
            return problems(value, fields: fields, of: "\(what)", at: path)
        case .number(let minimum):
            guard case .scalar(let scalar) = value, let number = YAMLScalar.double(scalar) else {
                return wrong("a number")
            }
            guard number < minimum else { return [] }
            return [problem(path, line, "\(number) is below \(minimum); \(field.key): \(field.about)", .negative)]
        case .objects(let what, let fields):
            guard case .sequence(let items) = value else { return wrong("a list of \(what) mappings") }
            return items.enumerated().flatMap { index, item in
                problems(item, fields: fields, of: "a \(what)", at: path.appending(index))
            }
        }
    }

    private func problem(
        _ path: ProfileKeyPath, _ line: Int?, _ reason: String, _ kind: ClusterFileError.Problem
    ) -> ClusterFileError {
        ClusterFileError(file: file, line: line, key: path, reason: reason, problem: kind)
    }

    private static func keys(_ fields: [ProfileField]) -> String {
        fields.map(\.key).joined(separator: ", ")
    }

    private static func shown(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): node.null != nil ? "nothing" : "'\(scalar.string)'"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}
