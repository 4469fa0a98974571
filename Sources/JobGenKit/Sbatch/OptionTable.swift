/// Whether an sbatch option takes a value, as getopt_long sees it.
public enum ArgumentKind: Sendable, Equatable {
    /// A flag: `--hold`. A value (`--hold=yes`) is an error.
    case none
    /// `--time=10`, `--time 10`, `-t 10` or `-t10`.
    case required
    /// Only attached: `--exclusive=user`, `-k`; a separate word is NOT its value.
    case optional
}

/// One of sbatch's options: long name, short letter, argument kind and value grammar.
public struct SbatchOption: Sendable, Equatable, CustomStringConvertible {
    /// The long name without dashes: `time`.
    public let name: String
    /// The short letter, if any: `t`.
    public let short: Character?
    public let argument: ArgumentKind
    /// The grammar its value is checked against.
    public let grammar: ValueGrammar

    public init(_ name: String, _ short: Character? = nil, _ argument: ArgumentKind, _ grammar: ValueGrammar)
    {
        self.name = name
        self.short = short
        self.argument = argument
        self.grammar = grammar
    }

    /// `--time` (or `--time/-t`).
    public var description: String { short.map { "--\(name)/-\($0)" } ?? "--\(name)" }
}

/// sbatch's full option table, as `src/common/slurm_opt.c` and sbatch's own options define it.
public enum OptionTable {
    /// Every sbatch long option, sorted by name.
    public static let all: [SbatchOption] = [
        .init("account", "A", .required, .text),
        .init("acctg-freq", nil, .required, .acctgFreq),
        .init("array", "a", .required, .array),
        .init("batch", nil, .required, .text),
        .init("begin", "b", .required, .beginTime),
        .init("bb", nil, .required, .text),
        .init("bbf", nil, .required, .text),
        .init("chdir", "D", .required, .text),
        .init("cluster-constraint", nil, .required, .text),
        .init("clusters", "M", .required, .text),
        .init("comment", nil, .required, .text),
        .init("constraint", "C", .required, .text),
        .init("container", nil, .required, .text),
        .init("container-id", nil, .required, .text),
        .init("contiguous", nil, .none, .flag),
        .init("core-spec", "S", .required, .coreSpec),
        .init("cores-per-socket", nil, .required, .count),
        .init("cpu-freq", nil, .required, .cpuFreq),
        .init("cpus-per-gpu", nil, .required, .count),
        .init("cpus-per-task", "c", .required, .cpusPerTask),
        .init("deadline", nil, .required, .beginTime),
        .init("delay-boot", nil, .required, .wallTime),
        .init("dependency", "d", .required, .dependency),
        .init("distribution", "m", .required, .distribution),
        .init("error", "e", .required, .filenamePattern),
        .init("exclude", "x", .required, .text),
        .init("exclusive", nil, .optional, .exclusive),
        .init("export", nil, .required, .text),
        .init("export-file", nil, .required, .text),
        .init("extra", nil, .required, .text),
        .init("extra-node-info", "B", .required, .extraNodeInfo),
        .init("get-user-env", nil, .optional, .getUserEnv),
        .init("gid", nil, .required, .text),
        .init("gpu-bind", nil, .required, .text),
        .init("gpu-freq", nil, .required, .text),
        .init("gpus", "G", .required, .gpuCount),
        .init("gpus-per-node", nil, .required, .gpusPerUnit),
        .init("gpus-per-socket", nil, .required, .gpusPerUnit),
        .init("gpus-per-task", nil, .required, .gpusPerUnit),
        .init("gres", nil, .required, .gres),
        .init("gres-flags", nil, .required, .gresFlags),
        .init("help", "h", .none, .flag),
        .init("hint", nil, .required, .hint),
        .init("hold", "H", .none, .flag),
        .init("ignore-pbs", nil, .none, .flag),
        .init("input", "i", .required, .filenamePattern),
        .init("job-name", "J", .required, .text),
        .init("kill-on-invalid-dep", nil, .required, .killOnInvalidDep),
        .init("licenses", "L", .required, .text),
        .init("mail-type", nil, .required, .mailTypes),
        .init("mail-user", nil, .required, .text),
        .init("mcs-label", nil, .required, .text),
        .init("mem", nil, .required, .memory),
        .init("mem-bind", nil, .required, .text),
        .init("mem-per-cpu", nil, .required, .memory),
        .init("mem-per-gpu", nil, .required, .memory),
        .init("mincpus", nil, .required, .count),
        .init("network", nil, .required, .text),
        .init("nice", nil, .optional, .nice),
        .init("no-kill", "k", .optional, .text),
        .init("no-requeue", nil, .none, .flag),
        .init("nodefile", "F", .required, .text),
        .init("nodelist", "w", .required, .text),
        .init("nodes", "N", .required, .nodeCount),
        .init("ntasks", "n", .required, .taskCount),
        .init("ntasks-per-core", nil, .required, .count),
        .init("ntasks-per-gpu", nil, .required, .count),
        .init("ntasks-per-node", nil, .required, .count),
        .init("ntasks-per-socket", nil, .required, .count),
        .init("ntasks-per-tres", nil, .required, .count),
        .init("oom-kill-step", nil, .optional, .text),
        .init("open-mode", nil, .required, .openMode),
        .init("output", "o", .required, .filenamePattern),
        .init("overcommit", "O", .none, .flag),
        .init("oversubscribe", "s", .none, .flag),
        .init("parsable", nil, .none, .flag),
        .init("partition", "p", .required, .text),
        .init("prefer", nil, .required, .text),
        .init("priority", nil, .required, .priority),
        .init("profile", nil, .required, .profile),
        .init("propagate", nil, .optional, .propagate),
        .init("qos", "q", .required, .text),
        .init("quiet", "Q", .none, .flag),
        .init("reboot", nil, .none, .flag),
        .init("requeue", nil, .none, .flag),
        .init("reservation", nil, .required, .text),
        .init("resv-ports", nil, .optional, .text),
        .init("segment", nil, .required, .text),
        .init("signal", nil, .required, .signal),
        .init("sockets-per-node", nil, .required, .count),
        .init("spread-job", nil, .none, .flag),
        .init("switches", nil, .required, .switches),
        .init("test-only", nil, .none, .flag),
        .init("thread-spec", nil, .required, .count),
        .init("threads-per-core", nil, .required, .count),
        .init("time", "t", .required, .wallTime),
        .init("time-min", nil, .required, .wallTime),
        .init("tmp", nil, .required, .memory),
        .init("tres-bind", nil, .required, .text),
        .init("tres-per-task", nil, .required, .text),
        .init("uid", nil, .required, .text),
        .init("usage", nil, .none, .flag),
        .init("use-min-nodes", nil, .none, .flag),
        .init("verbose", "v", .none, .flag),
        .init("version", "V", .none, .flag),
        .init("wait", "W", .none, .flag),
        .init("wait-all-nodes", nil, .required, .waitAllNodes),
        .init("wckey", nil, .required, .text),
        .init("wrap", nil, .required, .text),
    ]

    /// Options newer than Slurm 22.05 (Debian 12's), with the release that added them to sbatch;
    /// sbatch 22.05 stops with "unrecognized option" on each. `tres-per-task` (23.02) and
    /// `segment` (24.05) are from Slurm's changelogs; the others are the best known release.
    public static let introducedAfter2205: [String: SlurmVersion] = [
        "tres-per-task": .v23_02, "container-id": .v23_11, "resv-ports": .v23_11, "tres-bind": .v23_11,
        "segment": .v24_05, "oom-kill-step": .v24_11,
    ]

    /// Options of newer Slurm versions that sbatch 22.05 (Debian 12's) rejects as unrecognized.
    public static var newerThanSlurm2205: Set<String> { Set(introducedAfter2205.keys) }

    private static let byName: [String: SbatchOption] = Dictionary(
        uniqueKeysWithValues: all.map { ($0.name, $0) })
    private static let byShort: [Character: SbatchOption] = Dictionary(
        uniqueKeysWithValues: all.compactMap { option in option.short.map { ($0, option) } })

    /// The option with exactly this long name (no dashes), if any.
    public static func option(named name: String) -> SbatchOption? { byName[name] }

    /// The option with this short letter, if any.
    public static func option(short: Character) -> SbatchOption? { byShort[short] }
}
