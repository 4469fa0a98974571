/// A `--dependency` list: `type:id[:id...]` items joined by `,` (all must hold) or `?` (any may),
/// or `singleton`. ids may carry `+minutes` (documented for `after`; sbatch takes it on
/// every type). Types are case-insensitive in sbatch (`AFTEROK:1`); jobgen accepts them with a
/// note and writes them back in lower case.
public struct Dependency: SlurmValue {
    /// The text as given.
    public let text: String
    /// The text with every type in lower case: what jobgen writes back.
    let clean: String
    public let notes: [String]

    public static let types = ["after", "afterany", "afterburstbuffer", "aftercorr", "afternotok", "afterok"]
    public static let accepted =
        "singleton, or type:jobid[:jobid...] joined by ',' or '?', type one of "
        + types.joined(separator: ", ")
    public static let example = "afterok:12345"

    public init(slurm text: String) throws(GrammarError) {
        try TextChecks.rejectControlCharacters(text, for: Self.self)
        self.text = text
        if text.isEmpty { throw GrammarError(Self.self, value: text, reason: "empty") }
        if text.contains(",") && text.contains("?") {
            throw GrammarError(Self.self, value: text, reason: "',' (all) and '?' (any) cannot be mixed")
        }
        for item in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == "?" }) {
            try Self.check(item, in: text)
        }
        clean = Self.lowercasingTypes(text)
        notes =
            clean == text
            ? [] : ["dependency types are case-insensitive; '\(text)' is read as \(clean), the usual spelling"]
    }

    public var description: String { clean }

    /// `text` with the type of each item (before its first ':') in lower case.
    private static func lowercasingTypes(_ text: String) -> String {
        var result = ""
        var inType = true
        for character in text {
            if character == "," || character == "?" {
                inType = true
            } else if character == ":" {
                inType = false
            }
            result += inType ? character.lowercased() : String(character)
        }
        return result
    }

    private static func check(_ item: Substring, in text: String) throws(GrammarError) {
        if item.lowercased() == "singleton" { return }
        let parts = item.split(separator: ":", omittingEmptySubsequences: false)
        let type = parts[0].lowercased()
        guard types.contains(type) else {
            let reason = item.isEmpty ? "an item is empty" : "unknown dependency type '\(type)'"
            throw GrammarError(Self.self, value: text, reason: reason)
        }
        guard parts.count >= 2 else {
            throw GrammarError(Self.self, value: text, reason: "'\(item)' names no job id")
        }
        for id in parts.dropFirst() {
            let pieces = id.split(separator: "+", maxSplits: 1, omittingEmptySubsequences: false)
            guard isJobID(pieces[0]) else {
                throw GrammarError(
                    Self.self, value: text, reason: "'\(id)' is not a job id (digits, or jobid_index)")
            }
            if pieces.count == 2 {
                guard TextChecks.unsignedInteger(pieces[1]) != nil else {
                    throw GrammarError(
                        Self.self, value: text, reason: "'+\(pieces[1])' is not a number of minutes")
                }
            }
        }
    }

    private static func isJobID(_ text: Substring) -> Bool {
        let parts = text.split(separator: "_", omittingEmptySubsequences: false)
        return parts.count <= 2 && parts.allSatisfy { TextChecks.unsignedInteger($0) != nil }
    }
}
