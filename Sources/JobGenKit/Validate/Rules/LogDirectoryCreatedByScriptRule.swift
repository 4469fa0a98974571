/// JG522: `--output`/`--error` into a directory that only the script itself creates.
public struct LogDirectoryCreatedByScriptRule: Rule {
    /// The first release whose slurmstepd makes a missing output directory (Slurm commit
    /// ecc671a141, "Allow recursive directory creation for job stderr/stdout files", 23.02.0).
    public static let createdSince = SlurmVersion.v23_02

    public init() {}
    public let description = RuleDescription(
        code: "JG522", name: "log-directory-created-by-script", title: "Log directory created by the script",
        severity: .warning,
        rationale: """
            Slurm opens the `--output` and `--error` files before the script starts. Up to 22.05 it \
            does not create a missing directory: when the directory is made by the script itself \
            (`mkdir -p logs`), the first run fails at once, without a log to say why, and works only \
            once the directory exists. From 23.02 on, slurmstepd creates it (a note then: the \
            `mkdir` is harmless, but the script still relies on a newer Slurm). Only literal \
            directories are compared (`./` and trailing `/` ignored); one with a `%` pattern or a \
            variable in it, or a `mkdir` of a variable, is not.
            """,
        triggering: [
            """
            #!/bin/bash
            #SBATCH --time=4:00:00
            #SBATCH --output=↓logs/%x-%j.out
            #SBATCH --error=↓./logs/%x-%j.err
            mkdir -p logs
            python train.py > logs/train.txt
            """,
            """
            #!/bin/bash
            #SBATCH -o ↓out/slurm/%A_%a.log
            #SBATCH --array=0-9
            module load r
            mkdir -p results/ out/slurm
            Rscript sim.R "$SLURM_ARRAY_TASK_ID"
            """,
        ],
        nonTriggering: [
            """
            #!/bin/bash
            #SBATCH --output=logs/%j.out
            mkdir -p results "$SCRATCH/tmp"
            ./run > results/run.txt
            """,
            """
            #!/bin/bash
            #SBATCH --output=runs/%j/out.log
            #SBATCH --error=slurm-%j.err
            mkdir -p runs
            ./run
            """,
        ],
        exampleRelease: .v22_05,
        releases: "a warning up to 22.05; a note (info) from 23.02, whose slurmstepd creates the directory")

    /// Checks for the release the script was read for.
    public func check(_ script: BatchScript) -> [Diagnostic] { check(script, for: script.release) }

    public func check(_ script: BatchScript, for target: SlurmVersion) -> [Diagnostic] {
        let logs = ["output", "error"].compactMap { name -> (OptionUse, String)? in
            guard let use = script.last(name), let value = use.value,
                let directory = Self.directory(of: value)
            else { return nil }
            return (use, directory)
        }
        guard !logs.isEmpty,
            script.shell?.commands.contains(where: { $0.program?.word.basename == "mkdir" }) == true
        else { return [] }
        let made = Self.createdDirectories(script)
        return logs.compactMap { use, directory in
            guard let line = made.first(where: { Self.creates($0.path, $0.parents, directory) })?.line else {
                return nil
            }
            let position = use.valuePosition ?? use.position
            let created = target >= Self.createdSince
            let what =
                "--\(use.option.name)=\(use.value ?? "") on line \(position.line) writes into \(directory)/, which the script creates on line \(line)"
            var found = description.diagnostic(
                in: script, at: position,
                created
                    ? what
                        + "; Slurm \(target) creates it when the job starts (before \(Self.createdSince) the job fails unless \(directory)/ exists at submission)"
                    : what
                        + "; Slurm \(target) opens the file before the script runs and does not create \(directory)/, so the first run fails (the job ends at once with no log) unless it exists at submission",
                hint: (created
                    ? "nothing to change for Slurm \(Self.createdSince) and newer; for an older cluster, "
                    : "")
                    + "create it before submitting: mkdir -p \(directory) && sbatch \(script.name == "-" ? "job.sh" : script.name)"
            )
            if created { found.severity = .info }
            return found
        }
    }

    private static let mkdir = Array("mkdir".utf8)

    /// The literal directory part of an output file name; nil for none, a pattern or a variable.
    static func directory(of value: String) -> String? {
        guard let slash = value.lastIndex(of: "/") else { return nil }
        let directory = normalised(value[..<slash])
        let unknown = directory.utf8.contains { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "$") }
        return directory.isEmpty || directory == "." || unknown ? nil : directory
    }

    static func normalised(_ path: Substring) -> String {
        var path = path
        while path.hasPrefix("./") { path = path.dropFirst(2).drop { $0 == "/" } }
        while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
        return String(path)
    }

    /// Whether `mkdir` of `path` (with `-p` when `parents`) creates `directory`.
    static func creates(_ path: String, _ parents: Bool, _ directory: String) -> Bool {
        path == directory || (parents && path.hasPrefix(directory + "/"))
    }

    /// Every literal directory that a `mkdir` in the body makes, with its line.
    static func createdDirectories(_ script: BatchScript) -> [(path: String, parents: Bool, line: Int)] {
        var result: [(path: String, parents: Bool, line: Int)] = []
        for command in script.bodyCommands where command.heredocOpener == nil {
            var words = command.words[...]
            while let mkdir = words.firstIndex(where: { $0.utf8.elementsEqual(Self.mkdir) }) {
                words = words[(mkdir + 1)...]
                // `mkdir` must be the command, not an argument (`echo mkdir logs`).
                if mkdir > 0 {
                    let previous = command.words[mkdir - 1]
                    guard
                        ["&&", "||", ";", "then", "do", "else"].contains(previous) || previous.hasSuffix(";")
                    else { continue }
                }
                var parents = false
                var takesMode = false
                while let word = words.first {
                    if ["&&", "||", ";", "|", "then", "fi"].contains(word) || word.hasPrefix(">") { break }
                    words = words.dropFirst()
                    let ends = word.hasSuffix(";")
                    let argument = ends ? word.dropLast() : word
                    if takesMode {
                        takesMode = false
                    } else if argument.hasPrefix("--") {
                        parents = parents || argument == "--parents"
                    } else if argument.hasPrefix("-"), argument.count > 1 {
                        parents = parents || argument.contains("p")
                        takesMode = argument.hasSuffix("m")
                    } else if let path = Self.literal(argument) {
                        result.append((normalised(path[...]), parents, command.line))
                    }
                    if ends { break }
                }
            }
        }
        return result
    }

    /// The word without plain quotes, when it has nothing the shell would expand.
    private static func literal(_ word: Substring) -> String? {
        var text = word
        if text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first {
            text = text.dropFirst().dropLast()
        }
        let special: Set<Character> = [
            "$", "`", "*", "?", "[", "{", "~", "\"", "'", "\\", "(", ")", "<", ">", "&", "|",
        ]
        return text.isEmpty || text.contains(where: special.contains) ? nil : String(text)
    }
}
