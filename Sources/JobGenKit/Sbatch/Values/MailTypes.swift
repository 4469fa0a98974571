/// A `--mail-type` list: a comma list of Slurm's event names, case-insensitive.
public struct MailTypes: SlurmValue {
    /// The text as given, which is also what jobgen writes back.
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
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            let name = item.uppercased()
            guard Self.names.contains(name) else {
                let reason =
                    item.isEmpty ? "an item of the comma list is empty" : "'\(item)' is not a mail event"
                throw GrammarError(
                    Self.self, value: text,
                    reason: reason + (item.contains(";") ? " (';' is not a separator; use ',')" : ""))
            }
            parsed.append(name)
        }
        events = parsed
        notes =
            parsed.contains("NONE") && parsed.count > 1
            ? ["NONE together with other events in '\(text)'"] : []
    }

    public var description: String { text }
}
