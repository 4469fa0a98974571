/// `--wait-all-nodes=0|1`: start the script when the first node is ready (0) or all are (1).
public struct WaitAllNodes: SlurmValue {
    public let waitForAll: Bool

    public init(slurm text: String) throws(GrammarError) {
        // sbatch reads the value as an integer, so "01" and "+1" are 1 and an empty value is 0.
        let unsigned = text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        guard unsigned.allSatisfy(\.isASCIIDigit), let value = unsigned.isEmpty ? 0 : Int(unsigned), value <= 1
        else {
            throw GrammarError(Self.self, value: text, reason: "must be 0 or 1")
        }
        waitForAll = value == 1
        written = text
    }

    private let written: String

    public var notes: [String] {
        written == description ? [] : ["'\(written)' reads as \(description); write \(description)"]
    }

    public static func == (a: Self, b: Self) -> Bool { a.waitForAll == b.waitForAll }

    public static let accepted = "0 (start when the first node is ready) or 1 (when all are)"
    public static let example = "1"
    public var description: String { waitForAll ? "1" : "0" }
}
