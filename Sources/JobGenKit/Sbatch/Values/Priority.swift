/// `--priority`: a job priority (0 or more, operators only) or `TOP`. sbatch refuses only
/// negative numbers; other text reads as 0.
public struct Priority: SlurmValue {
    public let text: String
    public let notes: [String]

    public init(slurm text: String) throws(GrammarError) {
        if text.first == "-", text.dropFirst().first?.isASCIIDigit == true {
            throw GrammarError(Self.self, value: text, reason: "a priority must be 0 or more")
        }
        let plain = text.uppercased() == "TOP" || (!text.isEmpty && text.allSatisfy(\.isASCIIDigit))
        self.text = text
        notes = plain ? [] : ["sbatch reads '\(text)' as priority 0"]
    }

    public static let accepted = "a whole number, 0 or more, or TOP"
    public static let example = "TOP"
    public var description: String { text }
}
