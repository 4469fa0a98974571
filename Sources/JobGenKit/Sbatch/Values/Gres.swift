/// A `--gres` request: a comma list of `name[[:type]:count]` per node, e.g. `gpu:a100:1`. A count
/// with a `+` (`gpu:+1`) is accepted, as sbatch's `strtol` does, with a note.
public struct Gres: SlurmValue {
    /// Each resource as given: name, optional type, count (1 when omitted).
    public let items: [Item]
    public let notes: [String]

    public struct Item: Sendable, Equatable {
        public let name: String
        public let type: String?
        public let count: Int
    }

    public static let accepted = "a comma list of name[[:type]:count], e.g. gpu:a100:1"
    public static let example = "gpu:a100:1"

    public init(slurm text: String) throws(GrammarError) {
        try TextChecks.rejectControlCharacters(text, for: Self.self)
        if text.isEmpty { throw GrammarError(Self.self, value: text, reason: "empty") }
        var parsed: [Item] = []
        var collected: [String] = []
        for item in text.split(ascii: ",", omittingEmptySubsequences: false) {
            let parts = item.split(ascii: ":", omittingEmptySubsequences: false)
            guard (1...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty }) else {
                throw GrammarError(Self.self, value: text, reason: "'\(item)' is not name[[:type]:count]")
            }
            for part in parts.dropLast() where !Self.isName(part) {
                throw GrammarError(
                    Self.self, value: text, reason: "'\(part)' must be letters, digits, '_', '.' or '-'")
            }
            let last = parts[parts.count - 1]
            if let (count, plus) = TextChecks.slurmUnsigned(last) {
                if plus { collected.append(TextChecks.plusNote(String(item), clean: String(item).replacingPlus())) }
                guard parts.count > 1 else {
                    throw GrammarError(
                        Self.self, value: text, reason: "'\(item)' has a count but no resource name")
                }
                parsed.append(
                    Item(
                        name: String(parts[0]), type: parts.count == 3 ? String(parts[1]) : nil, count: count)
                )
            } else {
                guard parts.count <= 2, Self.isName(last) else {
                    throw GrammarError(
                        Self.self, value: text,
                        reason: "the count '\(last)' of '\(item)' is not a whole number")
                }
                parsed.append(
                    Item(name: String(parts[0]), type: parts.count == 2 ? String(last) : nil, count: 1))
            }
        }
        items = parsed
        // sbatch takes gpu:0 and runs the job without a GPU.
        let zeroGPUs = parsed.contains { $0.name == "gpu" && $0.count == 0 }
        notes = collected + (zeroGPUs ? ["a gpu count of 0 requests no GPU"] : [])
    }

    public var description: String {
        items.map { item in
            [item.name, item.type, String(item.count)].compactMap { $0 }.joined(separator: ":")
        }.joined(separator: ",")
    }

    private static func isName(_ text: Substring) -> Bool {
        text.first?.isLetter == true
            && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_.-".contains($0)) }
    }
}

extension String {
    /// The text without its `+` signs (`gpu:+1` → `gpu:1`).
    fileprivate func replacingPlus() -> String { String(filter { $0 != "+" }) }
}
