/// An `--output`/`--error`/`--input` file name pattern, with Slurm's `%` replacements: `%%`, `%A`,
/// `%a`, `%b`, `%J`, `%j`, `%N`, `%n`, `%s`, `%t`, `%u`, `%x`, zero-padded like `%4a`.
///
/// sbatch takes any file name, spaces, quotes and `#` included when the `#SBATCH` line quotes
/// them, so every non-empty text without control characters is accepted. `description` writes it
/// so that the line's tokenizer reads it back unchanged: as is when plain, with backslashes
/// doubled, or in double quotes with `"` and `\` escaped. A backslash gets a note: Slurm keeps it
/// in the file name.
public struct FilenamePattern: SlurmValue {
    /// The pattern as sbatch uses it (after the `#SBATCH` line's escapes).
    public let text: String
    public let notes: [String]

    public static let replacements: Set<Character> = [
        "%", "A", "a", "b", "J", "j", "N", "n", "s", "t", "u", "x",
    ]
    public static let accepted =
        "a file name; %j job id, %x job name, %A/%a array job/index, %N node, %u user, %% a percent sign"
    public static let example = "slurm-%x-%j.out"

    public init(slurm text: String) throws(GrammarError) {
        try TextChecks.rejectControlCharacters(text, for: Self.self)
        if text.isEmpty { throw GrammarError(Self.self, value: text, reason: "empty") }
        self.text = text
        var collected: [String] = []
        if text.contains("\\") {
            collected.append(
                "'\(text)' holds a backslash, which Slurm keeps in the file name (and still replaces %j and the like after it)")
        }
        var index = text.startIndex
        while let percent = text[index...].firstIndex(of: "%") {
            var next = text.index(after: percent)
            while next < text.endIndex, text[next].isASCII, text[next].isNumber {
                next = text.index(after: next)
            }
            guard next < text.endIndex else {
                collected.append("'\(text)' ends in an unfinished % replacement")
                break
            }
            if !Self.replacements.contains(text[next]) {
                collected.append(
                    "'%\(text[next])' in '\(text)' is not a Slurm replacement and stays as written")
            }
            index = text.index(after: next)
        }
        notes = collected
    }

    /// The pattern as it must be written on an `#SBATCH` line to be read back as `text`.
    public var specText: String { text }

    public var description: String {
        let escaped = text.flatMap { $0 == "\\" || $0 == "\"" ? ["\\", $0] : [$0] }
        if text.contains(where: { $0.isWhitespace || "'\"#".contains($0) }) {
            return "\"" + String(escaped) + "\""
        }
        return String(escaped)
    }
}
