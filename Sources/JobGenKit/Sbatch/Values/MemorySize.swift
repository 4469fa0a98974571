/// A memory amount for `--mem`, `--mem-per-cpu`, `--mem-per-gpu` and `--tmp`: a whole number with
/// an optional unit `K`, `M`, `G` or `T` (case-insensitive, binary, optional trailing `B`);
/// without a unit it is megabytes. `0` asks for all of a node's memory. A leading `+` is accepted
/// (with a note) as sbatch's `strtol` does, and dropped when written back. The number must fit a
/// 64-bit `long`; sbatch then multiplies by the unit in 64 bits, where `17592186044417T` wraps to
/// 1T: accepted by sbatch, a warning here, refused by the generator.
public struct MemorySize: SlurmValue {
    /// The text as given, less a leading `+`: what jobgen writes back.
    public let text: String
    /// The amount in mebibytes (rounded up for `K`).
    public let megabytes: Int
    public let notes: [String]
    public let generatorRefusal: String?

    public static let accepted =
        "a whole number with an optional unit K, M, G or T (default M), e.g. 4G, 500M, 4096"
    public static let example = "4G"

    public init(slurm text: String) throws(GrammarError) {
        try TextChecks.rejectControlCharacters(text, for: Self.self)
        let plus = text.hasPrefix("+")
        let unsigned = plus ? String(text.dropFirst()) : text
        self.text = unsigned
        let digits = unsigned.prefix { $0.isASCII && $0.isNumber }
        var unit = unsigned.dropFirst(digits.count).uppercased()
        guard let amount = TextChecks.unsignedInteger(digits) else {
            throw GrammarError(Self.self, value: text, reason: TextChecks.notANumberReason(Substring(text)))
        }
        if unit.hasPrefix(".") || unit.hasPrefix(",") {
            throw GrammarError(
                Self.self, value: text,
                reason: "decimals are not accepted; use a smaller unit (1536M, not 1.5G)")
        }
        if unit.count == 2, unit.hasSuffix("B") { unit.removeLast() }
        let scale: (multiply: Int, divide: Int)
        switch unit {
        case "": scale = (1, 1)
        case "K": scale = (1, 1024)
        case "M": scale = (1, 1)
        case "G": scale = (1024, 1)
        case "T": scale = (1024 * 1024, 1)
        default:
            let reason =
                unit.hasSuffix("IB") || unit.hasSuffix("I")
                ? "'\(unsigned.dropFirst(digits.count))' is not a Slurm unit (units are already binary: write G, not GiB)"
                : "unknown unit '\(unsigned.dropFirst(digits.count))'"
            throw GrammarError(Self.self, value: text, reason: reason)
        }
        let (product, overflow) = amount.multipliedReportingOverflow(by: scale.multiply)
        if overflow {
            // Read back with scontrol: 2^64 + 2^20 MB is 1T, 2^64 and 2^63 MB are 0 (all memory).
            megabytes = max(product, 0)
            notes = []
            generatorRefusal =
                "sbatch multiplies '\(text)' by its unit in 64 bits, where it wraps to \(megabytes) MB"
                + (megabytes == 0 ? ", which asks for all the memory of each node" : "")
            return
        }
        generatorRefusal = nil
        megabytes = product / scale.divide + (product % scale.divide == 0 ? 0 : 1)
        notes =
            (plus ? [TextChecks.plusNote(text, clean: unsigned)] : [])
            + (amount == 0 ? ["0 asks for all the memory of each node"] : [])
    }

    public var description: String { text }
}
