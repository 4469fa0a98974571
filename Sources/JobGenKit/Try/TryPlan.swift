import Foundation

/// The `salloc` command line that tries a batch script: an allocation of the shape its
/// directives ask (the options salloc takes, as written), a short time limit, and `TryStep`
/// running the script on the first node. What has no meaning for a test is left out and listed.
public struct TryPlan: Sendable {
    /// salloc's options, in the order the script gives them, then the try's own.
    public let options: [String]
    /// The script's options the try leaves out, each as `--name=value`, with why.
    public let leftOut: [(option: String, reason: String)]
    /// What the try changed, for the user: its time limit, the scaled-down shape, the array task.
    public let notes: [String]
    /// The command salloc runs: `bash -c PROGRAM NAME` and then the script's interpreter and text.
    public let command: [String]

    /// `salloc` and its arguments.
    public var arguments: [String] { ["salloc"] + options + command }

    /// The command line, quoted for a POSIX shell: what `--dry-run` prints.
    public var commandLine: String { arguments.map(ShellQuote.quote).joined(separator: " ") }

    /// Options sbatch and salloc both take that mean nothing for a quick test.
    static let meaninglessForATry: [String: String] = [
        "dependency": "a try does not wait for other jobs", "begin": "a try starts now",
        "deadline": "a try starts now", "hold": "a try starts now", "mail-type": "a try sends no mail",
        "mail-user": "a try sends no mail", "signal": "a try runs too briefly for a warning signal",
        "time-min": "a try has its own time limit",
    ]

    public init(script: BatchScript, text: String, file: String?, settings: TrySettings) throws(TryPlanError) {
        guard !script.options.contains(where: { $0.component > 0 }) else {
            throw TryPlanError(
                "heterogeneous jobs (#SBATCH hetjob) cannot be tried yet; try each component as its own script")
        }
        var shape = TryShape()
        var leftOut: [(String, String)] = []
        var notes: [String] = []
        var array: ArraySpec?
        for use in script.options where use.option.readInScript {
            let name = use.option.canonical
            let written = "--\(name)" + (use.value.map { "=\($0)" } ?? "")
            if name == "time" { continue }
            if name == "array" {
                array = try? ArraySpec(slurm: use.value ?? "")
                continue
            }
            if !use.option.sallocTakes {
                leftOut.append((written, "salloc has no \(use.option.description)"))
            } else if let reason = Self.meaninglessForATry[name] {
                leftOut.append((written, reason))
            } else {
                shape.append(name, use.value)
            }
        }
        if settings.scaleDown, let change = shape.scaledDown() { notes.append(change) }
        if let partition = settings.partition { notes.append(shape.replace("partition", with: partition, why: "the cluster's partition for tries")) }
        if let qos = settings.qos { notes.append(shape.replace("qos", with: qos, why: "the cluster's QoS for tries")) }
        if shape.value(of: "job-name") == nil {
            shape.append("job-name", file.map { String($0.split(ascii: "/").last ?? "job") } ?? "sbatch")
        }

        let asked = script.last("time").flatMap { try? WallTime(slurm: $0.value ?? "") }?.minutes
        let minutes = min(settings.minutes, asked ?? settings.minutes)
        if let asked, asked < settings.minutes {
            notes.append("time limit \(minutes) minute(s): the script's own")
        } else {
            notes.append("time limit \(minutes) minute(s)" + (asked.map { " (the script asks \(WallTime.format(minutes: $0)))" } ?? ""))
        }

        var exports: [String] = []
        if let array {
            guard let lowest = array.lowestIndex else {
                throw TryPlanError("--array=\(array.text) names no index; sbatch would run an ordinary job")
            }
            let index = settings.index ?? lowest
            guard array.includes(index) else {
                throw TryPlanError(
                    "--index \(index) is not an index of --array=\(array.text); give one of its indexes, such as \(lowest)")
            }
            exports = [
                "SLURM_ARRAY_JOB_ID=\"$SLURM_JOB_ID\"", "SLURM_ARRAY_TASK_ID=\(index)",
                "SLURM_ARRAY_TASK_COUNT=\(array.taskCount)", "SLURM_ARRAY_TASK_MIN=\(lowest)",
                "SLURM_ARRAY_TASK_MAX=\(array.highestIndex)",
            ] + (array.singleStep.map { ["SLURM_ARRAY_TASK_STEP=\($0)"] } ?? [])
            notes.append("array task \(index) of --array=\(array.text) (--index N runs another)")
        } else if let index = settings.index {
            throw TryPlanError("--index \(index) is for array jobs; the script has no --array")
        }
        options = shape.options + ["--time=\(minutes)"]
        self.leftOut = leftOut
        self.notes = notes
        command = ["bash", "-c", TryStep.program(exports: exports), "slurm_script"]
            + (try Self.interpreterCommand(script: script, text: text, file: file))
    }

    /// How the first node runs the script: its `#!` interpreter, given the text with `-c` when it
    /// is a shell or Python (no file need be there), else given the file's path.
    static func interpreterCommand(script: BatchScript, text: String, file: String?) throws(TryPlanError) -> [String] {
        guard let first = script.lines.first, first.hasPrefix("#!") else {
            throw TryPlanError("the script has no '#!' line; sbatch refuses it too (add #!/bin/bash)")
        }
        let line = first.dropFirst(2).drop { $0 == " " || $0 == "\t" }
        let interpreter = String(line.prefix { $0 != " " && $0 != "\t" })
        let rest = line.dropFirst(interpreter.count).trimmingCharacters(in: .whitespaces)
        let words = [interpreter] + (rest.isEmpty ? [] : [rest])
        // `#!/usr/bin/env [-S] python3 -u` runs its first word that is not an option.
        let named = interpreter.hasSuffix("/env") ? rest.split(ascii: " ").first { !$0.hasPrefix("-") } : nil
        let program = (named.map(String.init) ?? interpreter).split(ascii: "/").last ?? ""
        if ["bash", "sh", "dash", "zsh", "ksh"].contains(program) { return words + ["-c", text, "slurm_script"] }
        if program.hasPrefix("python") { return words + ["-c", text] }
        guard let file else {
            throw TryPlanError("a '\(first)' script is tried from its file: jobgen try FILE")
        }
        return words + [file]
    }
}
