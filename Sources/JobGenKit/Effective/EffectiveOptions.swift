/// The options sbatch will use for a script: its `#SBATCH` lines read with the target release's
/// option table, each repeat combined by that option's own rule for the release, then the
/// `SBATCH_*` input environment variables (which sbatch applies after the script). The result is
/// what `sbatch --test-only -v` lists under "defined options" (sorted by name here).
public enum EffectiveOptions {
    /// The effective options of the first (or only) component of `script`. `environment` is the
    /// submitting shell's, when it should count (`jobgen validate --effective --env`);
    /// `submitDirectory` is where sbatch runs, which relative `--output` paths resolve against.
    public static func of(
        _ script: BatchScript, environment: [String: String] = [:], submitDirectory: String = "."
    ) -> [EffectiveOption] {
        var state = EffectiveState(capacity: script.options.count)
        for use in script.options where use.component == 0 && use.option.readInScript {
            state.apply(use.option, value: use.value, from: .script(line: use.position.line))
        }
        let table = OptionTable.forRelease(script.release)
        for variable in table.environment {
            guard let value = environment[variable.name], let option = table.option(named: variable.option)
            else {
                continue
            }
            state.apply(option, value: value, from: .environment(variable: variable.name))
        }
        state.resolveConflicts()
        return state.effective(table: table, submitDirectory: submitDirectory)
    }
}

/// The options set so far, in the order sbatch's table lists them when it prints.
struct EffectiveState {
    struct Entry {
        var option: SbatchOption
        /// The values in force: one for most options, several for a combining one.
        var values: [String?]
        var source: EffectiveOption.Source
        var lines: [Int]
        /// `-v -v`: how many times a counting option was given.
        var count = 0

        mutating func add(_ argument: String?, rule: RepeatRule, from source: EffectiveOption.Source) {
            switch rule {
            case .combine: values.append(argument)
            case .count: count += 1
            case .replace, .flag: values = [argument]
            }
            self.source = source
            if case .script(let line) = source { lines.append(line) }
        }
    }

    /// The entries by option name. A script sets a handful of options: a search along a short
    /// array costs less than hashing each name.
    struct Entries {
        private(set) var values: [Entry] = []

        subscript(name: String) -> Entry? {
            get { values.first { $0.option.name == name } }
            set {
                let index = values.firstIndex { $0.option.name == name }
                switch (index, newValue) {
                case (let index?, let entry?): values[index] = entry
                case (let index?, nil): values.remove(at: index)
                case (nil, let entry?): values.append(entry)
                case (nil, nil): break
                }
            }
        }

        /// Changes the entry of `option` in place, made from `fresh` when there is none yet.
        mutating func update(_ option: SbatchOption, fresh: () -> Entry, _ change: (inout Entry) -> Void) {
            if let index = values.firstIndex(where: { $0.option.name == option.name }) {
                change(&values[index])
            } else {
                var entry = fresh()
                change(&entry)
                values.append(entry)
            }
        }

        mutating func reserveCapacity(_ capacity: Int) { values.reserveCapacity(capacity) }
    }

    private(set) var entries = Entries()
    /// The option of each shared setting that was set last (`--exclusive` and
    /// `--oversubscribe` set one field; so do `--requeue` and `--no-requeue`).
    private var lastOfShared: [String: String] = [:]

    init(capacity: Int = 0) { entries.reserveCapacity(capacity) }

    mutating func apply(_ option: SbatchOption, value: String?, from source: EffectiveOption.Source) {
        if case .environment = source, option.argument == .none, let value, !Self.setsFlag(value) {
            entries[option.name] = nil  // sbatch resets a flag whose variable says no
            return
        }
        let argument: String? =
            option.argument == .none ? nil : (option.argument == .optional && value == "" ? nil : value)
        // Changed in place, with no copy of the entry: this runs for every option of every script.
        entries.update(option, fresh: { Entry(option: option, values: [], source: source, lines: []) }) {
            $0.add(argument, rule: option.repeatRule, from: source)
        }
        if let shared = Self.sharedSetting(of: option.name) { lastOfShared[shared] = option.name }
    }

    /// The shared setting (see `lastOfShared`) that option `name` sets; nil for most options.
    static func sharedSetting(of name: String) -> String? {
        switch name {
        case "exclusive", "oversubscribe": "shared"
        case "requeue", "no-requeue": "requeue"
        default: nil
        }
    }

    /// Slurm's checks after reading everything (`_validate_memory_options`, `validate_hint_option`
    /// in slurm_opt.c): an option the script gives clears what the environment set for its rivals.
    mutating func resolveConflicts() {
        func fromScript(_ name: String) -> Bool {
            entries.values.contains { entry in
                guard entry.option.name == name, case .script = entry.source else { return false }
                return true
            }
        }
        func fromEnvironment(_ name: String) -> Bool {
            entries.values.contains { $0.option.name == name } && !fromScript(name)
        }
        let memory = ["mem", "mem-per-cpu", "mem-per-gpu"]
        let byScript = memory.filter(fromScript)
        if byScript.count == 1 {
            for name in memory where name != byScript[0] { entries[name] = nil }
        }
        let hintRivals = ["ntasks-per-core", "threads-per-core", "extra-node-info"]
        if fromScript("hint"), !hintRivals.contains(where: fromScript) {
            for name in hintRivals { entries[name] = nil }
        } else if hintRivals.contains(where: fromScript) {
            entries["hint"] = nil
        } else if fromEnvironment("hint"), hintRivals.contains(where: fromEnvironment) {
            entries["hint"] = nil
        }
    }

    /// sbatch's reading of a flag's environment variable: empty, `yes` or a non-zero number set it.
    static func setsFlag(_ value: String) -> Bool {
        value.isEmpty || value.lowercased() == "yes" || (Int(value).map { $0 != 0 } ?? false)
    }

    func effective(table: OptionTable, submitDirectory: String) -> [EffectiveOption] {
        let chdir = entries["chdir"]?.values.last ?? nil
        let base = chdir.map { $0.hasPrefix("/") ? $0 : submitDirectory + "/" + $0 } ?? submitDirectory
        // By index, sorted by name: the entries themselves are not copied to be sorted.
        let order = entries.values.indices.sorted {
            entries.values[$0].option.name < entries.values[$1].option.name
        }
        return order.map { index in
            let entry = entries.values[index]
            let display: (String, Bool)
            if entry.option.repeatRule == .count {
                display = (String(entry.count), true)
            } else if let shared = Self.sharedSetting(of: entry.option.name), let last = lastOfShared[shared],
                last != entry.option.name, let winner = entries[last]
            {
                display = SbatchDisplay.value(of: winner.option, winner.values, base: base)
            } else {
                display = SbatchDisplay.value(of: entry.option, entry.values, base: base)
            }
            let source: EffectiveOption.Source
            if case .script = entry.source, let line = entry.lines.last {
                source = .script(line: line)
            } else {
                source = entry.source
            }
            return EffectiveOption(
                name: entry.option.name, value: display.0, exact: display.1, source: source,
                lines: entry.lines)
        }
    }
}
