/// An `--output`/`--error`/`--input` file name pattern, with Slurm's `%` replacements: `%%`, `%A`,
/// `%a`, `%b`, `%J`, `%j`, `%N`, `%n`, `%s`, `%t`, `%u`, `%x`, zero-padded like `%4a`.
///
/// The pattern lands on an `#SBATCH` line, which sbatch splits on whitespace and where quotes
/// group and `#` starts a comment, so those characters are refused rather than quoted. A
/// backslash is accepted (sbatch keeps it in the file name) and written back escaped as `\\`, since
/// the `#SBATCH` tokenizer removes an unescaped one.
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
        // A backslash is checked as an ordinary character; the line's tokenizer has already
        // taken away the escaping one.
        try SlurmWord.checkDirectiveText(text.replacingBackslashes(), for: Self.self)
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

    /// The pattern as it must be written on an `#SBATCH` line: backslashes doubled.
    public var description: String {
        text.contains("\\") ? text.split(separator: "\\", omittingEmptySubsequences: false).joined(separator: "\\\\") : text
    }
}

extension String {
    /// The text with each backslash replaced by `/`, for checks that must not see it.
    fileprivate func replacingBackslashes() -> String {
        String(map { $0 == "\\" ? "/" : $0 })
    }
}
