/// `--propagate[=rlimit[,rlimit...]]`: which resource limits of the submitting shell the job
/// inherits. Names are upper case, as sbatch requires.
public struct Propagate: SlurmValue {
    static let known = ["ALL", "NONE", "AS", "CORE", "CPU", "DATA", "FSIZE", "MEMLOCK", "NOFILE", "NPROC", "RSS", "STACK"]
    public let limits: [String]

    public init(slurm text: String) throws(GrammarError) {
        let limits = text.split(ascii: ",").map(String.init)
        for limit in limits where !Self.known.contains(limit) {
            let reason = Self.known.contains(limit.uppercased())
                ? "limit names are upper case: '\(limit.uppercased())'" : "unknown limit '\(limit)'"
            throw GrammarError(Self.self, value: text, reason: reason)
        }
        self.limits = limits
    }

    public static let accepted = "ALL, NONE, or a comma list of AS, CORE, CPU, DATA, FSIZE, MEMLOCK, NOFILE, NPROC, RSS, STACK"
    public static let example = "STACK,CORE"
    public var description: String { limits.joined(separator: ",") }
}
