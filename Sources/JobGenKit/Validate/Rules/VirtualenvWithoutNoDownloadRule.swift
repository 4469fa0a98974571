/// JG604: `virtualenv` that downloads seed packages on a compute node.
public struct VirtualenvWithoutNoDownloadRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG604", name: "virtualenv-without-no-download", title: "virtualenv without --no-download",
        severity: .warning,
        rationale: """
            `virtualenv` tries to download the newest pip, setuptools and wheel; on a compute node \
            without internet that hangs or fails. `--no-download` uses the bundled ones.
            """,
        triggering: ["#!/bin/bash\n↓virtualenv $SLURM_TMPDIR/env\n"],
        nonTriggering: ["#!/bin/bash\nvirtualenv --no-download $SLURM_TMPDIR/env\n"])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        script.bodyCommands.compactMap { command in
            let words = command.words
            guard let index = words.firstIndex(of: "virtualenv"), !words.contains("--no-download") else { return nil }
            let column = command.column(ofWord: String(words[index])) ?? command.column
            return description.diagnostic(
                in: script, at: SourcePosition(line: command.line, column: column),
                "'virtualenv' on line \(command.line) downloads packages, which compute nodes usually cannot",
                hint: "write virtualenv --no-download DIR")
        }
    }
}
