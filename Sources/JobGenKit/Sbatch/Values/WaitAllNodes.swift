/// `--wait-all-nodes=0|1`: start the script when the first node is ready (0) or all are (1).
public struct WaitAllNodes: SlurmValue {
    public let waitForAll: Bool

    public init(slurm text: String) throws(GrammarError) {
        // sbatch reads the value as parse_int does (strtol, nothing after the digits, no negative
        // number) into a C int, so "01" and "+1" are 1, an empty value is 0, and 4294967297 wraps to 1.
        let number = CLong(text)
        guard text.isEmpty || number.isWhole, number.value >= 0, number.value < Int.max,
            number.int32 == 0 || number.int32 == 1
        else {
            throw GrammarError(Self.self, value: text, reason: "must be 0 or 1")
        }
        waitForAll = number.int32 == 1
        written = text
        generatorRefusal =
            number.value > 1
            ? "sbatch keeps '\(text)' in a 32-bit int, where it wraps to \(number.int32); write \(number.int32)"
            : nil
    }

    public let generatorRefusal: String?

    private let written: String

    public var notes: [String] {
        written == description || generatorRefusal != nil
            ? [] : ["'\(written)' reads as \(description); write \(description)"]
    }

    public static func == (a: Self, b: Self) -> Bool { a.waitForAll == b.waitForAll }

    public static let accepted = "0 (start when the first node is ready) or 1 (when all are)"
    public static let example = "1"
    public var description: String { waitForAll ? "1" : "0" }
}
