/// JG603: `pip install` from the internet on a compute node.
public struct PipInstallWithoutNoIndexRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG603", name: "pip-install-without-no-index", title: "pip install without --no-index",
        severity: .warning,
        rationale: """
            Compute nodes on most clusters (all of the Alliance's) have no internet access: \
            `pip install` hangs or fails. Install from the site's wheelhouse with `--no-index`.
            """,
        triggering: ["#!/bin/bash\nsource env/bin/activate\n↓pip install numpy\n"],
        nonTriggering: ["#!/bin/bash\nsource env/bin/activate\npip install --no-index numpy\npip list\n"])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        script.bodyCommands.compactMap { command in
            let words = command.words
            guard let pip = words.firstIndex(where: { $0 == "pip" || $0 == "pip3" }),
                words.index(after: pip) < words.endIndex, words[words.index(after: pip)] == "install",
                !words.contains("--no-index")
            else { return nil }
            let column = command.column(ofWord: String(words[pip])) ?? command.column
            return description.diagnostic(
                in: script, at: SourcePosition(line: command.line, column: column),
                "'pip install' on line \(command.line) downloads from the internet, which compute nodes usually lack",
                hint: "install from the site's wheelhouse: pip install --no-index PACKAGE")
        }
    }
}
