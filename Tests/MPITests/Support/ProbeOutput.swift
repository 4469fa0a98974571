/// The `rank=<r> <key>=<value>` lines printed by mpi-probe, indexed by rank and key.
struct ProbeOutput {
    private(set) var values: [Int: [String: String]] = [:]
    private(set) var duplicateKeys: [String] = []

    init(_ text: String) {
        for line in text.split(separator: "\n") where line.hasPrefix("rank=") {
            guard let space = line.firstIndex(of: " "),
                let rank = Int(line[line.index(line.startIndex, offsetBy: 5)..<space]),
                let equals = line[space...].firstIndex(of: "=")
            else { continue }
            let key = String(line[line.index(after: space)..<equals])
            let value = String(line[line.index(after: equals)...])
            if values[rank]?[key] != nil { duplicateKeys.append("rank \(rank) \(key)") }
            values[rank, default: [:]][key] = value
        }
    }

    /// The value `rank` printed for `key`, or nil when it printed none.
    subscript(rank: Int, key: String) -> String? {
        values[rank]?[key]
    }
}

/// Formats a list the way mpi-probe prints it.
func listed<T>(_ values: [T]) -> String {
    values.map { "\($0)" }.joined(separator: ",")
}
