/// `--nice=[adjustment]`: a priority adjustment, read by sbatch with `strtol` and refused when its
/// magnitude is above 2147483645 ("Invalid --nice value, out of range (+/- 2147483645)"); `--nice`
/// without a value is 100. `strtol` reads what it can and ignores the rest, so sbatch also accepts
/// `--nice=abc` (0), `--nice=5x` (5) and an empty value (0), and its range check overflows for
/// -9223372036854775808 and below (0): warnings, refused by the generator.
public struct Nice: SlurmValue {
    /// The adjustment Slurm applies.
    public let adjustment: Int
    public let notes: [String]
    public let generatorRefusal: String?

    /// sbatch's bound on the magnitude (NICE_OFFSET - 3).
    static let largest = 2_147_483_645
    public static let accepted = "a whole number from -\(largest) to \(largest), optionally signed"
    public static let example = "10"

    public init(slurm text: String) throws(GrammarError) {
        try TextChecks.rejectControlCharacters(text, for: Self.self)
        let number = CLong(text)
        // sbatch compares llabs() of the long with the bound; llabs(LONG_MIN) overflows to a
        // negative number, which passes, and the int it keeps is then 0.
        let wrapsPastCheck = number.value == Int.min
        guard wrapsPastCheck || number.value.magnitude <= UInt(Self.largest) else {
            throw GrammarError(
                Self.self, value: text,
                reason: "out of range: sbatch refuses an adjustment beyond +/-\(Self.largest)")
        }
        adjustment = wrapsPastCheck ? 0 : number.value
        let clean = String(adjustment)
        if wrapsPastCheck {
            generatorRefusal =
                "'\(text)' overflows sbatch's range check (it is below the smallest 64-bit number), so sbatch applies 0"
        } else if !number.isWhole || number.leadingBlanks {
            let read =
                number.hasDigits ? "reads the number at its start, \(clean)," : "reads no number in it,"
            generatorRefusal = "'\(text)' is not a whole number: sbatch \(read) and applies \(clean)"
        } else {
            generatorRefusal = nil
        }
        notes = number.plus && generatorRefusal == nil ? [TextChecks.plusNote(text, clean: clean)] : []
    }

    public var description: String { String(adjustment) }
}
