/// A `--mail-type` list: a comma list of Slurm's event names, case-insensitive. sbatch skips
/// empty items (`BEGIN,,END`), so they are accepted with a note, and dropped when written back.
public struct MailTypes: SlurmValue {
    /// The text as given.
    public let text: String
    /// The events, upper-cased, in the order given.
    public let events: [String]
    public let notes: [String]

    public static let names = [
        "NONE", "BEGIN", "END", "FAIL", "REQUEUE", "ALL", "INVALID_DEPEND", "STAGE_OUT", "TIME_LIMIT",
        "TIME_LIMIT_90", "TIME_LIMIT_80", "TIME_LIMIT_50", "ARRAY_TASKS",
    ]
    public static let accepted = "a comma list of " + names.joined(separator: ", ")
    public static let example = "END,FAIL"

    public init(slurm text: String) throws(GrammarError) {
        try TextChecks.rejectControlCharacters(text, for: Self.self)
        self.text = text
        if text.isEmpty { throw GrammarError(Self.self, value: text, reason: "empty") }
        var parsed: [String] = []
        let items = text.split(ascii: ",", omittingEmptySubsequences: false)
        if items.allSatisfy(\.isEmpty) {
            throw GrammarError(Self.self, value: text, reason: "the comma list names no event")
        }
        for item in items where !item.isEmpty {
            let name = item.uppercased()
            guard Self.names.contains(name) else {
                let reason = "'\(item)' is not a mail event"
                throw GrammarError(
                    Self.self, value: text,
                    reason: reason + (item.contains(";") ? " (';' is not a separator; use ',')" : ""))
            }
            parsed.append(name)
        }
        events = parsed
        var collected: [String] = []
        if items.contains(where: \.isEmpty) {
            collected.append(
                "'\(text)' has an empty item, which Slurm skips; write \(Self.clean(text, items))")
        }
        if parsed.contains("NONE") && parsed.count > 1 {
            collected.append("NONE together with other events in '\(text)'")
        }
        notes = collected
    }

    /// The list as given, less empty items.
    public var description: String {
        Self.clean(text, text.split(ascii: ",", omittingEmptySubsequences: false))
    }

    private static func clean(_ text: String, _ items: [Substring]) -> String {
        items.filter { !$0.isEmpty }.joined(separator: ",")
    }
}
