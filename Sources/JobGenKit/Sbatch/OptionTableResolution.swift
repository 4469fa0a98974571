/// How getopt_long reads a long option name written in a script or on a command line.
public enum OptionResolution: Sendable, Equatable {
    /// The full name: `--time`.
    case exact(SbatchOption)
    /// An unambiguous prefix that getopt_long accepts: `--job-n` for `--job-name`. A prefix of
    /// several names of one option (an option and its alias) is not ambiguous: getopt_long takes
    /// the first.
    case abbreviation(SbatchOption)
    /// A prefix of several options; sbatch stops with an error. Candidates sorted by name.
    case ambiguous([SbatchOption])
    /// Not an option at all; `suggestions` are the closest real names, best first.
    case unknown(suggestions: [SbatchOption])
}

extension OptionTable {
    /// Resolves a long option name (without the leading `--` and without `=value`) the way
    /// glibc's getopt_long does: exact match, else a prefix of names that all stand for one
    /// option (same value and argument kind), else ambiguous or unknown.
    public func resolve(_ name: String) -> OptionResolution {
        if let exact = option(named: name) { return .exact(exact) }
        let matches = prefixMatches(name)
        if let first = matches.first {
            return Self.oneOption(matches) ? .abbreviation(first) : .ambiguous(matches)
        }
        return .unknown(suggestions: suggestions(for: name))
    }

    /// Names people bring from other schedulers or guess, mapped to sbatch's option.
    static let knownMistakes: [String: String] = [
        "walltime": "time", "wall-time": "time", "name": "job-name", "jobname": "job-name",
        "queue": "partition", "ncpus": "cpus-per-task", "cpus": "cpus-per-task",
        "tasks": "ntasks", "ntask-per-node": "ntasks-per-node", "tasks-per-node": "ntasks-per-node",
        "node": "nodes", "memory": "mem", "mem-per-core": "mem-per-cpu", "gpu": "gpus",
        "mail": "mail-type", "email": "mail-user", "workdir": "chdir", "cwd": "chdir",
        "project": "account", "depend": "dependency",
    ]

    /// The closest option names to a mistyped one: a known mistake first, then small edit
    /// distances.
    func suggestions(for name: String) -> [SbatchOption] {
        let lowered = name.lowercased()
        var result: [SbatchOption] = []
        if let known = Self.knownMistakes[lowered].flatMap(option(named:)) { result.append(known) }
        if lowered != name, let sameLetters = option(named: lowered) { result.append(sameLetters) }
        let limit = max(1, min(3, lowered.count / 3))
        let scored: [(option: SbatchOption, distance: Int)] = all.map {
            ($0, Self.editDistance(lowered, $0.name))
        }
        let near = scored.filter { $0.distance <= limit }.sorted(by: Self.closer).map(\.option)
        for option in near.map(applied) where !result.contains(option) { result.append(option) }
        return Array(result.prefix(3))
    }

    private static func closer(
        _ a: (option: SbatchOption, distance: Int), _ b: (option: SbatchOption, distance: Int)
    ) -> Bool {
        a.distance != b.distance ? a.distance < b.distance : a.option.name < b.option.name
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.utf8)
        let b = Array(b.utf8)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            if !b.isEmpty {
                for j in 1...b.count {
                    let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                    current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                }
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
