/// A `--dependency` list: `type:id[:id...]` items joined by `,` (all must hold) or `?` (any may),
/// or `singleton`; a bare `jobid` is read as `afterany:jobid` (a note). ids are `jobid` or
/// `jobid_index` and may carry `+minutes` (documented for `after`; sbatch takes it on every type).
///
/// sbatch reads the numbers with `strtol`: types and `singleton` are case-insensitive
/// (`AFTEROK:1`), a job id or index may carry a `+` (`afterok:+5` is job 5) and an empty index
/// (`1_`) is index 0. jobgen accepts those with a note and writes the clean form back. A job id
/// is read into a 64-bit `long` and kept as 32 bits: a negative id or one above 4294967295 wraps
/// (`-1` is job 4294967295), which sbatch accepts (a warning, refused by the generator), unless
/// it wraps to 0 ("Job dependency problem", like job id 0 itself).
public struct Dependency: SlurmValue {
    /// The text as given.
    public let text: String
    /// The clean spelling of each item, joined by the list's separator: what jobgen writes back.
    let clean: String
    public let notes: [String]
    public let generatorRefusal: String?

    public static let types = ["after", "afterany", "afterburstbuffer", "aftercorr", "afternotok", "afterok"]
    public static let accepted =
        "singleton, or type:jobid[:jobid...] joined by ',' or '?', type one of "
        + types.joined(separator: ", ")
    public static let example = "afterok:12345"
    /// Job ids and `+minutes` are 32-bit unsigned in Slurm; sbatch refuses larger ones.
    static let largestJobID = Int(UInt32.max)

    public init(slurm text: String) throws(GrammarError) {
        try TextChecks.rejectControlCharacters(text, for: Self.self)
        self.text = text
        if text.isEmpty { throw GrammarError(Self.self, value: text, reason: "empty") }
        if text.contains(",") && text.contains("?") {
            throw GrammarError(Self.self, value: text, reason: "',' (all) and '?' (any) cannot be mixed")
        }
        var items: [String] = []
        var collected: [String] = []
        var wraps: [String] = []
        for item in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == "?" }) {
            items.append(try Self.cleanItem(item, in: text, notes: &collected, wraps: &wraps))
        }
        clean = items.joined(separator: text.contains("?") ? "?" : ",")
        if clean != text { collected.append("write \(clean)") }
        notes =
            clean == text || !wraps.isEmpty
            ? [] : ["'\(text)' is read as \(clean): " + collected.joined(separator: "; ")]
        generatorRefusal =
            wraps.isEmpty
            ? nil
            : "sbatch keeps job ids in 32 bits: " + wraps.joined(separator: ", ")
                + ", which is not the job meant; write the job id (1 to \(Self.largestJobID))"
    }

    public var description: String { clean }

    /// Checks one item and returns its clean spelling, adding what was unusual to `notes`.
    private static func cleanItem(
        _ item: Substring, in text: String, notes: inout [String], wraps: inout [String]
    ) throws(GrammarError) -> String {
        if item.lowercased() == "singleton" {
            if item != "singleton" { notes.append("'singleton' is case-insensitive") }
            return "singleton"
        }
        let parts = item.split(ascii: ":", omittingEmptySubsequences: false)
        // A bare job id is the old spelling of afterany:jobid, which sbatch still takes.
        if parts.count == 1, let first = item.first, first.isASCIIDigit {
            let id = try cleanID(item, in: text, notes: &notes, wraps: &wraps)
            notes.append("a bare job id means afterany:\(id)")
            return "afterany:\(id)"
        }
        let type = parts[0].lowercased()
        guard types.contains(type) else {
            let reason = item.isEmpty ? "an item is empty" : "unknown dependency type '\(parts[0])'"
            throw GrammarError(Self.self, value: text, reason: reason)
        }
        if type != parts[0] { notes.append("dependency types are case-insensitive") }
        guard parts.count >= 2 else {
            throw GrammarError(Self.self, value: text, reason: "'\(item)' names no job id")
        }
        var ids: [String] = []
        for id in parts.dropFirst() {
            ids.append(try cleanID(id, in: text, notes: &notes, wraps: &wraps))
        }
        return ([type] + ids).joined(separator: ":")
    }

    /// `[+]jobid[_[[+]index]][+minutes]`, in its clean spelling.
    private static func cleanID(
        _ id: Substring, in text: String, notes: inout [String], wraps: inout [String]
    ) throws(GrammarError) -> String {
        let notJobID = GrammarError(
            Self.self, value: text,
            reason: "'\(id)' is not a job id (digits, or jobid_index, optionally +minutes)")
        var rest = id
        func number(_ part: inout Substring) -> Int? {
            let plus = part.hasPrefix("+")
            let digits = part.dropFirst(plus ? 1 : 0).prefix { $0.isASCII && $0.isNumber }
            guard let value = TextChecks.unsignedInteger(digits) else { return nil }
            if plus { notes.append("a '+' before a job id or index is ignored") }
            part = part.dropFirst((plus ? 1 : 0) + digits.count)
            return value
        }
        let read = CLong(rest)
        guard read.hasDigits, !read.leadingBlanks else { throw notJobID }
        let written = rest.prefix(rest.count - read.rest.count)
        rest = read.rest
        let job = read.uint32
        guard job >= 1 else {
            let reason =
                read.value == 0
                ? "job id 0 does not exist (job ids start at 1)"
                : "job id \(written) wraps to 0 in Slurm's 32-bit job ids, and job 0 does not exist"
            throw GrammarError(Self.self, value: text, reason: reason)
        }
        if read.value != job {
            wraps.append("'\(written)' is job \(job)")
        } else if read.plus {
            notes.append("a '+' before a job id or index is ignored")
        }
        var clean = String(job)
        if rest.hasPrefix("_") {
            rest = rest.dropFirst()
            if rest.isEmpty || rest.hasPrefix("+") && rest.dropFirst().first.map({ !$0.isNumber }) ?? true {
                notes.append("'\(job)_' without an index means index 0")
                clean += "_0"
            } else {
                guard let index = number(&rest) else { throw notJobID }
                clean += "_\(index)"
            }
        }
        if rest.hasPrefix("+") {
            guard let minutes = TextChecks.unsignedInteger(rest.dropFirst()), minutes <= largestJobID else {
                throw GrammarError(
                    Self.self, value: text,
                    reason: "'\(rest)' is not a number of minutes (at most \(largestJobID))")
            }
            clean += "+\(minutes)"
            rest = ""
        }
        guard rest.isEmpty else { throw notJobID }
        return clean
    }
}
