/// `--priority`: a job priority (operators only) or `TOP`. sbatch reads the number with `strtoll`
/// and refuses it below 0 ("Priority must be >= 0") and from 4294967294 up ("Priority must be <
/// 4294967294"); `strtoll` reads what it can, so `abc` is priority 0 and `5x` is 5: sbatch
/// accepts those (a warning, refused by the generator).
public struct Priority: SlurmValue {
    public let text: String
    public let notes: [String]
    public let generatorRefusal: String?

    /// The first priority sbatch refuses (NO_VAL - 1).
    static let limit = 4_294_967_294

    public init(slurm text: String) throws(GrammarError) {
        try TextChecks.rejectControlCharacters(text, for: Self.self)
        self.text = text
        if text.uppercased() == "TOP" {
            (notes, generatorRefusal) = ([], nil)
            return
        }
        let number = CLong(text)
        guard number.value >= 0 else {
            throw GrammarError(Self.self, value: text, reason: "a priority must be 0 or more")
        }
        guard number.value < Self.limit else {
            throw GrammarError(Self.self, value: text, reason: "a priority must be below \(Self.limit)")
        }
        let whole = number.isWhole && !number.leadingBlanks
        generatorRefusal =
            whole ? nil : "'\(text)' is not a whole number: sbatch reads it as priority \(number.value)"
        notes = whole && number.plus ? [TextChecks.plusNote(text, clean: String(number.value))] : []
    }

    public static let accepted = "a whole number from 0 to \(limit - 1), or TOP"
    public static let example = "TOP"
    public var description: String { text }
}
