/// Reads the embedded `Data/sbatch-options.tsv` and `Data/sbatch-environment.tsv` into one
/// `OptionTable` per release.
enum SbatchOptionData {
    static let tables: [SlurmVersion: OptionTable] = {
        var options: [SlurmVersion: [SbatchOption]] = [:]
        for fields in rows(of: "sbatch-options", columns: 8) {
            guard let argument = ArgumentKind(rawValue: fields[2]),
                let repeatRule = RepeatRule(rawValue: fields[4])
            else { preconditionFailure("Data/sbatch-options.tsv: bad row \(fields)") }
            let option = SbatchOption(
                fields[0], fields[1] == "-" ? nil : fields[1].first, argument,
                grammar(canonical: fields[3], argument: argument), canonical: fields[3],
                repeatRule: repeatRule,
                readInScript: fields[5] == "read", sallocTakes: fields[6].split(separator: ",").contains("salloc"))
            for release in releases(fields[7]) { options[release, default: []].append(option) }
        }
        var environment: [SlurmVersion: [(order: Int, variable: OptionTable.EnvironmentVariable)]] = [:]
        for fields in rows(of: "sbatch-environment", columns: 4) {
            let variable = OptionTable.EnvironmentVariable(name: fields[0], option: fields[1])
            for release in releases(fields[3]) {
                environment[release, default: []].append((Int(fields[2]) ?? 0, variable))
            }
        }
        return options.reduce(into: [:]) { tables, entry in
            let variables = (environment[entry.key] ?? []).sorted { $0.order < $1.order }.map(\.variable)
            tables[entry.key] = OptionTable(release: entry.key, options: entry.value, environment: variables)
        }
    }()

    /// The data rows (after the comment lines and the header) of an embedded table, split on tabs.
    private static func rows(of name: String, columns: Int) -> [[String]] {
        guard let text = EmbeddedData.all[name] else {
            preconditionFailure("Data/\(name).tsv was not embedded")
        }
        let lines = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst()
        return lines.map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            precondition(fields.count == columns, "Data/\(name).tsv: bad row \(line)")
            return fields
        }
    }

    private static func releases(_ list: String) -> [SlurmVersion] {
        list.split(separator: ",").map { release in
            guard let version = SlurmVersion(String(release)) else {
                preconditionFailure("Data/*.tsv: bad release \(release)")
            }
            return version
        }
    }

    /// jobgen's grammar for an option's value; free text for every option not listed.
    static func grammar(canonical: String, argument: ArgumentKind) -> ValueGrammar {
        if argument == .none { return .flag }
        return grammars[canonical] ?? .text
    }

    private static let grammars: [String: ValueGrammar] = [
        "acctg-freq": .acctgFreq, "array": .array, "begin": .beginTime, "core-spec": .coreSpec,
        "cores-per-socket": .count, "cpu-freq": .cpuFreq, "cpus-per-gpu": .count,
        "cpus-per-task": .cpusPerTask,
        "deadline": .beginTime, "delay-boot": .wallTime, "dependency": .dependency,
        "distribution": .distribution,
        "error": .filenamePattern, "exclusive": .exclusive, "extra-node-info": .extraNodeInfo,
        "get-user-env": .getUserEnv, "gpus": .gpuCount, "gpus-per-node": .gpusPerUnit,
        "gpus-per-socket": .gpusPerUnit, "gpus-per-task": .gpusPerUnit, "gres": .gres,
        "gres-flags": .gresFlags,
        "hint": .hint, "input": .filenamePattern, "kill-on-invalid-dep": .killOnInvalidDep,
        "mail-type": .mailTypes, "mem": .memory, "mem-per-cpu": .memory, "mem-per-gpu": .memory,
        "mincpus": .count, "nice": .nice, "nodes": .nodeCount, "ntasks": .taskCount,
        "ntasks-per-core": .count,
        "ntasks-per-gpu": .count, "ntasks-per-node": .count, "ntasks-per-socket": .count,
        "ntasks-per-tres": .count, "open-mode": .openMode, "output": .filenamePattern, "priority": .priority,
        "profile": .profile, "propagate": .propagate, "signal": .signal, "sockets-per-node": .count,
        "switches": .switches, "thread-spec": .count, "threads-per-core": .count, "time": .wallTime,
        "time-min": .wallTime, "tmp": .memory, "wait-all-nodes": .waitAllNodes,
    ]
}
