/// An option's value in the form `sbatch -v` prints it (each option's `get_func` in Slurm's
/// `slurm_opt.c`, as of 22.05), computed from the values jobgen's grammars parse.
enum SbatchDisplay {
    /// The printed value, and whether it is sbatch's form (false: as written).
    static func value(of option: SbatchOption, _ values: [String?], base: String) -> (String, Bool) {
        let last = values.last ?? nil
        // Looked up once: a switch over the names compared each option's name with every case.
        switch printed[option.name] {
        case .mailType: return (mailTypes(values.compactMap { $0 }), true)
        case .killOnInvalidDep: return (values.contains { $0?.lowercased() == "yes" } ? "yes" : "no", true)
        case .exclusive: return (last.map { $0.isEmpty ? "exclusive" : $0.lowercased() } ?? "exclusive", true)
        case .name: return (option.name, true)
        case .noKill: return (last.map { $0.lowercased() == "off" ? "unset" : "set" } ?? "set", true)
        case .openMode: return (last.map { $0.lowercased().hasPrefix("a") ? "a" : "t" } ?? "", true)
        case .path: return (last.map { path($0, base: base) } ?? "", true)
        case .gres: return (last.map { $0.lowercased() == "none" ? $0 : gres($0) } ?? "", true)
        case .lowercased: return (last?.lowercased() ?? "", true)
        case .propagate: return (last.map { $0.isEmpty ? "ALL" : $0 } ?? "ALL", true)
        case .coreSpec:
            let text = last.map { $0.isEmpty ? "0" : $0 } ?? "0"
            return (text, Int16(text).map { String($0) == text } ?? false)
        case .signal: return last.flatMap(signal).map { ($0, true) } ?? (last ?? "", false)
        case .profile: return last.flatMap(profile).map { ($0, true) } ?? (last ?? "", false)
        case .distribution: return last.flatMap(distribution).map { ($0, true) } ?? (last ?? "", false)
        case .cpuFreq: return last.flatMap(cpuFreq).map { ($0, true) } ?? (last ?? "", false)
        case .getUserEnv: return getUserEnv(last).map { ($0, true) } ?? (last ?? "", false)
        case .switches: return last.flatMap(switches).map { ($0, true) } ?? (last ?? "", false)
        case .asWritten: return (last ?? "", false)
        case nil: break
        }
        guard let text = last else {
            return (option.argument == .none ? "set" : "", option.argument == .none)
        }
        switch option.grammar {
        case .wallTime:
            // A negative time reads as a huge unsigned limit in sbatch's print: left as written.
            guard let time = try? WallTime(slurm: text), !text.hasPrefix("-") else { return (text, false) }
            return (minutes(time.minutes == 0 ? nil : time.minutes), true)
        case .memory:
            guard let size = try? MemorySize(slurm: text) else { return (text, false) }
            return (megabytes(size.megabytes), true)
        case .count, .taskCount, .cpusPerTask, .nice, .waitAllNodes:
            // Only plain numbers in range print as given; sbatch's own reading of the others
            // (`+5`, `5x`, a wrap past 32 bits) is left to the validator's findings.
            guard let number = Int32(text), String(number) == text else { return (text, false) }
            return (text, true)
        case .nodeCount:
            guard let nodes = try? NodeCount(slurm: text), nodes.generatorRefusal == nil else {
                return (text, false)
            }
            let maximum = nodes.maximum.flatMap { $0 == nodes.minimum ? nil : $0 }
            return (maximum.map { "\(nodes.minimum)-\($0)" } ?? String(nodes.minimum), true)
        default:
            return (text, true)
        }
    }

    /// How an option whose print is its own (not its grammar's) is printed.
    private enum Printed {
        case mailType, killOnInvalidDep, exclusive, noKill, openMode, path, gres, propagate, coreSpec
        case signal, profile, distribution, cpuFreq, getUserEnv, switches
        /// The option's own name (`--oversubscribe` prints `oversubscribe`).
        case name
        case lowercased
        /// The clock (`now+60`) or sbatch's own encodings (`TOP`, `*:*:1`) decide these: left
        /// as written.
        case asWritten
    }

    private static let printed: [String: Printed] = [
        "mail-type": .mailType, "kill-on-invalid-dep": .killOnInvalidDep, "exclusive": .exclusive,
        "oversubscribe": .name, "requeue": .name, "no-requeue": .name, "no-kill": .noKill,
        "open-mode": .openMode, "output": .path, "error": .path, "input": .path, "gres": .gres,
        "gres-flags": .lowercased, "propagate": .propagate, "core-spec": .coreSpec, "signal": .signal,
        "profile": .profile, "distribution": .distribution, "cpu-freq": .cpuFreq,
        "get-user-env": .getUserEnv, "switches": .switches, "begin": .asWritten, "deadline": .asWritten,
        "extra-node-info": .asWritten, "priority": .asWritten,
    ]

    /// Slurm's `mins2time_str`: `UNLIMITED`, `HH:MM:SS` or `D-HH:MM:SS`.
    static func minutes(_ minutes: Int?) -> String {
        guard let minutes, minutes != .max else { return "UNLIMITED" }
        let days = minutes / 1440
        let clock = two(minutes / 60 % 24) + ":" + two(minutes % 60) + ":00"
        return days > 0 ? "\(days)-\(clock)" : clock
    }

    private static func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }

    /// Slurm's `mbytes_to_str`: the largest unit that divides evenly, no suffix for MB.
    static func megabytes(_ value: Int) -> String {
        var amount = value
        let units: [Character] = ["M", "G", "T", "P"]
        var index = 0
        while index < units.count, amount == 0 || amount % 1024 == 0 {
            amount /= 1024
            index += 1
        }
        if index == units.count { return "\(amount)?" }
        return index == 0 ? "\(amount)" : "\(amount)\(units[index])"
    }

    /// print_mail_type over the OR of every use's types (a later NONE clears nothing when the
    /// release combines repeats; within one use NONE ends the list).
    static func mailTypes(_ uses: [String]) -> String {
        var set: Set<String> = []
        for use in uses {
            var thisUse: Set<String> = []
            var none = false
            for item in use.split(ascii: ",") {
                let name = item.uppercased()
                if name == "NONE" {
                    thisUse = []
                    none = true
                    break
                }
                if name == "ALL" {
                    thisUse.formUnion(["INVALID_DEPEND", "BEGIN", "END", "FAIL", "REQUEUE", "STAGE_OUT"])
                } else if name == "TIME_LIMIT" {
                    thisUse.insert("TIME_LIMIT_100")
                } else {
                    thisUse.insert(name)
                }
            }
            if uses.count == 1 || !none { set.formUnion(thisUse) }
        }
        let order = [
            "ARRAY_TASKS", "INVALID_DEPEND", "BEGIN", "END", "FAIL", "REQUEUE", "STAGE_OUT", "TIME_LIMIT_50",
            "TIME_LIMIT_80", "TIME_LIMIT_90", "TIME_LIMIT_100",
        ]
        let shown = order.filter(set.contains).map { $0 == "TIME_LIMIT_100" ? "TIME_LIMIT" : $0 }
        return shown.isEmpty ? "NONE" : shown.joined(separator: ",")
    }

    /// sbatch makes a relative output path absolute against the directory the job starts in.
    static func path(_ value: String, base: String) -> String {
        value.hasPrefix("/") || value == "none" ? value : base + "/" + value
    }

    /// `gpu:1,mps:2` prints as `gres:gpu:1,gres:mps:2`.
    static func gres(_ value: String) -> String {
        value.split(ascii: ",", omittingEmptySubsequences: false).map { "gres:" + $0 }.joined(
            separator: ",")
    }

    /// Linux's numbers of the signals sbatch names.
    private static let signalNames: [Int: String] = [
        1: "HUP", 2: "INT", 3: "QUIT", 6: "ABRT", 9: "KILL", 10: "USR1", 12: "USR2", 14: "ALRM", 15: "TERM",
        18: "CONT", 19: "STOP", 20: "TSTP", 21: "TTIN", 22: "TTOU", 23: "URG", 24: "XCPU",
    ]

    /// `[B:|R:]NAME[@secs]`, the seconds left out when they are the default 60.
    static func signal(_ text: String) -> String? {
        guard let value = try? Signal(slurm: text) else { return nil }
        var name = value.signal.uppercased()
        if name.hasPrefix("SIG") { name.removeFirst(3) }
        if let number = Int(name) {
            guard let known = signalNames[number] else { return nil }
            name = known
        }
        return (value.flags.isEmpty ? "" : value.flags + ":") + name
            + (value.seconds == 60 ? "" : "@\(value.seconds)")
    }

    /// Capitalised, in Slurm's order; `all` is all four.
    static func profile(_ text: String) -> String? {
        guard let value = try? Profile(slurm: text) else { return nil }
        let kinds = Set(value.kinds)
        if kinds == ["none"] { return "None" }
        guard !kinds.contains("none") else { return nil }
        let order = ["energy", "lustre", "network", "task"]
        let chosen = kinds.contains("all") ? order : order.filter(kinds.contains)
        return chosen.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: ",")
    }

    /// Lower-cased, without a trailing `,`; a `*` is the level's default (block, then cyclic).
    static func distribution(_ text: String) -> String? {
        guard (try? Distribution(slurm: text)) != nil else { return nil }
        var text = text.lowercased()
        if text.hasSuffix(",") { text.removeLast() }
        let parts = text.split(ascii: ",", maxSplits: 1, omittingEmptySubsequences: false)
        var levels = parts[0].split(ascii: ":", omittingEmptySubsequences: false).map(String.init)
        for (index, level) in levels.enumerated() where level == "*" {
            guard index < 2 else { return nil }
            levels[index] = index == 0 ? "block" : "cyclic"
        }
        return levels.joined(separator: ":") + (parts.count == 2 ? "," + parts[1] : "")
    }

    private static let cpuFreqWords: [String: String] = [
        "low": "Low", "medium": "Medium", "high": "High", "highm1": "HighM1", "performance": "Performance",
        "ondemand": "OnDemand", "powersave": "PowerSave", "userspace": "UserSpace",
        "conservative": "Conservative",
        "schedutil": "SchedUtil",
    ]

    static func cpuFreq(_ text: String) -> String? {
        guard (try? CpuFreq(slurm: text)) != nil else { return nil }
        var words: [String] = []
        var current = ""
        var result = ""
        for character in text + "\u{0}" {
            if character.isLetter || character.isNumber {
                current.append(character)
                continue
            }
            if !current.isEmpty {
                if Int(current) != nil {
                    result += current
                } else if let word = cpuFreqWords[current.lowercased()] {
                    result += word
                } else {
                    return nil
                }
                words.append(current)
                current = ""
            }
            // strtol skips a '+' before a number.
            if character != "\u{0}", character != "+" { result.append(character) }
        }
        return result
    }

    /// `10`, `10L`, `0S`; no value is `0`.
    static func getUserEnv(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return "0" }
        guard let value = try? GetUserEnv(slurm: text) else { return nil }
        return String(value.timeout ?? 0) + (value.mode.map { String($0).uppercased() } ?? "")
    }

    /// `1`, `1@00:10:00`: the wait printed as a time.
    static func switches(_ text: String) -> String? {
        guard let value = try? Switches(slurm: text) else { return nil }
        guard let wait = value.wait else { return value.count.description }
        guard let time = try? WallTime(slurm: wait), let minutes = time.minutes else { return nil }
        return value.count.description + "@" + self.minutes(minutes)
    }
}
