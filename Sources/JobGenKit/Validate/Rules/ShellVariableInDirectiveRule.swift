/// JG521: `$VAR` in a directive value, which sbatch takes literally.
public struct ShellVariableInDirectiveRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG521", name: "shell-variable-in-directive", title: "Shell variable in a directive",
        severity: .warning,
        rationale: """
            `#SBATCH` lines are comments to the shell and sbatch does not expand `$VAR`, `${VAR}` or \
            `$(...)` in them: the value is used literally. `#SBATCH --output=$SLURM_JOB_ID.out` \
            writes a file named `$SLURM_JOB_ID.out`, and `#SBATCH --chdir=$HOME/run` fails. For \
            `--output`, `--error` and `--input`, Slurm's own `%` patterns (`%j`, `%A`, `%a`, `%x`, \
            `%u`, `%N`) give the job id, array ids, job name, user and node; other values can be \
            passed on the sbatch command line, where the shell expands them. `--wrap` is not checked.
            """,
        triggering: [
            """
            #!/bin/bash
            #SBATCH --job-name=assemble
            #SBATCH --output=logs/↓$SLURM_JOB_ID.out
            #SBATCH -e logs/↓${SLURM_ARRAY_JOB_ID}_↓${SLURM_ARRAY_TASK_ID}.err
            #SBATCH --array=1-20
            ./assemble sample-$SLURM_ARRAY_TASK_ID
            """,
            """
            #!/bin/bash
            #SBATCH --chdir=↓$HOME/projects/cfd
            #SBATCH --mail-user="↓$USER@example.org"
            #SBATCH --export=ALL,RUN_DIR=↓$(pwd)
            ./solver
            """,
        ],
        nonTriggering: [
            """
            #!/bin/bash
            #SBATCH --output=logs/%x-%j.out
            #SBATCH --error=logs/%A_%a.err
            #SBATCH --comment=costs-5$
            echo "job $SLURM_JOB_ID in $SLURM_SUBMIT_DIR"
            """
        ])

    /// The `%` pattern of an output file name that gives what a variable holds.
    private static let patterns: [String: String] = [
        "SLURM_JOB_ID": "%j", "SLURM_JOBID": "%j", "SLURM_ARRAY_JOB_ID": "%A", "SLURM_ARRAY_TASK_ID": "%a",
        "SLURM_JOB_NAME": "%x", "USER": "%u", "SLURM_JOB_USER": "%u", "SLURM_JOB_NODELIST": "%N",
        "SLURM_NODELIST": "%N", "HOSTNAME": "%N", "SLURMD_NODENAME": "%N", "SLURM_NODEID": "%n",
        "SLURM_STEP_ID": "%s", "SLURM_PROCID": "%t",
    ]
    private static let fileOptions: Set<String> = ["output", "error", "input"]

    public func check(_ script: BatchScript) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for use in script.options where use.option.name != "wrap" {
            guard let value = use.value, value.utf8Contains(UInt8(ascii: "$")), let start = use.valuePosition
            else { continue }
            let line = Array(script.lines[start.line - 1].utf8)
            for reference in Self.references(in: line, from: start.column - 1) {
                let position = SourcePosition(line: start.line, column: reference.offset + 1)
                let name = "--\(use.option.name)"
                let hint: String
                if Self.fileOptions.contains(use.option.name), let pattern = Self.patterns[reference.name] {
                    hint =
                        "write \(pattern) instead of \(reference.text): Slurm fills it in when it opens the file"
                } else {
                    hint =
                        "give the option on the command line, where the shell expands it: sbatch \(name)=\"\(value)\" \(script.name == "-" ? "job.sh" : script.name)"
                }
                found.append(
                    description.diagnostic(
                        in: script, at: position,
                        "\(reference.text) in \(name) on line \(start.line) is not expanded: sbatch takes '\(value)' literally",
                        hint: hint))
            }
        }
        return found
    }

    /// `$NAME`, `${NAME...}` and `$(...)` in the argument that starts at `offset`, read with
    /// sbatch's quoting rules; a backslash-escaped `$` is meant literally.
    private static func references(in line: [UInt8], from offset: Int) -> [(
        offset: Int, name: String, text: String
    )] {
        func isNameByte(_ b: UInt8) -> Bool {
            (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x5F
        }
        var result: [(offset: Int, name: String, text: String)] = []
        var quote: UInt8?
        var i = offset
        while i < line.count {
            let byte = line[i]
            if byte == UInt8(ascii: "\\") {
                i += 2
                continue
            }
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if DirectiveTokenizer.isSpace(byte) || byte == UInt8(ascii: "#") {
                break
            }
            if byte == UInt8(ascii: "$"), i + 1 < line.count {
                let next = line[i + 1]
                var end = i + 1
                var name = ""
                if next == UInt8(ascii: "{") {
                    end = line[(i + 2)...].firstIndex(of: UInt8(ascii: "}")).map { $0 + 1 } ?? line.count
                    name = String(decoding: line[(i + 2)...].prefix(while: isNameByte), as: UTF8.self)
                } else if next == UInt8(ascii: "(") {
                    end = line[(i + 2)...].firstIndex(of: UInt8(ascii: ")")).map { $0 + 1 } ?? line.count
                } else if isNameByte(next), !(next >= 0x30 && next <= 0x39) {
                    end = line[(i + 1)...].firstIndex { !isNameByte($0) } ?? line.count
                    name = String(decoding: line[(i + 1)..<end], as: UTF8.self)
                }
                if end > i + 1 {
                    result.append((i, name, String(decoding: line[i..<end], as: UTF8.self)))
                    i = end
                    continue
                }
            }
            i += 1
        }
        return result
    }
}
