/// The options a try's allocation asks, in order, as salloc reads them (`--name=value`).
struct TryShape {
    private(set) var entries: [(name: String, value: String?)] = []

    var options: [String] { entries.map { "--\($0.name)" + ($0.value.map { "=\($0)" } ?? "") } }

    mutating func append(_ name: String, _ value: String?) { entries.append((name, value)) }

    /// The last value given for `name`.
    func value(of name: String) -> String? { entries.last { $0.name == name }?.value }

    /// Every `name` replaced by one `--name=value`; says what changed.
    mutating func replace(_ name: String, with value: String, why: String) -> String {
        let before = self.value(of: name)
        entries.removeAll { $0.name == name }
        entries.append((name, value))
        return "--\(name)=\(value) (\(why))" + (before.map { "; the script asks --\(name)=\($0)" } ?? "")
    }

    /// The job on one node with at most two tasks and one GPU per GPU request, its other
    /// options kept; a description of the change, or nil when the job is that small already.
    mutating func scaledDown() -> String? {
        let before = options
        var scaled: [(name: String, value: String?)] = []
        for (name, value) in entries {
            switch name {
            case "nodes": scaled.append((name, "1"))
            case "ntasks", "ntasks-per-node": scaled.append((name, value.map { Self.atMost(2, $0) }))
            case "gpus", "gpus-per-node", "gpus-per-task", "gpus-per-socket": scaled.append((name, value.map(Self.oneGPU)))
            case "gres": scaled.append((name, value.map(Self.oneGPUInGres)))
            // A whole node, or named nodes, would undo the shrinking.
            case "exclusive", "nodelist": continue
            default: scaled.append((name, value))
            }
        }
        entries = scaled
        let after = options
        guard after != before else { return nil }
        let name = { (option: String) in option.prefix { $0 != "=" } }
        let added = after.filter { !before.contains($0) }
        let gone = before.filter { !after.contains($0) }
        let removed = gone.filter { option in !added.contains { name($0) == name(option) } }
        return "scaled down: " + added.joined(separator: " ")
            + (removed.isEmpty ? "" : (added.isEmpty ? "" : ", ") + "without " + removed.joined(separator: " "))
            + " (the script asks " + gone.joined(separator: " ") + ")"
    }

    /// `text` as a count of at most `limit` (a range `2-8` becomes its smaller end, capped).
    private static func atMost(_ limit: Int, _ text: String) -> String {
        let first = text.split(ascii: "-").first.flatMap { Int($0) } ?? limit
        return String(min(first, limit))
    }

    /// `a100:4` becomes `a100:1`, `4` becomes `1`.
    private static func oneGPU(_ text: String) -> String {
        var parts = text.split(ascii: ":", omittingEmptySubsequences: false).map(String.init)
        if let last = parts.last, Int(last) != nil { parts[parts.count - 1] = "1" } else { parts.append("1") }
        return parts.joined(separator: ":")
    }

    /// The GPU entries of a `--gres` list asking one GPU each (`gpu:a100:4` is `gpu:a100:1`).
    private static func oneGPUInGres(_ text: String) -> String {
        text.split(ascii: ",").map { entry in
            entry.hasPrefix("gpu") ? oneGPU(String(entry)) : String(entry)
        }.joined(separator: ",")
    }
}
