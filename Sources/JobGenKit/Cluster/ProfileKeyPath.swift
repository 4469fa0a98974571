import Yams

/// Where a value sits in a cluster profile: `partitions[1].nodeTypes[0]`.
public struct ProfileKeyPath: Sendable, Equatable, CustomStringConvertible {
    public enum Step: Sendable, Equatable {
        case key(String)
        case index(Int)
    }

    public var steps: [Step]

    public init(_ steps: [Step] = []) { self.steps = steps }

    public func appending(_ key: String) -> ProfileKeyPath { ProfileKeyPath(steps + [.key(key)]) }
    public func appending(_ index: Int) -> ProfileKeyPath { ProfileKeyPath(steps + [.index(index)]) }

    public var description: String {
        guard !steps.isEmpty else { return "the top level" }
        var text = ""
        for step in steps {
            switch step {
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }

    /// The line of the value in the YAML document `root` (of its key, for a mapping's value):
    /// of the deepest step found, as a missing key is reported where its mapping is.
    func line(in root: Node) -> Int? {
        var node = root
        var line = root.mark?.line
        for step in steps {
            switch (step, node) {
            case (.key(let key), .mapping(let mapping)):
                guard let pair = mapping.first(where: { $0.key.string == key }) else { return line }
                line = pair.key.mark?.line ?? line
                node = pair.value
            case (.index(let index), .sequence(let sequence)) where sequence.indices.contains(index):
                node = sequence[index]
                line = node.mark?.line ?? line
            default:
                return line
            }
        }
        return line
    }
}
