/// `--distribution`/`-m`: how tasks are laid out over nodes, sockets and cores:
/// `{*|block|cyclic|arbitrary|plane=N}[:{*|block|cyclic|fcyclic}[:{*|block|cyclic|fcyclic}]][,Pack|,NoPack]`.
public struct Distribution: SlurmValue {
    /// The levels, lower-cased: `["block", "cyclic"]`, `["plane=4"]`.
    public let levels: [String]
    /// `Pack` or `NoPack` when given.
    public let packing: String?

    public init(slurm text: String) throws(GrammarError) {
        var body = Substring(text)
        var packing: String?
        if let comma = body.firstIndex(of: ",") {
            let flag = body[body.index(after: comma)...].lowercased()
            guard flag == "pack" || flag == "nopack" else {
                throw GrammarError(Self.self, value: text, reason: "after ',' only Pack or NoPack")
            }
            packing = flag == "pack" ? "Pack" : "NoPack"
            body = body[..<comma]
        }
        let levels = body.split(separator: ":", omittingEmptySubsequences: false).map { $0.lowercased() }
        guard (1...3).contains(levels.count) else {
            throw GrammarError(Self.self, value: text, reason: "at most three levels separated by ':'")
        }
        for (index, level) in levels.enumerated() {
            let allowed = index == 0 ? ["*", "block", "cyclic", "arbitrary"] : ["*", "block", "cyclic", "fcyclic"]
            if allowed.contains(level) { continue }
            if index == 0, level.hasPrefix("plane=") {
                let size = level.dropFirst(6)
                if !size.isEmpty, size.allSatisfy(\.isASCIIDigit), (Int(size) ?? 0) > 0 { continue }
                throw GrammarError(Self.self, value: text, reason: "plane needs a positive size: plane=4")
            }
            throw GrammarError(Self.self, value: text, reason: "unknown distribution '\(level)'")
        }
        self.levels = levels
        self.packing = packing
    }

    public static let accepted =
        "block, cyclic, arbitrary or plane=N, then optionally :block|cyclic|fcyclic (up to two more levels) and ,Pack or ,NoPack"
    public static let example = "block:cyclic"
    public var description: String {
        levels.joined(separator: ":") + (packing.map { "," + $0 } ?? "")
    }
}
