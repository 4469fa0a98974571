/// sbatch's options for one Slurm release, read from `Data/sbatch-options.tsv` (extracted from
/// Slurm's own table, `src/common/slurm_opt.c`, at each release's tag by
/// `scripts/extract-sbatch-options`), with jobgen's value grammar for each.
public struct OptionTable: Sendable {
    /// An input environment variable of sbatch and the option it sets.
    public struct EnvironmentVariable: Sendable, Equatable {
        public let name: String
        public let option: String
    }

    /// The release whose sbatch this table describes.
    public let release: SlurmVersion
    /// sbatch's input environment variables (`SBATCH_ACCOUNT`, ...), in the order sbatch reads
    /// them (from `Data/sbatch-environment.tsv`).
    public let environment: [EnvironmentVariable]
    /// Every long option of that sbatch, aliases included, sorted by name.
    public let all: [SbatchOption]
    private let byName: [String: SbatchOption]
    private let byShort: [Character: SbatchOption]

    init(release: SlurmVersion, options: [SbatchOption], environment: [EnvironmentVariable]) {
        self.release = release
        self.environment = environment
        all = options.sorted { $0.name < $1.name }
        byName = Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        byShort = Dictionary(
            all.compactMap { option in option.short.map { ($0, option) } },
            uniquingKeysWith: { first, _ in first })
    }

    /// The option with exactly this long name (no dashes), if any.
    public func option(named name: String) -> SbatchOption? { byName[name] }

    /// The option with this short letter, if any.
    public func option(short: Character) -> SbatchOption? { byShort[short] }

    /// Whether getopt_long reads `name` as one option: `resolve` without the suggestions.
    func reads(_ name: String) -> Bool {
        if byName[name] != nil { return true }
        return Self.oneOption(prefixMatches(name))
    }

    /// The options whose name begins with `name` (none for an empty name).
    func prefixMatches(_ name: String) -> [SbatchOption] {
        name.isEmpty ? [] : all.filter { $0.name.hasPrefix(name) }
    }

    /// glibc's rule: names of one option (same value, same argument kind) are no ambiguity.
    static func oneOption(_ matches: [SbatchOption]) -> Bool {
        guard let first = matches.first else { return false }
        return matches.allSatisfy { $0.canonical == first.canonical && $0.argument == first.argument }
    }

    /// The option sbatch applies for `option` (itself, or the option an alias stands for).
    public func applied(_ option: SbatchOption) -> SbatchOption {
        option.canonical == option.name ? option : byName[option.canonical] ?? option
    }
}

extension OptionTable {
    /// The releases the data file has tables for, oldest first.
    public static var releases: [SlurmVersion] { SbatchOptionData.releases }

    /// The table of `release`; a release between two known ones gets the older one's table, one
    /// older than every known release the oldest table.
    public static func forRelease(_ release: SlurmVersion) -> OptionTable {
        let known = releases.last { $0 <= release } ?? releases[0]
        return SbatchOptionData.table(known)
    }

    /// The newest release's table: what the generator checks pass-through options against.
    public static var newest: OptionTable { forRelease(.newestKnown) }

    /// The releases whose sbatch reads this long name (exactly or as an unambiguous prefix).
    public static func releases(resolving name: String) -> [SlurmVersion] {
        // Most names no release knows are a prefix of no name either (`--walltime`): one pass.
        guard SbatchOptionData.allNames.contains(where: { $0.hasPrefix(name) }) else { return [] }
        return releases.filter { SbatchOptionData.table($0).reads(name) }
    }
}
