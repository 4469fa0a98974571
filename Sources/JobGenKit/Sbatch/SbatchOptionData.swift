import Synchronization

/// Reads the embedded `Data/sbatch-options.tsv` and `Data/sbatch-environment.tsv` into one
/// `OptionTable` per release. A table is built the first time its release is asked for: a run
/// checks one release, and building all ten showed in every run's start.
enum SbatchOptionData {
    /// One option row: the option and the releases whose sbatch has it.
    private struct Row: Sendable {
        let option: SbatchOption
        let releases: [SlurmVersion]
    }

    private static let optionRows: [Row] = withReleases(rows(of: "sbatch-options", columns: 8)).map {
        fields, releases in
        guard let argument = ArgumentKind(rawValue: fields[2]),
            let repeatRule = RepeatRule(rawValue: fields[4])
        else { preconditionFailure("Data/sbatch-options.tsv: bad row \(fields)") }
        let option = SbatchOption(
            fields[0], fields[1] == "-" ? nil : fields[1].first, argument,
            grammar(canonical: fields[3], argument: argument), canonical: fields[3],
            repeatRule: repeatRule,
            readInScript: fields[5] == "read", sallocTakes: fields[6].split(ascii: ",").contains("salloc"))
        return Row(option: option, releases: releases)
    }

    private static let environmentRows:
        [(order: Int, variable: OptionTable.EnvironmentVariable, releases: [SlurmVersion])] = withReleases(
            rows(of: "sbatch-environment", columns: 4)
        ).map { fields, releases in
            (
                Int(fields[2]) ?? 0, OptionTable.EnvironmentVariable(name: fields[0], option: fields[1]),
                releases
            )
        }

    /// The releases the data file has a table for, oldest first: those of its `# Tags:` header
    /// line (one line to read; the rows are read when a table is first asked for, and a test
    /// holds the two together).
    static let releases: [SlurmVersion] = {
        let marker = Array("# Tags: ".utf8)
        guard let text = EmbeddedData.all["sbatch-options"],
            let line = Array(text.utf8).split(separator: UInt8(ascii: "\n")).first(where: {
                $0.starts(with: marker)
            })
        else { preconditionFailure("Data/sbatch-options.tsv has no '# Tags:' line") }
        let tags = String(decoding: line.dropFirst(marker.count), as: UTF8.self)
        return tags.split(ascii: " ").map { tag in
            guard let release = SlurmVersion(String(tag.prefix { $0 != "=" })) else {
                preconditionFailure("Data/sbatch-options.tsv: bad tag \(tag)")
            }
            return release
        }.sorted()
    }()

    /// The releases the rows name, oldest first (what `releases` must be).
    static var rowReleases: [SlurmVersion] { Set(optionRows.flatMap(\.releases)).sorted() }

    /// Every long name of every release.
    static let allNames: Set<String> = Set(optionRows.map(\.option.name))

    private static let built = Mutex<[SlurmVersion: OptionTable]>([:])

    /// The table of a release the data file has (one of `releases`).
    static func table(_ release: SlurmVersion) -> OptionTable {
        built.withLock { built in
            if let table = built[release] { return table }
            let options = optionRows.filter { $0.releases.contains(release) }.map(\.option)
            let variables = environmentRows.filter { $0.releases.contains(release) }.sorted {
                $0.order < $1.order
            }
            .map(\.variable)
            let table = OptionTable(release: release, options: options, environment: variables)
            built[release] = table
            return table
        }
    }

    /// The data rows (after the comment lines and the header) of an embedded table, split on tabs.
    private static func rows(of name: String, columns: Int) -> [[String]] {
        guard let text = EmbeddedData.all[name] else {
            preconditionFailure("Data/\(name).tsv was not embedded")
        }
        // Split as an array of bytes: splitting the String walks it a Character (grapheme) at a
        // time, and its UTF-8 view an index at a time; both showed in every run's start.
        let bytes = Array(text.utf8)
        let lines = bytes.split(separator: UInt8(ascii: "\n")).filter { $0.first != UInt8(ascii: "#") }
            .dropFirst()
        return lines.map { line in
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map {
                String(decoding: $0, as: UTF8.self)
            }
            precondition(
                fields.count == columns, "Data/\(name).tsv: bad row \(String(decoding: line, as: UTF8.self))")
            return fields
        }
    }

    /// Each row with the releases of its last column; a list many rows share is read once.
    private static func withReleases(_ rows: [[String]]) -> [(fields: [String], releases: [SlurmVersion])] {
        var read: [String: [SlurmVersion]] = [:]
        return rows.map { fields in
            let column = fields[fields.count - 1]
            if let releases = read[column] { return (fields, releases) }
            let releases = column.split(ascii: ",").map { release in
                guard let version = SlurmVersion(String(release)) else {
                    preconditionFailure("Data/*.tsv: bad release \(release)")
                }
                return version
            }
            read[column] = releases
            return (fields, releases)
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
