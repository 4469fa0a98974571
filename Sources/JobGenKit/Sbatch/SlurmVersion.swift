/// A Slurm release (`22.05`), the version the validator checks a script against: options and
/// values newer than it are errors, and rules that changed between releases follow it.
public struct SlurmVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let major: Int
    public let minor: Int

    public init(_ major: Int, _ minor: Int) {
        self.major = major
        self.minor = minor
    }

    /// Reads `22.05`, `22.05.8`, or what `sbatch --version` prints (`slurm 22.05.8`,
    /// `slurm-wlm 22.05.8`); nil for anything else.
    public init?(_ text: String) {
        let version = text.split(ascii: " ").last.map(String.init) ?? ""
        let parts = version.split(ascii: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, let major = TextChecks.unsignedInteger(parts[0]),
            let minor = TextChecks.unsignedInteger(parts[1]), parts[1].count == 2
        else { return nil }
        self.init(major, minor)
    }

    public var description: String { "\(major)." + String(minor).leftPadded(to: 2, with: "0") }

    public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.major, lhs.minor) < (rhs.major, rhs.minor) }

    /// The oldest release whose options jobgen knows (Data/sbatch-options.tsv).
    public static let v20_11 = SlurmVersion(20, 11)
    public static let v21_08 = SlurmVersion(21, 8)
    /// Debian 12's Slurm: the release of the local test cluster.
    public static let v22_05 = SlurmVersion(22, 5)
    public static let v23_02 = SlurmVersion(23, 2)
    public static let v23_11 = SlurmVersion(23, 11)
    public static let v24_05 = SlurmVersion(24, 5)
    public static let v24_11 = SlurmVersion(24, 11)
    public static let v25_05 = SlurmVersion(25, 5)
    public static let v25_11 = SlurmVersion(25, 11)
    public static let v26_05 = SlurmVersion(26, 5)
    /// The oldest release whose options jobgen knows.
    public static let oldestKnown = v20_11
    /// The newest release whose options jobgen knows: the target when none is given.
    public static let newestKnown = v26_05
}
