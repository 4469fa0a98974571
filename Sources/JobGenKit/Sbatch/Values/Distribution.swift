/// `--distribution`/`-m`: how tasks are laid out over nodes, sockets and cores:
/// `{*|block|cyclic|arbitrary}[:{*|block|cyclic|fcyclic}[:{*|block|cyclic|fcyclic}]]` or
/// `plane=N`, with `,Pack` or `,NoPack` (alone, `pack` and `nopack` are accepted too). One
/// trailing `,` after a single item is ignored by sbatch (a note).
public struct Distribution: SlurmValue {
    /// The levels, lower-cased: `["block", "cyclic"]`, `["plane=4"]`; empty for `pack` alone.
    public let levels: [String]
    /// `Pack` or `NoPack` when given.
    public let packing: String?

    public let notes: [String]

    public init(slurm text: String) throws(GrammarError) {
        var levels: [String] = []
        var packing: String?
        var body = Substring(text)
        // sbatch ignores one trailing ',' after a lone item (`block,`, `block:cyclic,`, `pack,`),
        // but not after plane=N, a second item or another ','.
        let beforeComma = body.dropLast()
        if body.hasSuffix(","), !beforeComma.isEmpty, !beforeComma.contains(","),
            !beforeComma.lowercased().hasPrefix("plane")
        {
            body = beforeComma
        }
        notes =
            body.count == text.count ? [] : ["'\(text)' ends with ',', which sbatch ignores; write \(body)"]
        for part in body.split(ascii: ",", omittingEmptySubsequences: false) {
            let lowered = part.lowercased()
            if lowered == "pack" || lowered == "nopack" {
                guard packing == nil else {
                    throw GrammarError(Self.self, value: text, reason: "Pack or NoPack may be given once")
                }
            }
            switch lowered {
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
        let levels = part.split(ascii: ":", omittingEmptySubsequences: false).map { $0.lowercased() }
        if let plane = levels.first, plane.hasPrefix("plane") {
            let size = plane.dropFirst(6)
            guard levels.count == 1, plane.dropFirst(5).first == "=", !size.isEmpty,
                size.allSatisfy(\.isASCIIDigit), (1...TextChecks.largestCount).contains(Int(size) ?? 0)
            else {
                throw GrammarError(
                    Self.self, value: text,
                    reason:
                        "plane takes a size from 1 to \(TextChecks.largestCount) and no other level: plane=4")
            }
            return levels
        }
        guard levels.count <= 3 else {
            throw GrammarError(Self.self, value: text, reason: "at most three levels separated by ':'")
        }
        for (index, level) in levels.enumerated() {
            let allowed =
                index == 0 ? ["*", "block", "cyclic", "arbitrary"] : ["*", "block", "cyclic", "fcyclic"]
            guard allowed.contains(level) else {
                let place = index == 0 ? "nodes" : index == 1 ? "sockets" : "cores"
                throw GrammarError(
                    Self.self, value: text,
                    reason:
                        "'\(level)' is not a distribution over \(place) (\(allowed.joined(separator: ", ")))")
            }
        }
        return levels
    }

    public static let accepted =
        "block, cyclic, arbitrary or plane=N, then optionally :block|cyclic|fcyclic (up to two more levels) and ,Pack or ,NoPack"
    public static let example = "block:cyclic"
    public var description: String {
        ([levels.joined(separator: ":")] + (packing.map { [$0] } ?? [])).filter { !$0.isEmpty }.joined(
            separator: ",")
    }
}
