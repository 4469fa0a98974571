/// An `--output`/`--error`/`--input` file name pattern, with Slurm's `%` replacements: `%%`, `%A`,
/// `%a`, `%b`, `%J`, `%j`, `%N`, `%n`, `%s`, `%t`, `%u`, `%x`, zero-padded like `%4a`.
///
/// The pattern lands on an `#SBATCH` line, which sbatch splits on whitespace and where quotes
/// group and `#` starts a comment, so those characters are refused rather than quoted.
public struct FilenamePattern: SlurmValue {
    /// The text as given, which is also what jobgen writes back.
    public let text: String
    public let notes: [String]

    public static let replacements: Set<Character> = [
        "%", "A", "a", "b", "J", "j", "N", "n", "s", "t", "u", "x",
    ]
    public static let accepted =
        "a file name; %j job id, %x job name, %A/%a array job/index, %N node, %u user, %% a percent sign"
    public static let example = "slurm-%x-%j.out"

    public init(slurm text: String) throws(GrammarError) {
        try SlurmWord.checkDirectiveText(text, for: Self.self)
        self.text = text
        var collected: [String] = []
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

    public var description: String { text }
}
