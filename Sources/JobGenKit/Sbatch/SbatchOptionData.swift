/// Reads the embedded `Data/sbatch-options.tsv` into one `OptionTable` per release.
enum SbatchOptionData {
    static let tables: [SlurmVersion: OptionTable] = {
        guard let text = EmbeddedData.all["sbatch-options"] else {
            preconditionFailure("Data/sbatch-options.tsv was not embedded")
        }
        var options: [SlurmVersion: [SbatchOption]] = [:]
        var sawHeader = false
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard sawHeader else {
                sawHeader = true
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            precondition(fields.count == 8, "Data/sbatch-options.tsv: bad row \(line)")
            guard let argument = ArgumentKind(rawValue: fields[2]), let repeatRule = RepeatRule(rawValue: fields[4])
            else { preconditionFailure("Data/sbatch-options.tsv: bad row \(line)") }
            let option = SbatchOption(
                fields[0], fields[1] == "-" ? nil : fields[1].first, argument,
                grammar(canonical: fields[3], argument: argument), canonical: fields[3], repeatRule: repeatRule,
                readInScript: fields[5] == "read")
            for release in fields[7].split(separator: ",") {
                guard let version = SlurmVersion(String(release)) else {
                    preconditionFailure("Data/sbatch-options.tsv: bad release \(release)")
                }
                options[version, default: []].append(option)
            }
        }
        return options.reduce(into: [:]) { tables, entry in
            tables[entry.key] = OptionTable(release: entry.key, options: entry.value)
        }
    }()

    /// jobgen's grammar for an option's value; free text for every option not listed.
    static func grammar(canonical: String, argument: ArgumentKind) -> ValueGrammar {
        if argument == .none { return .flag }
        return grammars[canonical] ?? .text
    }

    private static let grammars: [String: ValueGrammar] = [
        "acctg-freq": .acctgFreq, "array": .array, "begin": .beginTime, "core-spec": .coreSpec,
        "cores-per-socket": .count, "cpu-freq": .cpuFreq, "cpus-per-gpu": .count, "cpus-per-task": .cpusPerTask,
        "deadline": .beginTime, "delay-boot": .wallTime, "dependency": .dependency, "distribution": .distribution,
        "error": .filenamePattern, "exclusive": .exclusive, "extra-node-info": .extraNodeInfo,
        "get-user-env": .getUserEnv, "gpus": .gpuCount, "gpus-per-node": .gpusPerUnit,
        "gpus-per-socket": .gpusPerUnit, "gpus-per-task": .gpusPerUnit, "gres": .gres, "gres-flags": .gresFlags,
        "hint": .hint, "input": .filenamePattern, "kill-on-invalid-dep": .killOnInvalidDep,
        "mail-type": .mailTypes, "mem": .memory, "mem-per-cpu": .memory, "mem-per-gpu": .memory,
        "mincpus": .count, "nice": .nice, "nodes": .nodeCount, "ntasks": .taskCount, "ntasks-per-core": .count,
        "ntasks-per-gpu": .count, "ntasks-per-node": .count, "ntasks-per-socket": .count,
        "ntasks-per-tres": .count, "open-mode": .openMode, "output": .filenamePattern, "priority": .priority,
        "profile": .profile, "propagate": .propagate, "signal": .signal, "sockets-per-node": .count,
        "switches": .switches, "thread-spec": .count, "threads-per-core": .count, "time": .wallTime,
        "time-min": .wallTime, "tmp": .memory, "wait-all-nodes": .waitAllNodes,
    ]
}
