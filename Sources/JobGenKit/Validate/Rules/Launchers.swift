/// The programs that start a program on the job's tasks (`srun`, `mpirun`...), and how their
/// options are read up to the program they launch.
enum Launcher {
    /// `srun`, `mpirun`, `mpiexec`, `mpiexec.hydra`, `orterun`, `prterun`, `charmrun`, `ibrun`,
    /// `aprun`, `jsrun`. Length and first byte pick the one name to compare.
    static func isLauncher(_ name: Substring) -> Bool {
        guard let first = name.utf8.first else { return false }
        let candidate: String
        switch (name.utf8.count, first) {
        case (4, UInt8(ascii: "s")): candidate = "srun"
        case (6, UInt8(ascii: "m")): candidate = "mpirun"
        case (7, UInt8(ascii: "m")): candidate = "mpiexec"
        case (13, UInt8(ascii: "m")): candidate = "mpiexec.hydra"
        case (7, UInt8(ascii: "o")): candidate = "orterun"
        case (7, UInt8(ascii: "p")): candidate = "prterun"
        case (8, UInt8(ascii: "c")): candidate = "charmrun"
        case (5, UInt8(ascii: "i")): candidate = "ibrun"
        case (5, UInt8(ascii: "a")): candidate = "aprun"
        case (5, UInt8(ascii: "j")): candidate = "jsrun"
        default: return false
        }
        return name == candidate
    }

    /// One option of a launcher's command line, as getopt reads it.
    struct Option {
        /// `-n`, `--ntasks`, `-np`.
        var name: Substring
        var value: Substring?
        /// The word the option is written in.
        var word: ShellCommand.Word
    }

    /// The command's launcher (its program, when that is one): its name and index in `words`.
    static func launcher(of command: ShellCommand) -> (name: Substring, index: Int)? {
        guard let program = command.program else { return nil }
        let name = program.word.basename
        return isLauncher(name) ? (name, program.index) : nil
    }

    /// The launcher's options, up to the first word that is not an option or a value: the program
    /// it launches, whose index is `payload` (nil when there is none).
    static func options(of command: ShellCommand, launcher: (name: Substring, index: Int)) -> (
        options: [Option], payload: Int?
    ) {
        let words = command.words
        var options: [Option] = []
        var index = launcher.index + 1
        let srun = launcher.name == "srun"
        while index < words.count {
            let word = words[index]
            let text = word.unquoted[...]
            guard text.hasPrefix("-"), text.count > 1 else { return (options, index) }
            index += 1
            if text == "--" { break }
            if text.hasPrefix("--"), let equals = text.firstIndex(of: "=") {
                options.append(
                    Option(name: text[..<equals], value: text[text.index(after: equals)...], word: word))
                continue
            }
            let takesValue: Bool
            if text.hasPrefix("--") || !srun {
                takesValue = (srun ? srunLongValues : mpirunValues).contains(text)
            } else {
                // A cluster of short options (`-ln 4`, `-n4`): the first that takes a value ends it.
                var rest = text.dropFirst()
                while let letter = rest.first, !srunShortValues.contains(letter) {
                    options.append(Option(name: "-\(letter)", value: nil, word: word))
                    rest = rest.dropFirst()
                }
                guard let letter = rest.first else { continue }
                let attached = rest.dropFirst()
                if !attached.isEmpty {
                    options.append(Option(name: "-\(letter)", value: attached, word: word))
                    continue
                }
                options.append(
                    Option(
                        name: "-\(letter)", value: index < words.count ? words[index].unquoted[...] : nil,
                        word: word))
                index += 1
                continue
            }
            let value = takesValue && index < words.count ? words[index].unquoted[...] : nil
            options.append(Option(name: text, value: value, word: word))
            if takesValue { index += mpirunPairs.contains(text) ? 2 : 1 }
        }
        return (options, index < words.count ? index : nil)
    }

    /// srun's short options that take a value.
    private static let srunShortValues: Set<Character> = Set("ABCDFGJLMNSTWbcdeimnopqrtwx")

    /// srun's long options that take a value (written `--name value`).
    private static let srunLongValues: Set<Substring> = [
        "--ntasks", "--nodes", "--cpus-per-task", "--ntasks-per-node", "--tasks-per-node",
        "--ntasks-per-core",
        "--ntasks-per-socket", "--ntasks-per-gpu", "--mem", "--mem-per-cpu", "--mem-per-gpu", "--gres",
        "--gpus", "--gpus-per-task", "--gpus-per-node", "--gpus-per-socket", "--cpus-per-gpu", "--time",
        "--time-min", "--partition", "--account", "--job-name", "--output", "--error", "--input",
        "--nodelist", "--exclude", "--distribution", "--cpu-bind", "--mem-bind", "--gpu-bind", "--mpi",
        "--export", "--chdir", "--constraint", "--qos", "--reservation", "--licenses", "--dependency",
        "--begin", "--jobid", "--het-group", "--nodefile", "--relative", "--threads", "--wait",
        "--task-prolog", "--task-epilog", "--prolog", "--epilog", "--slurmd-debug", "--cores-per-socket",
        "--sockets-per-node", "--threads-per-core", "--extra-node-info", "--hint", "--network", "--comment",
        "--wckey", "--cpu-freq", "--gpu-freq", "--core-spec", "--thread-spec", "--tmp", "--mincpus",
        "--clusters", "--container", "--uid", "--gid", "--switches", "--deadline", "--profile",
    ]

    /// Options of `mpirun`/`mpiexec` (Open MPI, MPICH, Intel MPI) that take a value.
    private static let mpirunValues: Set<Substring> = [
        "-np", "-n", "--np", "--n", "-c", "-H", "-host", "--host", "-hosts", "-hostfile", "--hostfile",
        "-machinefile", "--machinefile", "-f", "-map-by", "--map-by", "-bind-to", "--bind-to", "-rank-by",
        "--rank-by", "-x", "-wdir", "--wdir", "-npernode", "--npernode", "-N", "-ppn", "-perhost",
        "-prefix", "--prefix", "-output-filename", "--output-filename", "-bootstrap", "-launcher",
        "-iface", "-genvlist", "-envlist", "--personality", "--tune", "-mca", "--mca", "-gmca", "--gmca",
        "-genv", "-env",
    ]

    /// Of those, the ones that take two (`--mca NAME VALUE`, `-genv NAME VALUE`).
    private static let mpirunPairs: Set<Substring> = ["-mca", "--mca", "-gmca", "--gmca", "-genv", "-env"]
}

extension Launcher {
    /// The index of the program the command ends up running: its program, or the one its
    /// launcher starts (`srun -n 2 python app.py`: python).
    static func programRun(by command: ShellCommand) -> Int? {
        guard let launcher = launcher(of: command) else { return command.programIndex }
        return options(of: command, launcher: launcher).payload
    }
}
