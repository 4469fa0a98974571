/// `--distribution`/`-m`: how tasks are laid out over nodes, sockets and cores:
/// `{*|block|cyclic|arbitrary}[:{*|block|cyclic|fcyclic}[:{*|block|cyclic|fcyclic}]]` or
/// `plane=N`, with `,Pack` or `,NoPack` (alone, `pack` and `nopack` are accepted too).
public struct Distribution: SlurmValue {
    /// The levels, lower-cased: `["block", "cyclic"]`, `["plane=4"]`; empty for `pack` alone.
    public let levels: [String]
    /// `Pack` or `NoPack` when given.
    public let packing: String?

    public init(slurm text: String) throws(GrammarError) {
        var levels: [String] = []
        var packing: String?
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            switch part.lowercased() {
            case "pack": packing = "Pack"
            case "nopack": packing = "NoPack"
            default:
                guard levels.isEmpty else {
                    throw GrammarError(Self.self, value: text, reason: "after ',' only Pack or NoPack")
                }
                levels = try Self.levels(part, in: text)
            }
        }
        self.levels = levels
        self.packing = packing
    }

    private static func levels(_ part: Substring, in text: String) throws(GrammarError) -> [String] {
        let levels = part.split(separator: ":", omittingEmptySubsequences: false).map { $0.lowercased() }
        if let plane = levels.first, plane.hasPrefix("plane") {
            let size = plane.dropFirst(6)
            guard levels.count == 1, plane.dropFirst(5).first == "=", !size.isEmpty,
                size.allSatisfy(\.isASCIIDigit), (Int(size) ?? 0) > 0
            else {
                throw GrammarError(Self.self, value: text, reason: "plane takes a positive size and no other level: plane=4")
            }
            return levels
        }
        guard levels.count <= 3 else {
            throw GrammarError(Self.self, value: text, reason: "at most three levels separated by ':'")
        }
        for (index, level) in levels.enumerated() {
            let allowed = index == 0 ? ["*", "block", "cyclic", "arbitrary"] : ["*", "block", "cyclic", "fcyclic"]
            guard allowed.contains(level) else {
                let place = index == 0 ? "nodes" : index == 1 ? "sockets" : "cores"
                throw GrammarError(
                    Self.self, value: text,
                    reason: "'\(level)' is not a distribution over \(place) (\(allowed.joined(separator: ", ")))")
            }
        }
        return levels
    }

    public static let accepted =
        "block, cyclic, arbitrary or plane=N, then optionally :block|cyclic|fcyclic (up to two more levels) and ,Pack or ,NoPack"
    public static let example = "block:cyclic"
    public var description: String {
        ([levels.joined(separator: ":")] + (packing.map { [$0] } ?? [])).filter { !$0.isEmpty }.joined(separator: ",")
    }
}
