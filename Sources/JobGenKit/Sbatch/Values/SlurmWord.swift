/// A plain word for an `#SBATCH` value: account, job name, partition, QOS, constraint, mail user.
///
/// sbatch splits a directive on whitespace, groups quotes, applies backslash escapes and treats
/// `#` as the start of a comment, so a value holding any of those would not reach Slurm as
/// written. jobgen refuses them (and control characters) instead of quoting.
public struct SlurmWord: SlurmValue {
    public let text: String

    public static let accepted = "non-empty text without spaces, quotes, '\\', '#' or control characters"
    public static let example = "def-someprof"

    public init(slurm text: String) throws(GrammarError) {
        try Self.checkDirectiveText(text, for: Self.self)
        self.text = text
    }

    public var description: String { text }

    /// The check every value written onto an `#SBATCH` line passes.
    static func checkDirectiveText<V: SlurmValue>(_ text: String, for type: V.Type) throws(GrammarError) {
        try TextChecks.rejectControlCharacters(text, for: V.self)
        if text.isEmpty { throw GrammarError(V.self, value: text, reason: "empty") }
        if let bad = text.first(where: { $0.isWhitespace || "'\"\\#".contains($0) }) {
            let what =
                bad.isWhitespace
                ? "a space, which would split the #SBATCH line"
                : "'\(bad)', which sbatch would not read literally"
            throw GrammarError(V.self, value: text, reason: "contains \(what)")
        }
    }
}
